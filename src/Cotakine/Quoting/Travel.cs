namespace Cotakine.Quoting;

/// <summary>
/// The kiné travelled to the patient. <see cref="DistanceKm"/> is one way, from the practice (or the nearest practice when
/// that one is nearer, NGAP art. 13); <see cref="SameAgglomeration"/> whether practice and patient are in one agglomeration.
/// </summary>
public sealed record Travel(decimal DistanceKm, TravelZone Zone, bool SameAgglomeration);
