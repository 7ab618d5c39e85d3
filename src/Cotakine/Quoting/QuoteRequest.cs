using Cotakine.Catalog;
using Cotakine.Territories;

namespace Cotakine.Quoting;

/// <summary>
/// One session to quote, already validated by an adapter (CLI, API, UI): the domain never sees malformed input.
/// <see cref="Time"/> is local to the place of care.
/// </summary>
public sealed record QuoteRequest(
    DateOnly Date,
    TimeOnly? Time,
    Department Department,
    PlaceOfCare Place,
    IReadOnlyList<ActCode> Acts,
    bool Urgent,
    Travel? Travel,
    SeriesPosition? Series,
    Patient Patient,
    IReadOnlyList<Fee> Fees);
