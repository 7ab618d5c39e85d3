using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Cotakine.Catalog;

namespace Cotakine.Quoting.Rules;

/// <summary>
/// The French texts of act lines, built once per catalog: the canonical code and the rule text of an act version priced
/// with a point-value row (« Acte RAM 8.09 : coefficient 8.09 × valeur du point 2,21 € (métropole) — NGAP … ») never
/// change for an immutable catalog, and formatting them for every line was a large share of a quote's time and
/// allocations. Thread-safe: the web app quotes concurrently with one catalog.
/// </summary>
internal sealed class LineTextCache
{
    private static readonly ConditionalWeakTable<NgapCatalog, LineTextCache> PerCatalog = [];

    private readonly ConcurrentDictionary<Key, LineText> _texts = new();

    /// <summary>The cache of <paramref name="catalog"/>, created on first use and collected with it.</summary>
    public static LineTextCache For(NgapCatalog catalog) => PerCatalog.GetValue(catalog, _ => new LineTextCache());

    /// <summary>The code and rule text (without a rate reason) of <paramref name="version"/> priced with <paramref name="pointValue"/>.</summary>
    public LineText Get(ActVersion version, PointValue pointValue) =>
        _texts.GetOrAdd(new Key(version, pointValue), static key => Build(key.Version, key.PointValue));

    private static LineText Build(ActVersion version, PointValue pointValue)
    {
        var act = version.Act;
        var what = act.Kind switch
        {
            ActKind.Bilan => "Bilan",
            ActKind.Supplement => "Supplément",
            _ => "Acte",
        };
        var code = version.Code;
        var rule = $"{what} {code} : coefficient {ActCode.FormatCoefficient(version.Coefficient)} × valeur du point "
            + $"{RuleText.Euro(pointValue.Value)} ({RuleText.Territory(pointValue.Territory)}) — NGAP {act.ArticleLabel} ; source {RuleText.Sources(version.Period.Sources)}";
        return new LineText(code.ToString(), rule);
    }

    /// <summary>An act version and a point-value row, compared by reference (both are catalog instances).</summary>
    private readonly struct Key(ActVersion version, PointValue pointValue) : IEquatable<Key>
    {
        public ActVersion Version { get; } = version;

        public PointValue PointValue { get; } = pointValue;

        public bool Equals(Key other) => ReferenceEquals(Version, other.Version) && ReferenceEquals(PointValue, other.PointValue);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Version), RuntimeHelpers.GetHashCode(PointValue));
    }
}
