namespace Cotakine.Catalog;

/// <summary>An act with the coefficient it has over one period: what a code designates on a date.</summary>
public sealed record ActVersion(Act Act, ActPeriod Period)
{
    /// <summary>The code in force over the period (<c>RIC 8.08</c>).</summary>
    public ActCode Code => new(Act.Letter, Period.Coefficient);

    /// <summary>The coefficient over the period.</summary>
    public decimal Coefficient => Period.Coefficient;

    /// <summary>The days the code is in force.</summary>
    public Validity Validity => Period.Validity;
}
