using Cotakine.Quoting;

namespace Cotakine.BenchHost;

/// <summary>
/// What the year batch reads of one stored session (a projection, never a tracked entity): enough to rebuild its quote
/// request and to compare the new quote with the amounts stored when it was priced.
/// </summary>
internal sealed record BatchSession(
    Guid PlanId, int Number, DateOnly Date, TimeOnly? Time, PlaceOfCare Place, decimal? TravelKm, bool Urgent, long TotalCents, long AmoCents);
