using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Sessions;
using Cotakine.Quoting;
using Cotakine.Web.Features.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Plans;

internal sealed record PlanRequest(Guid? PatientId, Guid? PractitionerId, Guid? PrescriptionId, PlanOrigin? Origin, string? ActId, int? SessionCount, DateOnly? StartDate);

internal sealed record ClinicalNotesRequest(string? Notes);

internal sealed record BilanDueResponse(int Session, string Code, string Label, bool DueAtNextSession);

internal sealed record DapRequest(DapStatus? Status, DateOnly? Date);

/// <summary>
/// A session to record: besides date, time, place, distance and urgency, whether practice and patient are in the same
/// agglomeration (null: the default from the communes, <see cref="Agglomeration"/>), the acts billed besides the plan's
/// (the bilan, a second act) and whether a majoration the engine would add is left out.
/// </summary>
internal sealed record SessionRequest(
    DateOnly? Date, TimeOnly? Time, PlaceOfCare? Place, decimal? TravelKm, bool Urgent,
    bool? SameAgglomeration = null, IReadOnlyList<string>? ExtraActs = null, bool WithoutMajoration = false);

internal sealed record SessionLineResponse(string Code, LineKind Kind, string Label, decimal Quantity, decimal UnitPrice, decimal Rate, decimal Amount, string Rule);

