using Cotakine.Practice;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Sessions;
using Cotakine.Quoting;

namespace Cotakine.Web.Features.Sessions;

/// <summary>
/// A session checked and priced but not saved yet: the page shows <see cref="Quote"/> (lines, reasons, issues) before the
/// kiné saves; <see cref="Cover"/> says whether the plan's DAP lets it be recorded. <see cref="Problems"/> holds what
/// stops it from being priced at all (then there is no quote). <see cref="Notices"/> are the practice's warnings beside the
/// quote (an ALD patient's care outside the ALD); <see cref="SameAgglomerationDefault"/> the default the communes give
/// (null when one is not recorded), shown on the form.
/// </summary>
internal sealed record SessionDraft(
    Problems Problems, int Number, SessionInput? Input, Quote? Quote, SessionCover Cover,
    IReadOnlyList<string> Notices, bool? SameAgglomerationDefault);
