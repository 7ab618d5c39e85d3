using Cotakine.Catalog;
using Cotakine.Practice.Plans;
using Cotakine.Quoting;
using Cotakine.Territories;

namespace Cotakine.Practice.Sessions;

/// <summary>
/// Turns a session of a plan into the quote request the engine prices, in one place for the page, the API and a bulk
/// load: the plan's act in force on the date, the practice's département (tariff territory) and travel zone, the IK at home
/// from the one-way distance, the session's rank in the plan, the patient's history (<see cref="SessionHistory"/>), whether
/// the DAP is agreed as of today, and the patient's coverage. <see cref="Check"/> says first why a session cannot be
/// recorded at all (no quote then).
/// </summary>
public static class SessionPricing
{
    /// <summary>
    /// The longest one-way distance a home visit may be recorded with: beyond it the figure is a typing error (the
    /// session form has always refused it), never a distance to bill IK on.
    /// </summary>
    public const decimal MaxTravelKm = 999m;

    /// <summary>
    /// Why session <paramref name="number"/> of <paramref name="plan"/> cannot be recorded as given, empty when it can
    /// be priced: a date on or after the plan's start and the prescription's date (care is given under a prescription,
    /// never before it), a distance away from the practice (none at the practice: a typed distance is never dropped in
    /// silence) and whether the patient lives in the practice's agglomeration (the IK depend on it), the act in force on
    /// the date, a session left in the plan. A date after today is accepted (a session planned ahead); it is invoiced
    /// only from its day on (<see cref="Invoicing.InvoiceEligibility"/>). The cover (DAP) is a separate question, asked on
    /// saving (<see cref="TreatmentPlan.CoverOf"/>): a blocked session can still be quoted.
    /// </summary>
    public static Problems Check(TreatmentPlan plan, Act act, int number, SessionInput input, DateOnly? prescribedOn = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(input);
        var problems = new Problems();
        if (input.Place == PlaceOfCare.Cabinet && input.TravelKm is not null)
        {
            problems.Add("travelKm", "pas de distance pour une séance au cabinet : le déplacement n'est facturé qu'à domicile ou en établissement (videz la distance ou changez le lieu)");
        }
        else if (input.Place == PlaceOfCare.Domicile && input.TravelKm is not >= 0)
        {
            problems.Add("travelKm", "distance (km, aller simple) obligatoire et positive pour une séance à domicile");
        }
        else if (input.TravelKm is < 0)
        {
            problems.Add("travelKm", "la distance (km, aller simple) est positive");
        }
        else if (input.TravelKm > MaxTravelKm)
        {
            problems.Add("travelKm", $"distance trop longue : {MaxTravelKm} km au plus (aller simple, du cabinet au domicile du patient)");
        }
        else if (input.Place != PlaceOfCare.Cabinet && input.TravelKm is not null && input.SameAgglomeration is null)
        {
            problems.Add("sameAgglomeration", "dites si le cabinet et le patient sont dans la même agglomération (la commune du patient ou celle du cabinet n'est pas enregistrée) : les indemnités kilométriques en dépendent");
        }

        if (prescribedOn is { } prescribed && input.Date < prescribed)
        {
            problems.Add("date", $"la séance ne peut précéder la prescription du {prescribed:dd/MM/yyyy}");
        }
        else if (input.Date < plan.StartDate)
        {
            problems.Add("date", $"la séance ne peut précéder le début du plan, le {plan.StartDate:dd/MM/yyyy}");
        }
        else if (act.On(input.Date) is null)
        {
            problems.Add("date", $"l'acte {act.ShortLabel} n'est pas en vigueur à cette date");
        }

        if (number > plan.SessionCount)
        {
            problems.Add("date", $"le plan compte {plan.SessionCount} séances, toutes déjà réalisées");
        }

        return problems;
    }

    /// <summary>
    /// The quote request of session <paramref name="number"/> of <paramref name="plan"/>, which <see cref="Check"/> passed.
    /// The DAP counts as agreed when it is, expressly or tacitly, on <paramref name="today"/>, and only for a session done
    /// after it was sent (<see cref="TreatmentPlan.Covers"/>). The acts are the plan's code in force on the date, then the
    /// ones the kiné adds (bilan, second act); <paramref name="patient"/> carries the coverage of this care
    /// (<see cref="AldExoneration"/>); <paramref name="prescribed"/> the prescription's mentions the majorations are checked
    /// against. Travel is billed away from the practice, with the agglomeration the kiné confirmed (not the same when unsaid).
    /// </summary>
    public static QuoteRequest Request(
        TreatmentPlan plan, Act act, Quoting.Patient patient, Department department, TravelZone zone, int number, SessionInput input,
        SessionHistory history, DateOnly today, PracticeRules rules, PrescribedCare? prescribed = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(history);
        var version = act.On(input.Date) ?? throw new InvalidOperationException($"Acte {act.Id} non en vigueur le {input.Date:yyyy-MM-dd}.");
        var agreed = plan.Covers(input.Date, today, rules);
        return new QuoteRequest(
            input.Date, input.Time, department, input.Place, [version.Code, .. input.Extra], input.Urgent,
            input.Place != PlaceOfCare.Cabinet && input.TravelKm is { } km ? new Travel(km, zone, input.SameAgglomeration ?? false) : null,
            new SeriesPosition(number, history.SessionsLast12Months, agreed, history.SessionsToday),
            patient, [], prescribed, input.WithoutMajoration);
    }
}
