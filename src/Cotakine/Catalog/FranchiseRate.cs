namespace Cotakine.Catalog;

/// <summary>
/// The franchise médicale on paramedical acts over a period: what the assurance maladie withholds per act from what it
/// reimburses the patient, and its daily and yearly caps (1 € per act, 4 € a day, 50 € a year since 31 March 2024).
/// Data, because the amounts are set by decree and were nearly doubled again for 2026.
/// </summary>
public sealed record FranchiseRate(decimal PerAct, decimal DailyCap, decimal AnnualCap, Validity Validity, IReadOnlyList<string> Sources, Confidence Confidence);
