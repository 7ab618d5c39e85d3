using Cotakine.Catalog;
using Cotakine.Quoting;

namespace Cotakine.Practice.Sessions;

/// <summary>
/// What the kiné says of a session to record: its date and local time, where it took place, the one-way distance away
/// from the practice, whether it was urgent; and, as « Coter une séance » lets them say it: whether practice and patient are
/// in the same agglomeration (null: the default of <see cref="Agglomeration"/>), the acts billed besides the plan's own
/// (the bilan, or a second act where article 11 B allows it) and whether a majoration the engine would add is left out
/// (the night one when the call came outside 19 h–7 h). The same for the page, the API and a bulk load, so that one
/// <see cref="SessionPricing"/> prices them all the same way.
/// </summary>
public sealed record SessionInput(
    DateOnly Date, TimeOnly? Time, PlaceOfCare Place, decimal? TravelKm, bool Urgent,
    bool? SameAgglomeration = null, IReadOnlyList<ActCode>? ExtraActs = null, bool WithoutMajoration = false)
{
    /// <summary>The acts billed besides the plan's (none by default).</summary>
    public IReadOnlyList<ActCode> Extra => ExtraActs ?? [];
}
