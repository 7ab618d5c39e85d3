using System.Globalization;
using Cotakine.Catalog;
using Cotakine.Money;
using Cotakine.Territories;

namespace Cotakine.Web.Nomenclature;

/// <summary>
/// Reads the catalog the way the nomenclature pages show it: acts by article on a date, an act's rows over its whole
/// history, and what changes at the next revaluation. Prices go through <see cref="MoneyRounding"/>, like the quote's.
/// </summary>
public sealed class NomenclatureBrowser(NgapCatalog catalog)
{
    /// <summary>The catalog shown.</summary>
    public NgapCatalog Catalog { get; } = catalog;

    /// <summary>Acts in force on <paramref name="date"/> (or only <paramref name="versions"/> when given), grouped by article in NGAP order.</summary>
    public IReadOnlyList<ArticleGroup> ByArticle(DateOnly date, IEnumerable<ActVersion>? versions = null) =>
        (versions ?? Catalog.InForce(date))
            .Select(v => Row(v, date))
            .GroupBy(r => r.Act.Article, StringComparer.Ordinal)
            .OrderBy(g => ArticleOrder(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ArticleGroup(g.Key, g.First().Act.ArticleLabel, g.ToList()))
            .ToList();

    /// <summary>The row of one version, priced on <paramref name="date"/>.</summary>
    public ActRow Row(ActVersion version, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(version);
        var act = version.Act;
        var metro = Catalog.PointValue(act.Letter, TerritoryKind.Metro, date);
        var drom = Catalog.PointValue(act.Letter, TerritoryKind.Drom, date);
        var toCheck = new List<string>();
        if (version.Period.Planned)
        {
            toCheck.Add("Cotation prévue, pas encore confirmée (comité d'alerte) : à vérifier sur ameli.");
        }
        else if (version.Period.Confidence == Confidence.Unsure)
        {
            toCheck.Add("Coefficient de source incertaine : à vérifier.");
        }

        if (act.Dap is { Confidence: Confidence.Unsure })
        {
            toCheck.Add("Seuil du référentiel de source incertaine : à vérifier.");
        }

        if (metro is { Confidence: Confidence.Unsure })
        {
            toCheck.Add("Valeur du point de source incertaine : à vérifier.");
        }

        toCheck.AddRange(act.Notes.Where(n => n.Confidence == Confidence.Unsure).Select(n => n.Text));
        var announcements = Catalog.Announcements.Where(a => a.Concerns(act, date)).ToList();
        return new ActRow(version, Price(version.Coefficient, metro), Price(version.Coefficient, drom), Referentiel(act, date), toCheck, announcements);
    }

    /// <summary>
    /// The référentiel threshold in words (« DAP au-delà de 40 séances »), or « — » where none applies; the raised threshold
    /// states its condition from the rule parameters in force on <paramref name="date"/>.
    /// </summary>
    public string Referentiel(Act act, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(act);
        if (!act.Referentiel || act.Dap is null)
        {
            return act.HorsReferentiel ? "hors référentiel" : "—";
        }

        var text = act.Dap.SessionsBeforeDap == 0
            ? "DAP dès la 1re séance"
            : string.Create(CultureInfo.InvariantCulture, $"DAP au-delà de {act.Dap.SessionsBeforeDap} séances");
        return act.Dap.RaisedThreshold is { } reduced
            ? string.Create(CultureInfo.InvariantCulture, $"{text} ({reduced} après {Catalog.Parameter("dap.raisedThresholdPriorSessions", date).Value:0} séances en {Catalog.Parameter("dap.lookbackMonths", date).Value:0} mois)")
            : text;
    }

    /// <summary>The first revaluation strictly after <paramref name="date"/>, or null when the catalog knows none.</summary>
    public Revaluation? NextRevaluation(DateOnly date)
    {
        var starts = Catalog.Acts.SelectMany(a => a.Periods).Select(p => p.Validity.From)
            .Concat(Catalog.PointValues.Select(p => p.Validity.From))
            .Where(d => d > date)
            .ToList();
        if (starts.Count == 0)
        {
            return null;
        }

        var next = starts.Min();
        var dayBefore = next.AddDays(-1);
        var changes = new List<RevaluationChange>();
        foreach (var act in Catalog.Acts)
        {
            var before = act.On(dayBefore);
            var after = act.On(next);
            if (before is null && after is null)
            {
                continue;
            }

            var priceBefore = before is null ? null : Price(before.Coefficient, Catalog.PointValue(act.Letter, TerritoryKind.Metro, dayBefore));
            var priceAfter = after is null ? null : Price(after.Coefficient, Catalog.PointValue(act.Letter, TerritoryKind.Metro, next));
            if (before?.Code == after?.Code && priceBefore == priceAfter)
            {
                continue;
            }

            changes.Add(new RevaluationChange(act, before, after, priceBefore, priceAfter, after?.Period.Planned ?? false, after?.Period.Confidence == Confidence.Unsure));
        }

        var pointChanges = Catalog.PointValues
            .Where(p => p.Validity.From == next)
            .Select(p => $"Valeur du point {string.Join(", ", p.Letters.Select(l => l == "*" ? "(toutes lettres)" : l))} ({(p.Territory == TerritoryKind.Drom ? "DROM" : "métropole")}) : {Fr.Euros(p.Value)}")
            .ToList();
        return new Revaluation(next, changes.OrderBy(c => ArticleOrder(c.Act.Article)).ThenBy(c => c.Act.Letter, StringComparer.Ordinal).ToList(), pointChanges);
    }

    private static decimal? Price(decimal coefficient, PointValue? pointValue) =>
        pointValue is null ? null : MoneyRounding.Price(coefficient, pointValue.Value);

    private static int ArticleOrder(string article) =>
        int.TryParse(article, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1000;
}
