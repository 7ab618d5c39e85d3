using Cotakine.Catalog;

namespace Cotakine.Quoting.Rules;

/// <summary>
/// « Acte en vigueur » — each code is priced as the act it designates on the date of care: coefficient × value of the
/// key letter's point in the territory on that date (NGAP dispositions générales art. 2 ; valeurs AV7, AV8).
/// </summary>
/// <remarks>
/// Contract rules: <c>NOT_SUPPORTED</c> (error, contract 1.1) for a code of a real key letter Cotakine does not quote
/// yet (<see cref="KeyLetter.NotQuoted"/>: TMK, télésoin); <c>UNKNOWN_ACT</c> (error) when no date knows the code; <c>ACT_NOT_IN_FORCE</c> (error) when the code
/// exists on other dates only — the message names the code in force that day for the same act (« RIC 7.48 n'est plus en
/// vigueur le 01/02/2026 : utilisez RIC 8.08 »), the 2024 successors of a former AMS/AMK/AMC code, or the former code of a
/// 2024 act used before 22 February 2024 (ngap-facts §G). A planned coefficient (<see cref="ActPeriod.Planned"/>, comité
/// d'alerte) and an announcement of <see cref="NgapCatalog.Announcements"/> are priced as in force with an
/// <c>ACT_NOT_IN_FORCE</c> info; so is a key letter without a known point value in the territory (error: the act cannot be
/// priced). Unsure facts about what is in force on a date are reported under <c>ACT_NOT_IN_FORCE</c>, the contract's
/// identifier for « what is in force on this date ».
/// </remarks>
internal static class ActInForce
{
    /// <summary>Above this many successors, a former code's message lists codes only (AMS 7.5 became 47 acts).</summary>
    private const int SuccessorsWithLabels = 8;

    public static void Apply(QuoteContext context)
    {
        foreach (var code in context.Request.Acts)
        {
            var version = context.Catalog.Find(code, context.Date);
            if (version is null)
            {
                var history = context.Catalog.History(code);
                if (history.Count == 0 && context.Catalog.NotQuoted(code) is { } notQuoted)
                {
                    context.Error(RuleId.NotSupported, $"{code} : {notQuoted}", code);
                }
                else if (history.Count == 0)
                {
                    context.Error(RuleId.UnknownAct, $"{code} n'existe pas dans la nomenclature des masseurs-kinésithérapeutes : vérifiez la lettre-clé et le coefficient (par exemple « RAM 8.09 »).", code);
                }
                else
                {
                    context.Error(RuleId.ActNotInForce, NotInForce(context, code, history), code);
                }

                continue;
            }

            var pointValue = context.Catalog.PointValue(version.Act.Letter, context.Territory, context.Date);
            if (pointValue is null)
            {
                context.Error(RuleId.ActNotInForce, $"La valeur du point de la lettre-clé {version.Act.Letter} n'est pas connue ({RuleText.Territory(context.Territory)}) le {RuleText.Date(context.Date)} : {code} ne peut pas être tarifé ici.", code);
                continue;
            }

            context.Acts.Add(new SessionAct(version, pointValue, context.LineTexts.Get(version, pointValue)));
            if (version.Period.Planned)
            {
                context.Info(RuleId.ActNotInForce, $"{code} est une revalorisation prévue à partir du {RuleText.Date(version.Validity.From)} (source {RuleText.Sources(version.Period.Sources)}) mais pas confirmée : le comité d'alerte peut la reporter. Vérifiez sur ameli avant de facturer.", code);
            }

            foreach (var announcement in context.Catalog.Announcements)
            {
                if (announcement.Concerns(version.Act, context.Date))
                {
                    context.Info(RuleId.ActNotInForce, $"{code} : {announcement.Text}", code);
                }
            }
        }
    }

    private static string NotInForce(QuoteContext context, ActCode code, IReadOnlyList<ActVersion> history)
    {
        var date = context.Date;
        var verb = history.All(v => v.Validity.To is { } to && to < date) ? "n'est plus en vigueur"
            : history.All(v => v.Validity.From > date) ? "n'est pas encore en vigueur"
            : "n'est pas en vigueur";
        var hints = history.Select(v => v.Act).Distinct().Select(act => Hint(context, act)).OfType<string>().Distinct().ToList();
        var message = $"{code} {verb} le {RuleText.Date(date)}";
        return hints.Count == 0
            ? $"{message} : cet acte n'existe pas à cette date, choisissez la cotation de l'indication dans la nomenclature du jour."
            : $"{message} : {string.Join(" ; ", hints)}.";
    }

    private static string? Hint(QuoteContext context, Act act)
    {
        var date = context.Date;
        if (act.On(date) is { } current)
        {
            return $"utilisez {current.Code}";
        }

        if (act.Successors.Count > 0 && date > context.Catalog.Transition.LastDayOfOldCodes)
        {
            var successors = act.Successors
                .Select(id => context.Catalog.FindAct(id)?.On(date))
                .OfType<ActVersion>()
                .ToList();
            if (successors.Count == 0)
            {
                return null;
            }

            var list = successors.Count <= SuccessorsWithLabels
                ? string.Join(", ", successors.Select(s => $"{s.Code} ({s.Act.ShortLabel})"))
                : string.Join(", ", successors.Select(s => s.Code.ToString()).Distinct());
            var transition = context.Catalog.Transition;
            var hint = $"depuis le {RuleText.Date(transition.LastDayOfOldCodes.AddDays(1))}, cotez l'acte de la nouvelle nomenclature qui correspond à l'indication : {list}";
            if (date <= transition.ToleratedUntil)
            {
                hint += $" (une tolérance jusqu'au {RuleText.Date(transition.ToleratedUntil)} a été annoncée pour les traitements commencés avant, sans confirmation)";
            }

            return hint;
        }

        if (date < act.FirstDay && act.FormerCode is { } former)
        {
            return $"avant le {RuleText.Date(act.FirstDay)}, cotez l'ancienne cotation {former}";
        }

        return null;
    }
}
