namespace Cotakine.Quoting;

/// <summary>The nature of a quote line, as the contract spells it (<c>act</c>, <c>bilan</c>, <c>supplement</c>, <c>travel</c>, <c>majoration</c>, <c>fee</c>).</summary>
public enum LineKind
{
    /// <summary>A rééducation act.</summary>
    Act,

    /// <summary>A bilan.</summary>
    Bilan,

    /// <summary>A supplement added to an act.</summary>
    Supplement,

    /// <summary>A travel indemnity or kilometre allowance.</summary>
    Travel,

    /// <summary>A night or Sunday/holiday majoration.</summary>
    Majoration,

    /// <summary>A dépassement or hors-nomenclature fee.</summary>
    Fee,
}
