using Cotakine.Catalog;
using Cotakine.Invoicing;
using Cotakine.Persistence;
using Cotakine.Persistence.Entities;
using Cotakine.Plans;
using Cotakine.Quoting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Api;

internal sealed record PlanRequest(Guid? PatientId, Guid? PractitionerId, Guid? PrescriptionId, PlanOrigin? Origin, string? ActId, int? SessionCount, DateOnly? StartDate);

internal sealed record DapRequest(DapStatus? Status, DateOnly? Date);

internal sealed record SessionRequest(DateOnly? Date, TimeOnly? Time, PlaceOfCare? Place, decimal? TravelKm, bool Urgent);

internal sealed record SessionLineResponse(string Code, LineKind Kind, string Label, decimal Quantity, decimal UnitPrice, decimal Rate, decimal Amount, string Rule);

internal sealed record SessionResponse(
    Guid Id, int Number, DateOnly Date, TimeOnly? Time, PlaceOfCare Place, decimal? TravelKm, bool Urgent, decimal Total, decimal Amo,
    SessionCover Cover, Guid? InvoiceId, string CatalogVersion, IReadOnlyList<SessionLineResponse> Lines, IReadOnlyList<QuoteIssue> Issues);

internal sealed record DapDocument(string Patient, string Prescriber, DateOnly? PrescriptionDate, string Act, string Code, int Threshold, int SessionsRequested, string Practitioner);

internal sealed record PlanResponse(
    Guid Id, Guid PatientId, Guid PractitionerId, Guid? PrescriptionId, PlanOrigin Origin, string ActId, string ActLabel, int SessionCount,
    DateOnly StartDate, int? DapThreshold, DapStatus DapStatus, DateOnly? DapSentOn, SessionCover NextSession, string? Alert,
    DapDocument? DapDocument, IReadOnlyList<SessionResponse> Sessions);

