using Cotakine.Catalog;

namespace Cotakine.Quoting.Rules;

/// <summary>
/// « Bilan-diagnostic kinésithérapique » renewal (NGAP Titre XIV chap. I section 2; ameli « Le BDK »): a BDK is billable
/// at the first session, then from the 30th session and every 20 sessions (AMK 10.7), or for neurological and muscular
/// affections from the 60th and every 50 (AMK 10.8) — the cadence is data (<see cref="BilanCadence"/>, ngap-facts §R.2 a).
/// </summary>
/// <remarks>
/// Contract rule <c>BILAN_NOT_DUE</c>: error (line dropped) for a BDK at a session of the series where none is due; warning
/// for a BDK coded with no act of the articles it belongs to (neuro BDK without an article 4 act); info when a BDK is due
/// at this session and none is coded. Without <see cref="QuoteRequest.Series"/> the cadence cannot be checked: nothing is said.
/// Two BDK in one session: <c>CUMUL_NOT_ALLOWED</c>.
/// </remarks>
internal static class BilanCadenceRule
{
    public static void Apply(QuoteContext context)
    {
        var bilans = context.Billable.Where(a => a.Act.BilanCadence is not null).ToList();
        var acts = context.BillableReeducation.ToList();
        var series = context.Request.Series;

        if (bilans.Count > 1)
        {
            foreach (var extra in bilans.Skip(1))
            {
                extra.Billable = false;
            }

            context.Error(RuleId.CumulNotAllowed, $"Un seul bilan-diagnostic par séance : {string.Join(" et ", bilans.Select(b => b.Code.ToString()))} ne se cumulent pas. Gardez celui qui correspond à la pathologie traitée.");
            bilans = [bilans[0]];
        }

        foreach (var bilan in bilans)
        {
            var cadence = bilan.Act.BilanCadence!;
            if (cadence.WithArticles.Count > 0 && acts.Count > 0 && !acts.Any(a => cadence.GoesWith(a.Act.Article)))
            {
                context.Warning(RuleId.BilanNotDue, $"{bilan.Code} ({bilan.Act.ShortLabel}) accompagne un acte de l'article {string.Join(", ", cadence.WithArticles)} (affections neurologiques et musculaires) ; avec {string.Join(", ", acts.Select(a => a.Code.ToString()))}, cotez le bilan-diagnostic standard.", bilan.Code);
            }

            if (series is not null && !cadence.IsDueAt(series.SessionNumber))
            {
                bilan.Billable = false;
                context.Error(RuleId.BilanNotDue, $"{bilan.Code} n'est pas facturable à la séance {series.SessionNumber} : le bilan-diagnostic se facture à la séance {cadence.First}, puis à la {cadence.Next}e et toutes les {cadence.Every} séances (source {RuleText.Sources(cadence.Sources)}). Prochain bilan facturable : séance {cadence.NextDueFrom(series.SessionNumber)}.", bilan.Code);
            }
        }

        if (series is null || bilans.Count > 0 || acts.Count == 0)
        {
            return;
        }

        var due = DueBilan(context, acts, series.SessionNumber);
        if (due is not null)
        {
            context.Info(RuleId.BilanNotDue, $"Séance {series.SessionNumber} : un bilan-diagnostic ({due.Code}, {due.Act.ShortLabel}) est facturable à cette séance ; ajoutez-le si vous le réalisez.", due.Code);
        }
    }

    private static ActVersion? DueBilan(QuoteContext context, List<SessionAct> acts, int sessionNumber)
    {
        var bilans = context.Catalog.BilanActs.Select(a => a.On(context.Date)).OfType<ActVersion>().ToList();
        // The bilan made for the act's article (neuro BDK for article 4) wins over the general one.
        var specific = bilans.Where(v => v.Act.BilanCadence!.WithArticles.Count > 0 && acts.Any(a => v.Act.BilanCadence.GoesWith(a.Act.Article))).ToList();
        var candidates = specific.Count > 0 ? specific : bilans.Where(v => v.Act.BilanCadence!.WithArticles.Count == 0).ToList();
        return candidates.FirstOrDefault(v => v.Act.BilanCadence!.IsDueAt(sessionNumber));
    }
}
