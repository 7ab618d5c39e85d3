namespace Cotakine.Catalog;

/// <summary>A flat fee for a return-home programme (FRD post-AVC, FAD post-orthopaedic surgery).</summary>
public sealed record Forfait(string Code, string Label, decimal Amount, Validity Validity, IReadOnlyList<string> Sources, Confidence Confidence, string? Note);
