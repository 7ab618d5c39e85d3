namespace Cotakine.Catalog;

/// <summary>The share the compulsory insurer (AMO) pays for a coverage and régime (60 % standard, 90 % Alsace-Moselle, 100 % ALD…).</summary>
/// <param name="Regime"><c>general</c>, <c>alsace-moselle</c> or <c>*</c> for any.</param>
public sealed record AmoRate(string Coverage, string Regime, decimal Rate, Validity Validity, IReadOnlyList<string> Sources, Confidence Confidence);
