namespace Cotakine.Practice.Invoicing;

/// <summary>
/// How an invoice total splits between payers, in cents (the unit stored): the AMO share comes from the quote, the
/// complémentaire pays what it agreed to within the rest, the patient the remainder. Always
/// <see cref="Total"/> = <see cref="Amo"/> + <see cref="Amc"/> + <see cref="Patient"/>.
/// </summary>
public sealed record Shares(long Total, long Amo, long Amc, long Patient)
{
    /// <summary>Splits <paramref name="total"/> given the AMO share and the complémentaire's (capped at what is left).</summary>
    public static Shares Split(long total, long amo, long amcRequested)
    {
        var amc = Math.Clamp(amcRequested, 0, Math.Max(0, total - amo));
        return new Shares(total, amo, amc, total - amo - amc);
    }

    /// <summary>The amount a payer owes.</summary>
    public long Of(Payer payer) => payer switch
    {
        Payer.Amo => Amo,
        Payer.Amc => Amc,
        _ => Patient,
    };

    /// <summary>The same split with every amount negated: a credit note cancels its invoice.</summary>
    public Shares Negate() => new(-Total, -Amo, -Amc, -Patient);
}
