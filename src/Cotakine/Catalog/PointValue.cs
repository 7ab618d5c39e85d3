using Cotakine.Territories;

namespace Cotakine.Catalog;

/// <summary>The value of one point (€) of some key letters in a territory over a period (2.21 € metro from 22 February 2024).</summary>
/// <param name="Letters">The letters it applies to; <c>*</c> means every letter without a more specific row.</param>
public sealed record PointValue(IReadOnlyList<string> Letters, TerritoryKind Territory, decimal Value, Validity Validity, IReadOnlyList<string> Sources, Confidence Confidence)
{
    /// <summary>Whether the row names <paramref name="letter"/> explicitly.</summary>
    public bool NamesLetter(string letter) => Letters.Contains(letter, StringComparer.Ordinal);

    /// <summary>Whether the row is the default for every letter.</summary>
    public bool IsDefault => Letters.Count == 1 && Letters[0] == "*";
}
