using Cotakine.Catalog;
using Cotakine.Money;

namespace Cotakine.Quoting.Rules;

/// <summary>
/// One act of the session as in force on the date, with its unit price (coefficient × point value, rounded once) and the
/// share billed: <see cref="Rate"/> is 1.0, or the article 11 B rate for the second act, whose amount is its reduced
/// coefficient times the point value, rounded once (<see cref="MoneyRounding.ReducedPrice"/>). <see cref="Billable"/> is false
/// when a rule found that the NGAP does not allow billing it in this session (the issue says why).
/// </summary>
internal sealed class SessionAct(ActVersion version, PointValue pointValue, LineText text)
{
    public ActVersion Version { get; } = version;

    public Act Act => Version.Act;

    public ActCode Code => Version.Code;

    public PointValue PointValue { get; } = pointValue;

    /// <summary>The line's code and rule text, formatted once per catalog (<see cref="LineTextCache"/>).</summary>
    public LineText Text { get; } = text;

    public decimal UnitPrice { get; } = MoneyRounding.Price(version.Coefficient, pointValue.Value);

    public decimal Rate { get; set; } = 1m;

    /// <summary>Why the rate is not 1.0, for the line's rule text.</summary>
    public string? RateReason { get; set; }

    public bool Billable { get; set; } = true;

    public LineKind Kind => Act.Kind switch
    {
        ActKind.Bilan => LineKind.Bilan,
        ActKind.Supplement => LineKind.Supplement,
        _ => LineKind.Act,
    };

    public QuoteLine ToLine()
    {
        var rule = RateReason is null ? Text.Rule : $"{Text.Rule} ; {RateReason}";
        return new QuoteLine(Text.Code, Kind, Act.Label, 1m, UnitPrice, Rate, Rate == 1m ? UnitPrice : MoneyRounding.ReducedPrice(Version.Coefficient, PointValue.Value, Rate), rule);
    }
}
