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
    /// be priced: a distance at home, the act in force on the date, a session left in the plan. The cover (DAP) is a
    /// separate question, asked on saving (<see cref="TreatmentPlan.CoverOf"/>): a blocked session can still be quoted.
    /// </summary>
    public static Problems Check(TreatmentPlan plan, Act act, int number, SessionInput input)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(input);
        var problems = new Problems();
        if (input.Place == PlaceOfCare.Domicile && input.TravelKm is not >= 0)
        {
            problems.Add("travelKm", "distance (km, aller simple) obligatoire et positive pour une séance à domicile");
        }
        else if (input.TravelKm > MaxTravelKm)
        {
            problems.Add("travelKm", $"distance trop longue : {MaxTravelKm} km au plus (aller simple, du cabinet au domicile du patient)");
        }

        if (act.On(input.Date) is null)
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
    /// The DAP counts as agreed when it is, expressly or tacitly, on <paramref name="today"/>.
    /// </summary>
    public static QuoteRequest Request(
        TreatmentPlan plan, Act act, Quoting.Patient patient, Department department, TravelZone zone, int number, SessionInput input,
        SessionHistory history, DateOnly today, PracticeRules rules)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(history);
        var version = act.On(input.Date) ?? throw new InvalidOperationException($"Acte {act.Id} non en vigueur le {input.Date:yyyy-MM-dd}.");
        var agreed = plan.EffectiveDap(today, rules) is DapStatus.Agreed or DapStatus.TacitlyAgreed;
        return new QuoteRequest(
            input.Date, input.Time, department, input.Place, [version.Code], input.Urgent,
            input.Place == PlaceOfCare.Domicile && input.TravelKm is { } km ? new Travel(km, zone, false) : null,
            new SeriesPosition(number, history.SessionsLast12Months, agreed, history.SessionsToday),
            patient, []);
    }
}
