using Cotakine.Catalog;

namespace Cotakine.Quoting.Rules;

/// <summary>
/// « Une seule cotation par séance » and its one exception, article 11 B: the acts of the Titre XIV « ne sont pas cumulables
/// entre elles » (NGAP Titre XIV, dispositions liminaires), except an acute respiratory act (ARL 8.49, désencombrement
/// urgent) with a rééducation act of another nature, billed under article 11 B of the dispositions générales: the higher
/// coefficient at 100 %, the other at <c>cumul.secondActRate</c> (50 %), a third act not billable (ngap-facts §F).
/// </summary>
/// <remarks>
/// Contract rules: <c>CUMUL_NOT_ALLOWED</c> (error) for two rééducation acts without the respiratory exception, a third act,
/// the same code twice, a bilan isolé during a rééducation treatment or beside a BDK (Titre XIV chap. I section 1), an
/// acute respiratory act with another respiratory act (they are not « d'une autre nature ») or with an act whose cotation
/// already includes it (<see cref="Act.NoOtherAct"/>: PLL includes « drainage bronchique »), a supplement without its
/// act (a supplement of a rééducation letter, the RAV bandage, needs an act of that letter); <c>CUMUL_REDUCED</c> (info) when
/// article 11 B applied. Bilans (BDK) and supplements are added at 100 % (ngap-facts §F « Bilans »).
/// An act the NGAP declares not billable here (third act, duplicate, bilan isolé, orphan supplement) is dropped from the
/// lines; when the choice between two acts belongs to the kiné (two rééducation acts), both lines stay and the error asks
/// to choose.
/// </remarks>
internal static class Article11BCumulation
{
    public static void Apply(QuoteContext context)
    {
        DropDuplicates(context);
        ApplyOneActPerSession(context);
        CheckIsolatedBilans(context);
        CheckSupplements(context);
    }

    private static void DropDuplicates(QuoteContext context)
    {
        if (!HasDuplicate(context.Acts))
        {
            return;
        }

        foreach (var group in context.Acts.GroupBy(a => a.Code).Where(g => g.Count() > 1))
        {
            foreach (var duplicate in group.Skip(1))
            {
                duplicate.Billable = false;
            }

            context.Error(RuleId.CumulNotAllowed, $"{group.Key} est coté {group.Count()} fois : un acte ne se facture qu'une fois par séance. Retirez le doublon (deux séances le même jour se facturent séparément).", group.Key);
        }
    }

