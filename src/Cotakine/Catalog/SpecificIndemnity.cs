namespace Cotakine.Catalog;

/// <summary>Which specific indemnity code a group of acts opens over a period (neuro acts: IFN until 2025, IFS from 2026).</summary>
public sealed record SpecificIndemnity(string TravelGroup, string Code, Validity Validity, IReadOnlyList<string> Sources, Confidence Confidence);
