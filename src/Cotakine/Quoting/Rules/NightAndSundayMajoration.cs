using Cotakine.Catalog;

namespace Cotakine.Quoting.Rules;

/// <summary>
/// « Majorations de nuit, de dimanche et de jours fériés » (NGAP dispositions générales art. 14 and 14 B): due ONLY for
/// care made urgent by the patient's state — night between 20:00 and 08:00 (call received 19 h–7 h), Sunday or public
/// holiday of the place of care (<see cref="HolidayCalendar"/>), or Saturday from 12:00. Never cumulated: when night and
/// Sunday/holiday both apply, the higher amount is billed (ngap-facts §I.1, §M). Times and amounts are data
/// (<see cref="NgapCatalog.Majorations"/>).
/// </summary>
/// <remarks>
/// Contract rule <c>MAJORATION_NOT_DUE</c>: warning when the conditions are met without declared urgency (no majoration
/// added); info when urgent but the time is missing (no night or Saturday-afternoon majoration can be decided), to recall
/// the call window of the night majoration, to say the lower majoration was not added, and when the holiday is a local one
/// (Alsace-Moselle, DROM) whose majoration is not established. For a session of a plan the prescription's mentions are
/// given (<see cref="QuoteRequest.Prescribed"/>): a warning when a Sunday or holiday majoration is billed on a prescription
/// that says neither « urgence » nor « y compris dimanches et jours fériés » (the proof of a daily treatment, dispositions
/// liminaires of Titre XIV, ngap-facts §I), or a night one on a prescription without « urgence ». A majoration the kiné
/// leaves out (<see cref="QuoteRequest.WithoutMajoration"/>) is not billed, and an info says so.
/// </remarks>
internal static class NightAndSundayMajoration
{
    private const string NightKind = "nuit";
    private const string SundayKind = "dimanche-ferie";

    public static void Apply(QuoteContext context)
    {
        if (!context.Billable.Any())
        {
            return;
        }

        var request = context.Request;
        var night = Find(context, NightKind);
        var sunday = Find(context, SundayKind);
        var holiday = context.Catalog.Holidays.HolidayOn(request.Date, request.Department);

        var reasons = new List<(Majoration Majoration, string Why)>();
        if (night is not null && request.Time is { } time && (time >= night.StartsAt || time < night.EndsAt))
        {
            reasons.Add((night, $"séance à {RuleText.Time(time)} (nuit : {RuleText.Time(night.StartsAt!.Value)}–{RuleText.Time(night.EndsAt!.Value)})"));
        }

        if (sunday is not null)
        {
            var why = holiday is not null ? $"jour férié ({holiday.Name})"
                : request.Date.DayOfWeek == DayOfWeek.Sunday ? "dimanche"
                : request.Date.DayOfWeek == DayOfWeek.Saturday && request.Time is { } saturday && saturday >= sunday.SaturdayFrom ? $"samedi à {RuleText.Time(saturday)} (dès {RuleText.Time(sunday.SaturdayFrom!.Value)})"
                : null;
            if (why is not null)
            {
                reasons.Add((sunday, why));
            }
        }

        if (!request.Urgent)
        {
            if (reasons.Count > 0)
            {
                context.Warning(RuleId.MajorationNotDue, $"Aucune majoration : {string.Join(" et ", reasons.Select(r => r.Why))}, mais l'urgence n'est pas déclarée. Les majorations de nuit, de dimanche et de jour férié ne sont dues que pour des soins urgents justifiés par l'état du patient (NGAP dispositions générales art. 14).");
            }

            return;
        }

        if (request.Time is null)
        {
            context.Info(RuleId.MajorationNotDue, "Heure de la séance absente : la majoration de nuit (et celle du samedi après-midi) n'est pas calculée. Indiquez l'heure pour une séance urgente.");
        }

        if (reasons.Count == 0)
        {
            return;
        }

        var chosen = reasons.MaxBy(r => r.Majoration.Amount);
        if (request.WithoutMajoration)
        {
            context.Info(RuleId.MajorationNotDue, $"{chosen.Majoration.Label} retirée à votre demande ({chosen.Why}) : aucune majoration facturée.");
            return;
        }

        if (request.Prescribed is { } prescribed)
        {
            if (chosen.Majoration.Kind == SundayKind && !prescribed.Urgent && !prescribed.IncludingSundaysAndHolidays)
            {
                context.Warning(RuleId.MajorationNotDue, $"{chosen.Majoration.Label} : la prescription ne porte ni « urgence » ni « y compris dimanches et jours fériés ». Sans l'une de ces mentions, la caisse peut refuser la majoration (NGAP Titre XIV, dispositions liminaires) : vérifiez l'ordonnance ou retirez la majoration.");
            }
            else if (chosen.Majoration.Kind == NightKind && !prescribed.Urgent)
            {
                context.Warning(RuleId.MajorationNotDue, $"{chosen.Majoration.Label} : la prescription ne porte pas la mention « urgence ». La majoration de nuit n'est due que pour des soins urgents justifiés par l'état du patient (NGAP dispositions générales art. 14) : vérifiez ou retirez la majoration.");
            }
        }

        var rule = $"{chosen.Majoration.Label} {RuleText.Euro(chosen.Majoration.Amount)} : soins urgents, {chosen.Why}";
        if (reasons.Count > 1)
        {
            var other = reasons.First(r => r != chosen);
            rule += $" ; non cumulable avec la majoration « {other.Majoration.Label} » ({RuleText.Euro(other.Majoration.Amount)}), la plus élevée est retenue";
            context.Info(RuleId.MajorationNotDue, $"{other.Majoration.Label} non ajoutée : les majorations ne se cumulent pas, seule la plus élevée ({chosen.Majoration.Label}, {RuleText.Euro(chosen.Majoration.Amount)}) est facturée.");
        }

        rule += $" — NGAP dispositions générales art. 14 et 14 B ; source {RuleText.Sources(chosen.Majoration.Sources)}";
        context.ExtraLines.Add(new QuoteLine(chosen.Majoration.Code, LineKind.Majoration, chosen.Majoration.Label, 1m, chosen.Majoration.Amount, 1m, chosen.Majoration.Amount, rule));

        if (chosen.Majoration.Kind == NightKind && chosen.Majoration.CallFrom is { } from && chosen.Majoration.CallUntil is { } until)
        {
            context.Info(RuleId.MajorationNotDue, $"Majoration de nuit : due seulement si l'appel au kinésithérapeute a été reçu entre {RuleText.Time(from)} et {RuleText.Time(until)} ; retirez-la sinon.");
        }

        if (chosen.Majoration.Kind == SundayKind && holiday is not null && holiday.Scope != "national")
        {
            context.Info(RuleId.MajorationNotDue, $"{holiday.Name} est un jour férié local : l'application de la majoration de jour férié n'est pas établie (la NGAP parle de « jours fériés légaux »). Vérifiez auprès de votre caisse.");
        }
    }

    private static Majoration? Find(QuoteContext context, string kind)
    {
        foreach (var majoration in context.Catalog.Majorations)
        {
            if (majoration.Kind == kind && majoration.Validity.Contains(context.Date))
            {
                return majoration;
            }
        }

        return null;
    }
}
