namespace Cotakine.Quoting;

/// <summary>What the quote needs to know of the patient.</summary>
public sealed record Patient(Coverage Coverage, Regime Regime)
{
    /// <summary>Standard coverage, régime général.</summary>
    public static Patient Default { get; } = new(Coverage.Standard, Regime.General);
}
