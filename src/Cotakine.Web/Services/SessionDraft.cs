using Cotakine.Quoting;

namespace Cotakine.Web.Services;

/// <summary>
/// A session checked and priced but not saved yet: the page shows <see cref="Quote"/> (lines, reasons, issues) before the
/// kiné saves; the API saves at once. <see cref="Errors"/> holds input problems (then there is no quote).
/// </summary>
internal sealed record SessionDraft(Errors Errors, int Number, QuoteRequest? Request, Quote? Quote);