    /// <summary>Whether a code appears twice; sessions have one to three acts, so this avoids grouping in the common case.</summary>
    private static bool HasDuplicate(List<SessionAct> acts)
    {
        for (var i = 1; i < acts.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (acts[i].Code == acts[j].Code)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void ApplyOneActPerSession(QuoteContext context)
    {
        var acts = context.BillableReeducation.ToList();
        if (acts.Count < 2)
        {
            return;
        }

        var acute = acts.FirstOrDefault(a => a.Act.AcuteRespiratory);
        if (acute is null)
        {
            var codes = string.Join(" et ", acts.Select(a => a.Code.ToString()));
            context.Error(RuleId.CumulNotAllowed, $"{codes} ne se cumulent pas : une seule cotation par séance (NGAP Titre XIV, dispositions liminaires). Plusieurs territoires se cotent avec l'acte qui les couvre (TER) ; deux séances le même jour exigent deux prescriptions, deux articles et deux régions distincts, facturées séparément.");
            return;
        }

        var others = acts.Where(a => a != acute).ToList();
        if (others.FirstOrDefault(a => a.Act.NoOtherAct is not null) is { } including)
        {
            var exclusion = including.Act.NoOtherAct!;
            acute.Billable = false;
            context.Error(RuleId.CumulNotAllowed, $"{acute.Code} ne se cote pas avec {including.Code} : {exclusion.Text} (source {RuleText.Sources(exclusion.Sources)}). Retirez {acute.Code}.", acute.Code);
            return;
        }

        var sameNature = others.Where(a => a.Act.Article == acute.Act.Article).ToList();
        if (sameNature.Count > 0)
        {
            var codes = string.Join(" et ", sameNature.Select(a => a.Code.ToString()));
            context.Error(RuleId.CumulNotAllowed, $"{acute.Code} et {codes} ne se cumulent pas : ce sont deux actes de rééducation respiratoire ({acute.Act.ArticleLabel}). L'article 11 B ne joint à l'épisode respiratoire aigu qu'un acte de rééducation « d'une autre nature » (NGAP Titre XIV chap. II art. 5). Gardez une seule cotation respiratoire.");
            return;
        }

        var other = others[0];
        var first = other.Version.Coefficient > acute.Version.Coefficient ? other : acute;
        var second = first == acute ? other : acute;
        var rate = context.Catalog.Parameter("cumul.secondActRate", context.Date);
        second.Rate = rate.Value;
        second.RateReason = $"article 11 B : second acte à {RuleText.Number(rate.Value * 100)} % (NGAP dispositions générales art. 11 B ; source {RuleText.Sources(rate.Sources)})";
        context.Info(RuleId.CumulReduced, $"Article 11 B appliqué : {first.Code} à taux plein (coefficient le plus élevé), {second.Code} à {RuleText.Number(rate.Value * 100)} %. C'est la seule association d'actes permise : un épisode respiratoire aigu (désencombrement urgent) avec une rééducation d'une autre nature.");

        foreach (var third in acts.Where(a => a != first && a != second))
        {
            third.Billable = false;
            context.Error(RuleId.CumulNotAllowed, $"{third.Code} n'est pas facturable : l'article 11 B ne permet que deux actes dans la séance ({first.Code} et {second.Code}), un troisième acte n'est pas facturable. Retirez-le.", third.Code);
        }
    }

    private static void CheckIsolatedBilans(QuoteContext context)
    {
        var treatment = context.BillableReeducation.FirstOrDefault();
        var bdk = context.Billable.FirstOrDefault(a => a.Act.BilanCadence is not null);
        if (treatment is null && bdk is null)
        {
            return;
        }

        foreach (var bilan in context.Billable.Where(a => a.Act.IsolatedBilan).ToList())
        {
            bilan.Billable = false;
            var why = treatment is not null
                ? $"Avec {treatment.Code}, cotez le bilan-diagnostic (BDK) si il est dû."
                : $"{bdk!.Code} ({bdk.Act.ShortLabel}) ouvre ou accompagne une rééducation : le bilan isolé ne se cote pas avec lui dans la même séance. Gardez le BDK si une rééducation est prescrite, sinon le seul bilan isolé.";
            context.Error(RuleId.CumulNotAllowed, $"{bilan.Code} est un bilan isolé : il ne se facture qu'en l'absence de traitement de rééducation en cours ou prescrit (NGAP Titre XIV chap. I section 1 ; source UNCAM-2021-05-27). {why}", bilan.Code);
        }
    }

    private static void CheckSupplements(QuoteContext context)
    {
        var reeducationLetters = context.Catalog.ReeducationLetters;
        foreach (var supplement in context.Billable.Where(a => a.Act.Kind == ActKind.Supplement).ToList())
        {
            var acts = context.BillableReeducation.ToList();
            if (acts.Count == 0)
            {
                supplement.Billable = false;
                context.Error(RuleId.CumulNotAllowed, $"{supplement.Code} est un supplément : il s'ajoute à un acte de rééducation de la même séance, jamais seul. Ajoutez l'acte de la séance.", supplement.Code);
            }
            else if (reeducationLetters.Contains(supplement.Act.Letter) && acts.All(a => a.Act.Letter != supplement.Act.Letter))
            {
                supplement.Billable = false;
                context.Error(RuleId.CumulNotAllowed, $"{supplement.Code} ({supplement.Act.ShortLabel}) ne s'ajoute qu'à un acte {supplement.Act.Letter} ({supplement.Act.ArticleLabel}), pas à {string.Join(", ", acts.Select(a => a.Code.ToString()))}.", supplement.Code);
            }
        }
    }
}
