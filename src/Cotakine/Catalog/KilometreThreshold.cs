namespace Cotakine.Catalog;

/// <summary>
/// NGAP art. 13: IK are due only beyond <see cref="MinimumOneWayKm"/> (2 km plaine, 1 km montagne), and the
/// <see cref="DeductedKmEachWay"/> first kilometres of each way are not paid.
/// </summary>
public sealed record KilometreThreshold(string Zone, decimal MinimumOneWayKm, decimal DeductedKmEachWay, Validity Validity, IReadOnlyList<string> Sources, Confidence Confidence, string? Note);