internal sealed record SessionResponse(
    Guid Id, int Number, DateOnly Date, TimeOnly? Time, PlaceOfCare Place, decimal? TravelKm, bool Urgent, decimal Total, decimal Amo,
    SessionCover Cover, Guid? InvoiceId, string CatalogVersion, IReadOnlyList<SessionLineResponse> Lines, IReadOnlyList<QuoteIssue> Issues,
    bool? SameAgglomeration, IReadOnlyList<string> Notices);

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

    private static async Task<Results<Ok<PlanResponse>, NotFound>> Get(Guid id, CotakineDbContext db, NgapCatalog catalog, PracticeCalendar clock, HttpContext http) =>
        await db.Plans.SingleOrDefaultAsync(p => p.Id == id) is { } plan
            ? TypedResults.Ok(await DescribeAsync(plan, db, catalog, clock, http))
            : TypedResults.NotFound();

    /// <summary>Clinical notes: written and read by the kinés only; a secrétaire gets 403.</summary>
    private static async Task<Results<Ok<PlanResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SetClinicalNotes(
        Guid id, ClinicalNotesRequest request, SetClinicalNotes setNotes, CotakineDbContext db, NgapCatalog catalog, PracticeCalendar clock, HttpContext http)
    {
        if (!Plans.SetClinicalNotes.MayRead(http.User))
        {
            return TypedResults.Problem(title: "Accès refusé : les notes cliniques sont réservées aux kinésithérapeutes.", statusCode: StatusCodes.Status403Forbidden);
        }

        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return TypedResults.NotFound();
        }

        var (allowed, problems) = await setNotes.ExecuteAsync(plan, request.Notes, http.User);
        if (!allowed)
        {
            return TypedResults.Problem(title: "Accès refusé : les notes cliniques sont réservées aux kinésithérapeutes.", statusCode: StatusCodes.Status403Forbidden);
        }

        return problems.Any
            ? Errors.Invalid(problems)
            : TypedResults.Ok(await DescribeAsync(plan, db, catalog, clock, http));
    }

    private static async Task<Results<Created<PlanResponse>, ValidationProblem>> Create(
        PlanRequest request, OpenPlan openPlan, CotakineDbContext db, NgapCatalog catalog, PracticeCalendar clock, HttpContext http)
    {
        var (plan, problems) = await openPlan.ExecuteAsync(request);
        return plan is null
            ? Errors.Invalid(problems)
            : TypedResults.Created($"/api/plans/{plan.Id}", await DescribeAsync(plan, db, catalog, clock, http));
    }

    private static async Task<Results<Ok<PlanResponse>, NotFound, ValidationProblem>> UpdateDap(
        Guid id, DapRequest request, RecordDap recordDap, CotakineDbContext db, NgapCatalog catalog, PracticeCalendar clock, HttpContext http)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return TypedResults.NotFound();
        }

        var problems = await recordDap.ExecuteAsync(plan, request);
        return problems.Any
            ? Errors.Invalid(problems)
            : TypedResults.Ok(await DescribeAsync(plan, db, catalog, clock, http));
    }

    private static async Task<Results<Created<SessionResponse>, NotFound, ValidationProblem>> AddSession(
        Guid id, SessionRequest request, RecordSession recordSession, CotakineDbContext db, NgapCatalog catalog, PracticeCalendar clock)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return TypedResults.NotFound();
        }

        var (draft, saved) = await recordSession.ExecuteAsync(plan, request);
        if (saved is not { } session)
        {
            return Errors.Invalid(draft.Problems);
        }

        return TypedResults.Created($"/api/plans/{plan.Id}", Describe(session, plan, catalog, clock, draft.Notices));
    }

    private static SessionResponse Describe(Session s, TreatmentPlan plan, NgapCatalog catalog, PracticeCalendar clock, IReadOnlyList<string>? notices = null) => new(
        s.Id, s.Number, s.Date, s.Time, s.Place, s.TravelKm, s.Urgent, Cents.ToEuros(s.TotalCents), Cents.ToEuros(s.AmoCents),
        plan.CoverToday(s.Number, catalog, clock, s.Date), s.InvoiceId, s.CatalogVersion,
        s.Lines.OrderBy(l => l.Position).Select(l => new SessionLineResponse(
            l.Code, l.Kind, l.Label, l.Quantity, Cents.ToEuros(l.UnitPriceCents), l.Rate, Cents.ToEuros(l.AmountCents), l.Rule)).ToList(),
        s.Issues.OrderBy(i => i.Position).Select(i => new QuoteIssue(i.Severity, i.Rule, i.Message, i.Code)).ToList(),
        s.SameAgglomeration, notices ?? []);

    private static async Task<PlanResponse> DescribeAsync(TreatmentPlan plan, CotakineDbContext db, NgapCatalog catalog, PracticeCalendar clock, HttpContext http)
    {
        var act = catalog.FindAct(plan.ActId)!;
        var sessions = await db.Sessions.Include(s => s.Lines).Include(s => s.Issues).Where(s => s.PlanId == plan.Id).OrderBy(s => s.Number).ToListAsync();
        var next = sessions.Count + 1;
        var cover = plan.CoverToday(next, catalog, clock);
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
            var code = plan.DapCode(act, clock.Today).ToString();
            document = new DapDocument(
                $"{patient.LastName} {patient.FirstName}",
                prescription is null ? "accès direct" : $"{prescription.PrescriberName} (RPPS {prescription.PrescriberRpps})",
                prescription?.Date, act.Label, code, threshold, Math.Max(0, plan.SessionCount - threshold),
                $"{practitioner.LastName} {practitioner.FirstName} (RPPS {practitioner.Rpps}, AM {practitioner.AmNumber})");
        }

        return new PlanResponse(
            plan.Id, plan.PatientId, plan.PractitionerId, plan.PrescriptionId, plan.Origin, plan.ActId, act.Label, plan.SessionCount, plan.StartDate,
            plan.DapThreshold, plan.DapToday(catalog, clock), plan.DapSentOn, cover, alert, document,
            sessions.Select(s => Describe(s, plan, catalog, clock)).ToList(), plan.RenewalPrescriberId,
            NextBilan(act, next, sessions.Count > 0 ? sessions[^1].Date : plan.StartDate, catalog),
            Plans.SetClinicalNotes.For(plan, http.User));
    }

    /// <summary>The next BDK of the plan from its next session on (act's bilan cadence, catalog.BilanActs).</summary>
    private static BilanDueResponse? NextBilan(Act act, int nextSession, DateOnly date, NgapCatalog catalog) =>
        BilanDue.Next(catalog, act, date, nextSession) is { } due
            ? new BilanDueResponse(due.Session, due.Bilan.Code.ToString(), due.Bilan.Act.ShortLabel, due.Session == nextSession)
            : null;
}
