namespace Cotakine.Catalog;

/// <summary>A numeric parameter of a billing rule (article 11 B rate, DAP tacit-agreement delay…), dated and sourced.</summary>
public sealed record RuleParameter(string Id, decimal Value, string Text, Validity Validity, IReadOnlyList<string> Sources, Confidence Confidence);
