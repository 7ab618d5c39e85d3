using Cotakine.Territories;

namespace Cotakine.Catalog;

/// <summary>The kilometre allowance (IK plaine, IKM montagne, IKS à pied ou à ski) per km in a territory.</summary>
public sealed record KilometreRate(string Code, string Zone, TerritoryKind Territory, decimal Rate, Validity Validity, IReadOnlyList<string> Sources, Confidence Confidence);
