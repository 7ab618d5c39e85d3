using Cotakine.Catalog;
using Cotakine.Territories;

namespace Cotakine.Quoting.Rules;

/// <summary>
/// The working state of one quote while the rules run in order: the acts as resolved on the date (each rule may lower a
/// rate or drop an act the NGAP says is not billable), the extra lines (travel, majoration, fees) and the issues.
/// Lives only inside <see cref="QuoteEngine.Quote"/>.
/// </summary>
internal sealed class QuoteContext(NgapCatalog catalog, QuoteRequest request)
{
    public NgapCatalog Catalog { get; } = catalog;

    public QuoteRequest Request { get; } = request;

    /// <summary>The catalog's constant line texts.</summary>
    public LineTextCache LineTexts { get; } = LineTextCache.For(catalog);

    public DateOnly Date => Request.Date;

    public TerritoryKind Territory => Request.Department.Territory;

    /// <summary>The acts found in force on the date, in request order.</summary>
    public List<SessionAct> Acts { get; } = [];

    /// <summary>Lines other than acts (travel, majoration, fee), in the order the rules add them.</summary>
    public List<QuoteLine> ExtraLines { get; } = [];

    public List<QuoteIssue> Issues { get; } = [];

    /// <summary>The acts still billable after the rules so far.</summary>
    public IEnumerable<SessionAct> Billable => Acts.Where(a => a.Billable);

    /// <summary>The billable rééducation acts (not bilans, not supplements).</summary>
    public IEnumerable<SessionAct> BillableReeducation => Billable.Where(a => a.Act.Kind == ActKind.Reeducation);

    public void Error(string rule, string message, ActCode? code = null) => Add(Severity.Error, rule, message, code);

    public void Warning(string rule, string message, ActCode? code = null) => Add(Severity.Warning, rule, message, code);

    public void Info(string rule, string message, ActCode? code = null) => Add(Severity.Info, rule, message, code);

    private void Add(Severity severity, string rule, string message, ActCode? code) =>
        Issues.Add(new QuoteIssue(severity, rule, message, code?.ToString()));
}
