namespace Cotakine.Quoting.Rules;

/// <summary>
/// Sessions per day (NGAP Titre XIV, dispositions liminaires; art. 5 and 10; art. 11): an act whose data sets
/// <c>maxPerDay</c> — PLL 12, « cotation journalière forfaitaire quel que soit le nombre d'interventions » (1); ARL 8.49
/// désencombrement urgent and RPB brûlures, « au rythme de deux par jour » (2) — cannot be billed beyond it: error.
/// Any other rééducation act already billed earlier the same day is a second session, billable at full rate only under the
/// four conditions added on 22 February 2024 (two prescriptions, two NGAP articles, two anatomical regions, two sessions):
/// Cotakine cannot check them from one session, so it warns (ngap-facts §F).
/// </summary>
/// <remarks>Applies only when the request says how many sessions were already billed that day (<c>series.sessionsToday</c>).</remarks>
internal static class DailySessionLimit
{
    public static void Apply(QuoteContext context)
    {
        var today = context.Request.Series?.SessionsToday ?? 0;
        if (today == 0)
        {
            return;
        }

        foreach (var act in context.BillableReeducation)
        {
            if (act.Act.MaxPerDay is { } max)
            {
                if (today >= max)
                {
                    var what = max == 1
                        ? "cotation journalière forfaitaire, une seule par jour quel que soit le nombre d'interventions"
                        : $"au plus {max} séances par jour";
                    context.Error(RuleId.CumulNotAllowed, $"{act.Code} : {what} ({today} déjà facturée(s) aujourd'hui) — NGAP {act.Act.ArticleLabel}. Cette séance n'est pas facturable.", act.Code);
                }
            }
            else
            {
                context.Warning(RuleId.CumulNotAllowed, $"{act.Code} : une séance a déjà été facturée aujourd'hui pour ce patient. Une deuxième séance le même jour n'est facturable à taux plein qu'avec deux prescriptions distinctes, pour des affections relevant d'articles différents de la NGAP, sur deux régions anatomiques distinctes et en deux séances distinctes (NGAP Titre XIV, dispositions liminaires, depuis le 22/02/2024). Vérifiez ces quatre conditions.", act.Code);
            }
        }
    }
}
