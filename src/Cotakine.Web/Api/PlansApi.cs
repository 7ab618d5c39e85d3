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

internal sealed record ClinicalNotesRequest(string? Notes);

internal sealed record BilanDueResponse(int Session, string Code, string Label, bool DueAtNextSession);

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
    DapDocument? DapDocument, IReadOnlyList<SessionResponse> Sessions, string? RenewalPrescriberId, BilanDueResponse? NextBilan, string? ClinicalNotes);

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
        group.MapPut("/{id:guid}/clinical-notes", SetClinicalNotes);
    }

    private static async Task<Results<Ok<PlanResponse>, NotFound>> Get(Guid id, CotakineDbContext db, NgapCatalog catalog, TimeProvider clock, HttpContext http) =>
        await db.Plans.SingleOrDefaultAsync(p => p.Id == id) is { } plan
            ? TypedResults.Ok(await DescribeAsync(plan, db, catalog, clock, http))
            : TypedResults.NotFound();

    /// <summary>Clinical notes: written and read by the kinés only; a secrétaire gets 403.</summary>
    private static async Task<Results<Ok<PlanResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SetClinicalNotes(
        Guid id, ClinicalNotesRequest request, CotakineDbContext db, NgapCatalog catalog, TimeProvider clock, HttpContext http)
    {
        if (http.User.IsInRole(Roles.Secretary))
        {
            return TypedResults.Problem(title: "Accès refusé : les notes cliniques sont réservées aux kinésithérapeutes.", statusCode: StatusCodes.Status403Forbidden);
        }

        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return TypedResults.NotFound();
        }

        if (request.Notes is { Length: > 8000 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["notes"] = ["notes : 8000 caractères au plus"] }, title: "Requête invalide");
        }

        plan.ClinicalNotes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        await db.SaveChangesAsync();
        return TypedResults.Ok(await DescribeAsync(plan, db, catalog, clock, http));
    }

    private static async Task<Results<Created<PlanResponse>, ValidationProblem>> Create(PlanRequest request, CotakineDbContext db, NgapCatalog catalog, TimeProvider clock, HttpContext http)
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

        if (request.Origin == PlanOrigin.DirectAccess && request.SessionCount is > 0 && request.PatientId is { } directPatient && !errors.Any)
        {
            // The cap is per patient and per episode, across plans (ngap-facts §K.3): the sessions already planned in
            // direct access in an episode still open on the start date count against it.
            var cap = (int)catalog.Parameter("directAccess.sessionsPerEpisode", start).Value;
            var earlier = await db.Plans.Where(p => p.PatientId == directPatient && p.Origin == PlanOrigin.DirectAccess && p.StartDate <= start)
                .Select(p => new { p.StartDate, p.SessionCount }).ToListAsync();
            var (episode, planned) = PlanOpening.DirectAccessEpisode(catalog, earlier.Select(p => (p.StartDate, p.SessionCount)), start);
            if (planned + request.SessionCount > cap)
            {
                errors.Add("sessionCount", $"sessionCount : accès direct sans diagnostic médical, {cap} séances au plus par épisode de soins ; {planned} déjà prévues dans l'épisode commencé le {episode:dd/MM/yyyy}");
            }
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        // The 15/30 rule (RAM 7.47/7.49, ngap-facts §D.1): the threshold rises when the patient already had
        // dap.raisedThresholdPriorSessions reimbursed sessions of the same act over the previous 12 months.
        var threshold = act!.Dap?.SessionsBeforeDap;
        if (act.Dap?.SessionsWhenThirtyInTwelveMonths is { } raised &&
            await SessionsLast12MonthsAsync(db, catalog, request.PatientId!.Value, act.Id, start, null) >= catalog.Parameter("dap.raisedThresholdPriorSessions", start).Value)
        {
            threshold = raised;
        }

        var plan = new TreatmentPlanRow
        {
            Id = Guid.NewGuid(), PracticeId = db.CurrentPracticeId!.Value, PatientId = request.PatientId!.Value, PractitionerId = practitionerId!.Value,
            PrescriptionId = request.Origin == PlanOrigin.DirectAccess ? null : request.PrescriptionId, Origin = request.Origin!.Value,
            ActId = act!.Id, SessionCount = request.SessionCount!.Value, StartDate = start, DapThreshold = threshold,
            DapStatus = DapStatus.None,
            // À vérifier: the renewal prescriber identifier 291991123 comes from kine-web.com, not yet from ameli's
            // billing instructions; it is the data parameter renewal.prescriberId (confidence unsure), not a constant.
            RenewalPrescriberId = request.Origin == PlanOrigin.Renewal
                ? catalog.Parameter("renewal.prescriberId", start).Value.ToString("0", System.Globalization.CultureInfo.InvariantCulture)
                : null,
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/plans/{plan.Id}", await DescribeAsync(plan, db, catalog, clock, http));
    }

    private static async Task<Results<Ok<PlanResponse>, NotFound, ValidationProblem>> UpdateDap(
        Guid id, DapRequest request, CotakineDbContext db, NgapCatalog catalog, TimeProvider clock, HttpContext http)
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
        return TypedResults.Ok(await DescribeAsync(plan, db, catalog, clock, http));
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
        var last12Months = await SessionsLast12MonthsAsync(db, catalog, plan.PatientId, plan.ActId, request.Date!.Value, plan.Id);
        if (act.Dap?.SessionsWhenThirtyInTwelveMonths is { } raised && plan.DapThreshold < raised &&
            last12Months >= catalog.Parameter("dap.raisedThresholdPriorSessions", request.Date.Value).Value)
        {
            // Sessions of an earlier series were reimbursed since the plan opened: the 15/30 rule now applies to it too,
            // so the plan's cover agrees with the engine's quote (saved with the session, audited).
            plan.DapThreshold = raised;
        }

        var request2 = new QuoteRequest(
            request.Date!.Value, request.Time, catalog.FindDepartment(practice.Department)!, request.Place!.Value, [version!.Code], request.Urgent,
            request.Place != PlaceOfCare.Domicile ? null : new Travel(request.TravelKm!.Value, practice.Zone, false),
            new SeriesPosition(number, last12Months, effective is DapStatus.Agreed or DapStatus.TacitlyAgreed),
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
            Issues = quote.Issues.Select((issue, i) => new SessionIssueRow
            {
                Id = Guid.NewGuid(), Position = i, Severity = issue.Severity, Rule = issue.Rule, Message = issue.Message, Code = issue.Code,
            }).ToList(),
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/plans/{plan.Id}", Describe(session, plan, catalog, clock));
    }

    /// <summary>
    /// The patient's sessions of the same act reimbursed (billed and not cancelled by a credit note) over the
    /// <c>dap.lookbackMonths</c> months before <paramref name="date"/>, outside the plan itself: the
    /// <c>sessionsLast12Months</c> the engine needs for the 15/30 rule (ngap-facts §D.1).
    /// </summary>
    internal static async Task<int> SessionsLast12MonthsAsync(CotakineDbContext db, NgapCatalog catalog, Guid patientId, string actId, DateOnly date, Guid? excludedPlan)
    {
        var from = date.AddMonths(-(int)catalog.Parameter("dap.lookbackMonths", date).Value);
        return await db.Sessions
            .Where(s => s.InvoiceId != null && s.Date >= from && s.Date < date && s.PlanId != excludedPlan)
            .Join(db.Plans.Where(p => p.PatientId == patientId && p.ActId == actId), s => s.PlanId, p => p.Id, (s, _) => s)
            .CountAsync();
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

    private static SessionResponse Describe(SessionRow s, TreatmentPlanRow plan, NgapCatalog catalog, TimeProvider clock) => new(
        s.Id, s.Number, s.Date, s.Time, s.Place, s.TravelKm, s.Urgent, Cents.ToEuros(s.TotalCents), Cents.ToEuros(s.AmoCents),
        CoverOf(s.Number, plan, catalog, clock), s.InvoiceId, s.CatalogVersion,
        s.Lines.OrderBy(l => l.Position).Select(l => new SessionLineResponse(
            l.Code, l.Kind, l.Label, l.Quantity, Cents.ToEuros(l.UnitPriceCents), l.Rate, Cents.ToEuros(l.AmountCents), l.Rule)).ToList(),
        s.Issues.OrderBy(i => i.Position).Select(i => new QuoteIssue(i.Severity, i.Rule, i.Message, i.Code)).ToList());

    private static async Task<PlanResponse> DescribeAsync(TreatmentPlanRow plan, CotakineDbContext db, NgapCatalog catalog, TimeProvider clock, HttpContext http)
    {
        var act = catalog.FindAct(plan.ActId)!;
        var sessions = await db.Sessions.Include(s => s.Lines).Include(s => s.Issues).Where(s => s.PlanId == plan.Id).OrderBy(s => s.Number).ToListAsync();
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
            sessions.Select(s => Describe(s, plan, catalog, clock)).ToList(), plan.RenewalPrescriberId,
            NextBilan(act, next, sessions.Count > 0 ? sessions[^1].Date : plan.StartDate, catalog),
            http.User.IsInRole(Roles.Secretary) ? null : plan.ClinicalNotes);
    }

    /// <summary>The next BDK of the plan from its next session on (act's bilan cadence, catalog.BilanActs).</summary>
    private static BilanDueResponse? NextBilan(Act act, int nextSession, DateOnly date, NgapCatalog catalog) =>
        BilanDue.Next(catalog, act, date, nextSession) is { } due
            ? new BilanDueResponse(due.Session, due.Bilan.Code.ToString(), due.Bilan.Act.ShortLabel, due.Session == nextSession)
            : null;
}
