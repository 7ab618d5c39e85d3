namespace Cotakine.Catalog;

/// <summary>Whether dépassements and hors-nomenclature fees are allowed for a coverage (forbidden for C2S).</summary>
public sealed record FeeRule(string Coverage, bool FeesAllowed, string Text, IReadOnlyList<string> Sources, Confidence Confidence);
