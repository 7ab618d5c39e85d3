using Cotakine.Catalog;
using Cotakine.Invoicing;
using Cotakine.Persistence;
using Cotakine.Persistence.Entities;
using Cotakine.Plans;
using Cotakine.Quoting;
using Cotakine.Web.Api;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Services;

/// <summary>
/// Treatment plans, shared by the API (<c>/api/plans</c>) and the pages (<c>/plans/{id}</c>): opening a plan
/// (prescription, renewal, direct access), the DAP workflow (sent / agreed / refused, tacit agreement computed, sessions
/// past the référentiel threshold blocked until covered) and sessions priced by the quote engine with their lines kept.
/// </summary>
internal sealed class PlanWorkflow(CotakineDbContext db, NgapCatalog catalog, TimeProvider clock, SessionQuoter quoter)
{
    public async Task<(TreatmentPlanRow? Plan, Errors Errors)> CreateAsync(PlanRequest request)
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
            return (null, errors);
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
        return (plan, errors);
    }

    public async Task<Errors> UpdateDapAsync(TreatmentPlanRow plan, DapRequest request)
    {
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
            return errors;
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
        return errors;
    }

    /// <summary>Checks and prices the next session of <paramref name="plan"/> without saving it.</summary>
    public async Task<SessionDraft> PrepareSessionAsync(TreatmentPlanRow plan, SessionRequest request)
    {
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
            return new SessionDraft(errors, number, null, null);
        }

        var practice = await db.Practices.SingleAsync(p => p.Id == plan.PracticeId);
        var patient = await db.Patients.SingleAsync(p => p.Id == plan.PatientId);
        var effective = EffectiveDap(plan);
        var quoteRequest = new QuoteRequest(
            request.Date!.Value, request.Time, catalog.FindDepartment(practice.Department)!, request.Place!.Value, [version!.Code], request.Urgent,
            request.Place != PlaceOfCare.Domicile ? null : new Travel(request.TravelKm!.Value, practice.Zone, false),
            new SeriesPosition(number, 0, effective is DapStatus.Agreed or DapStatus.TacitlyAgreed),
            new Patient(patient.Coverage, patient.Regime), []);
        return new SessionDraft(errors, number, quoteRequest, quoter(quoteRequest));
    }

    /// <summary>Saves a valid draft as the plan's next session, the quote's lines kept.</summary>
    public async Task<SessionRow> SaveSessionAsync(TreatmentPlanRow plan, SessionDraft draft, SessionRequest request)
    {
        var quote = draft.Quote ?? throw new InvalidOperationException("Séance non cotée.");
        var session = new SessionRow
        {
            Id = Guid.NewGuid(), PracticeId = plan.PracticeId, PlanId = plan.Id, Number = draft.Number, Date = request.Date!.Value, Time = request.Time,
            Place = request.Place!.Value, TravelKm = request.TravelKm, Urgent = request.Urgent, TotalCents = Cents.From(quote.Total),
            AmoCents = Cents.From(quote.Amo), CatalogVersion = quote.CatalogVersion,
            Lines = quote.Lines.Select((l, i) => new SessionLineRow
            {
                Id = Guid.NewGuid(), Position = i, Code = l.Code, Kind = l.Kind, Label = l.Label, Quantity = l.Quantity,
                UnitPriceCents = Cents.From(l.UnitPrice), Rate = l.Rate, AmountCents = Cents.From(l.Amount), Rule = l.Rule,
            }).ToList(),
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    /// <summary>The DAP status as it stands today (sent long enough ago = tacitly agreed).</summary>
    public DapStatus EffectiveDap(TreatmentPlanRow plan) => EffectiveDap(plan, catalog, clock);

    /// <summary>Whether session <paramref name="number"/> of <paramref name="plan"/> may be billed today.</summary>
    public SessionCover CoverOf(int number, TreatmentPlanRow plan) => CoverOf(number, plan, catalog, clock);

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
}
