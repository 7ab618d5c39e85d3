using Cotakine.Quoting;

namespace Cotakine.Practice.Sessions;

/// <summary>
/// What the kiné says of a session to record: its date and local time, where it took place, the one-way distance at
/// home, whether it was urgent. The same for the page, the API and a bulk load, so that one <see cref="SessionPricing"/>
/// prices them all the same way.
/// </summary>
public sealed record SessionInput(DateOnly Date, TimeOnly? Time, PlaceOfCare Place, decimal? TravelKm, bool Urgent);
