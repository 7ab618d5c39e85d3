namespace Cotakine.Catalog;

/// <summary>The share the compulsory insurer (AMO) pays for a coverage and régime (60 % standard, 90 % Alsace-Moselle, 100 % ALD…).</summary>
/// <param name="Regime"><c>general</c>, <c>alsace-moselle</c> or <c>*</c> for any.</param>
/// <param name="Complementary">
/// The payer of the rest of the NGAP tariff when a public complementary covers it (<c>c2s</c>: the complémentaire santé
/// solidaire pays the ticket modérateur while the AMO keeps its own rate), or null when the rest is the patient's.
/// </param>
public sealed record AmoRate(string Coverage, string Regime, decimal Rate, Validity Validity, IReadOnlyList<string> Sources, Confidence Confidence, string? Complementary = null);
