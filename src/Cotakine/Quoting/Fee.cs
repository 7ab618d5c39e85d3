namespace Cotakine.Quoting;

/// <summary>A dépassement or hors-nomenclature fee asked with the session (amount in euros, label for the patient).</summary>
public sealed record Fee(FeeKind Kind, decimal Amount, string? Label);
