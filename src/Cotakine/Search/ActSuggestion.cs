using Cotakine.Catalog;

namespace Cotakine.Search;

/// <summary>
/// One act suggested for a prescription, as in force on the date, with why (<see cref="Because"/>: « segment: épaule
/// ou bras (clavicule) », « opéré: ostéosynthèse »), so that the kiné can check the reading before trusting it.
/// </summary>
public sealed record ActSuggestion(ActVersion Version, double Score, IReadOnlyList<string> Because);
