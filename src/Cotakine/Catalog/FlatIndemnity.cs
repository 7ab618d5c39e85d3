namespace Cotakine.Catalog;

/// <summary>A flat travel indemnity (IFD, IFS, and before 2026 IFO/IFR/IFN/IFP) with its amount over a period.</summary>
public sealed record FlatIndemnity(string Code, string Label, decimal Amount, Validity Validity, IReadOnlyList<string> Sources, Confidence Confidence);
