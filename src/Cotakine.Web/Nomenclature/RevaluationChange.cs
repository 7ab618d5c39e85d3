using Cotakine.Catalog;

namespace Cotakine.Web.Nomenclature;

/// <summary>
/// How one act changes at the next revaluation date: its code and price before and after (a null side means the act
/// starts or ends then); <see cref="Planned"/> when the new period is scheduled but not confirmed.
/// </summary>
public sealed record RevaluationChange(Act Act, ActVersion? Before, ActVersion? After, decimal? PriceBefore, decimal? PriceAfter, bool Planned, bool Unsure);
