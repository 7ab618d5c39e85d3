using Cotakine.Catalog;
using Cotakine.Territories;

namespace Cotakine.Quoting;

/// <summary>
/// One session to quote, already validated by an adapter (CLI, API, UI): the domain never sees malformed input.
/// <see cref="Time"/> is local to the place of care. <see cref="Prescribed"/> (a session of a plan) checks the night and
/// Sunday majorations against the prescription; <see cref="WithoutMajoration"/> leaves out a majoration the kiné knows is not
/// due (the call was received outside the night window). Neither is part of the public contract's request.
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
    IReadOnlyList<Fee> Fees,
    PrescribedCare? Prescribed = null,
    bool WithoutMajoration = false);