/// <summary>
/// Treatment plans: opening (prescription, renewal, direct access), the DAP workflow (status, tacit agreement, alert,
/// pre-filled document) and the sessions, each priced by the quote engine with its lines kept.
/// </summary>
internal static class PlansApi
{
    public static void MapPlansApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plans").WithTags("Plans de soins");
        group.MapGet("/", async (Guid? patientId, CotakineDbContext db) =>
            TypedResults.Ok(await db.Plans.Where(p => patientId == null || p.PatientId == patientId).Select(p => p.Id).ToListAsync()));
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Create);
        group.MapPost("/{id:guid}/dap", UpdateDap);
        group.MapPost("/{id:guid}/sessions", AddSession);
    }

    private static async Task<Results<Ok<PlanResponse>, NotFound>> Get(Guid id, CotakineDbContext db, NgapCatalog catalog, TimeProvider clock) =>
        await db.Plans.SingleOrDefaultAsync(p => p.Id == id) is { } plan
            ? TypedResults.Ok(await DescribeAsync(plan, db, catalog, clock))
            : TypedResults.NotFound();

    private static async Task<Results<Created<PlanResponse>, ValidationProblem>> Create(PlanRequest request, CotakineDbContext db, NgapCatalog catalog, TimeProvider clock)
    {
        var errors = new Errors();
        errors.Required("origin", request.Origin);
        errors.Required("sessionCount", request.SessionCount);
        var start = request.StartDate ?? Clock.Today(clock);
        if (request.PatientId is not { } patientId || !await db.Patients.AnyAsync(p => p.Id == patientId))
        {
            errors.Add("patientId", "patientId : patient inconnu dans ce cabinet");
        }

        var practitionerId = request.PractitionerId ?? await db.Practitioners.OrderBy(p => p.LastName).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
        if (practitionerId is null || !await db.Practitioners.AnyAsync(p => p.Id == practitionerId))
        {
            errors.Add("practitionerId", "practitionerId : kinésithérapeute inconnu dans ce cabinet");
        }

        var act = request.ActId is null ? null : catalog.FindAct(request.ActId);
        if (act?.On(start) is null)
        {
            errors.Add("actId", "actId : acte inconnu du catalogue ou non en vigueur à la date de début");
        }

        PrescriptionRow? prescription = null;
        if (request.PrescriptionId is { } prescriptionId)
        {
            prescription = await db.Prescriptions.SingleOrDefaultAsync(p => p.Id == prescriptionId && p.PatientId == request.PatientId);
            if (prescription is null)
            {
                errors.Add("prescriptionId", "prescriptionId : prescription inconnue pour ce patient");
            }
        }

        if (request.Origin is { } origin && request.SessionCount is { } count)
        {
            foreach (var (field, message) in PlanOpening.Check(catalog, origin, start, prescription?.Date, count))
            {
                if (field != "prescriptionId" || request.PrescriptionId is null)
                {
                    errors.Add(field, $"{field} : {message}");
                }
            }
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        var plan = new TreatmentPlanRow
        {
            Id = Guid.NewGuid(), PracticeId = db.CurrentPracticeId!.Value, PatientId = request.PatientId!.Value, PractitionerId = practitionerId!.Value,
            PrescriptionId = request.Origin == PlanOrigin.DirectAccess ? null : request.PrescriptionId, Origin = request.Origin!.Value,
            ActId = act!.Id, SessionCount = request.SessionCount!.Value, StartDate = start, DapThreshold = act.Dap?.SessionsBeforeDap,
            DapStatus = DapStatus.None,
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/plans/{plan.Id}", await DescribeAsync(plan, db, catalog, clock));
    }

    private static async Task<Results<Ok<PlanResponse>, NotFound, ValidationProblem>> UpdateDap(
        Guid id, DapRequest request, CotakineDbContext db, NgapCatalog catalog, TimeProvider clock)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new Errors();
        if (request.Status is not (DapStatus.Sent or DapStatus.Agreed or DapStatus.Refused))
        {
            errors.Add("status", "status : attendu sent, agreed ou refused (l'accord tacite se constate seul)");
        }
        else if (request.Status != DapStatus.Sent && plan.DapStatus != DapStatus.Sent)
        {
            errors.Add("status", "status : la DAP doit avoir été envoyée avant la réponse de la caisse");
        }

        if (plan.DapThreshold is null)
        {
            errors.Add("status", "status : aucun référentiel ne s'applique à cet acte, pas de DAP");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        var date = request.Date ?? Clock.Today(clock);
        if (request.Status == DapStatus.Sent)
        {
            plan.DapSentOn = date;
            plan.DapAnsweredOn = null;
        }
        else
        {
            plan.DapAnsweredOn = date;
        }

        plan.DapStatus = request.Status!.Value;
        await db.SaveChangesAsync();
        return TypedResults.Ok(await DescribeAsync(plan, db, catalog, clock));
    }

    private static async Task<Results<Created<SessionResponse>, NotFound, ValidationProblem>> AddSession(
        Guid id, SessionRequest request, CotakineDbContext db, NgapCatalog catalog, SessionQuoter quoter, TimeProvider clock)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new Errors();
        errors.Required("date", request.Date);
        errors.Required("place", request.Place);
        if (request.Place == PlaceOfCare.Domicile && request.TravelKm is not >= 0)
        {
            errors.Add("travelKm", "travelKm : distance (km, aller simple) obligatoire et positive pour une séance à domicile");
        }

        var act = catalog.FindAct(plan.ActId)!;
        var version = request.Date is { } d ? act.On(d) : null;
        if (request.Date is not null && version is null)
        {
            errors.Add("date", $"date : l'acte {act.ShortLabel} n'est pas en vigueur à cette date");
        }

        var number = await db.Sessions.CountAsync(s => s.PlanId == plan.Id) + 1;
        if (number > plan.SessionCount)
        {
            errors.Add("date", $"date : le plan compte {plan.SessionCount} séances, toutes déjà réalisées");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        var practice = await db.Practices.SingleAsync(p => p.Id == plan.PracticeId);
        var patient = await db.Patients.SingleAsync(p => p.Id == plan.PatientId);
        var effective = EffectiveDap(plan, catalog, clock);
        var request2 = new QuoteRequest(
            request.Date!.Value, request.Time, catalog.FindDepartment(practice.Department)!, request.Place!.Value, [version!.Code], request.Urgent,
            request.Place != PlaceOfCare.Domicile ? null : new Travel(request.TravelKm!.Value, practice.Zone, false),
            new SeriesPosition(number, 0, effective is DapStatus.Agreed or DapStatus.TacitlyAgreed),
            new Patient(patient.Coverage, patient.Regime), []);
        var quote = quoter(request2);
        var session = new SessionRow
        {
            Id = Guid.NewGuid(), PracticeId = plan.PracticeId, PlanId = plan.Id, Number = number, Date = request.Date.Value, Time = request.Time,
            Place = request.Place.Value, TravelKm = request.TravelKm, Urgent = request.Urgent, TotalCents = Cents.From(quote.Total),
            AmoCents = Cents.From(quote.Amo), CatalogVersion = quote.CatalogVersion,
            Lines = quote.Lines.Select((l, i) => new SessionLineRow
            {
                Id = Guid.NewGuid(), Position = i, Code = l.Code, Kind = l.Kind, Label = l.Label, Quantity = l.Quantity,
                UnitPriceCents = Cents.From(l.UnitPrice), Rate = l.Rate, AmountCents = Cents.From(l.Amount), Rule = l.Rule,
            }).ToList(),
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/plans/{plan.Id}", Describe(session, plan, catalog, clock, quote.Issues));
    }

    internal static DapStatus EffectiveDap(TreatmentPlanRow plan, NgapCatalog catalog, TimeProvider clock)
    {
        var today = Clock.Today(clock);
        return DapWorkflow.Effective(plan.DapStatus, plan.DapSentOn, today, (int)catalog.Parameter("dap.tacitAgreementDays", today).Value);
    }

    internal static SessionCover CoverOf(int number, TreatmentPlanRow plan, NgapCatalog catalog, TimeProvider clock)
    {
        var today = Clock.Today(clock);
        return DapWorkflow.Cover(number, plan.DapThreshold, EffectiveDap(plan, catalog, clock), (int)catalog.Parameter("dap.alertSessionsBefore", today).Value);
    }

    private static SessionResponse Describe(SessionRow s, TreatmentPlanRow plan, NgapCatalog catalog, TimeProvider clock, IReadOnlyList<QuoteIssue> issues) => new(
        s.Id, s.Number, s.Date, s.Time, s.Place, s.TravelKm, s.Urgent, Cents.ToEuros(s.TotalCents), Cents.ToEuros(s.AmoCents),
        CoverOf(s.Number, plan, catalog, clock), s.InvoiceId, s.CatalogVersion,
        s.Lines.OrderBy(l => l.Position).Select(l => new SessionLineResponse(
            l.Code, l.Kind, l.Label, l.Quantity, Cents.ToEuros(l.UnitPriceCents), l.Rate, Cents.ToEuros(l.AmountCents), l.Rule)).ToList(),
        issues);

    private static async Task<PlanResponse> DescribeAsync(TreatmentPlanRow plan, CotakineDbContext db, NgapCatalog catalog, TimeProvider clock)
    {
        var act = catalog.FindAct(plan.ActId)!;
        var sessions = await db.Sessions.Include(s => s.Lines).Where(s => s.PlanId == plan.Id).OrderBy(s => s.Number).ToListAsync();
        var next = sessions.Count + 1;
        var cover = CoverOf(next, plan, catalog, clock);
        var alert = cover switch
        {
            SessionCover.BillableSendDap => $"Seuil du référentiel ({plan.DapThreshold} séances) proche : envoyez la demande d'accord préalable.",
            SessionCover.Blocked => $"Séance {next} au-delà du seuil de {plan.DapThreshold} séances : non facturable sans accord de la caisse (DAP).",
            _ => null,
        };
        DapDocument? document = null;
        if (plan.DapThreshold is { } threshold)
        {
            var patient = await db.Patients.SingleAsync(p => p.Id == plan.PatientId);
            var practitioner = await db.Practitioners.SingleAsync(p => p.Id == plan.PractitionerId);
            var prescription = plan.PrescriptionId is { } pid ? await db.Prescriptions.SingleOrDefaultAsync(p => p.Id == pid) : null;
            var code = (act.On(plan.StartDate) ?? act.Versions.Last()).Code.ToString();
            document = new DapDocument(
                $"{patient.LastName} {patient.FirstName}",
                prescription is null ? "accès direct" : $"{prescription.PrescriberName} (RPPS {prescription.PrescriberRpps})",
                prescription?.Date, act.Label, code, threshold, Math.Max(0, plan.SessionCount - threshold),
                $"{practitioner.LastName} {practitioner.FirstName} (RPPS {practitioner.Rpps}, AM {practitioner.AmNumber})");
        }

        return new PlanResponse(
            plan.Id, plan.PatientId, plan.PractitionerId, plan.PrescriptionId, plan.Origin, plan.ActId, act.Label, plan.SessionCount, plan.StartDate,
            plan.DapThreshold, EffectiveDap(plan, catalog, clock), plan.DapSentOn, cover, alert, document,
            sessions.Select(s => Describe(s, plan, catalog, clock, [])).ToList());
    }
}
