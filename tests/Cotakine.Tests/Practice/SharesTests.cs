using Cotakine.Practice.Invoicing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cotakine.Tests.Practice;

/// <summary>
/// Invoice shares: AMO + AMC + patient = total, always (ngap-facts §F–J: the AMO pays its rate, the AMC at most the
/// rest, the patient the remainder). Amounts in cents, so no rounding happens here.
/// </summary>
public sealed class SharesTests
{
    [Fact]
    public void Amc_is_capped_at_what_the_amo_leaves()
    {
        // 3 sessions at 18.20 € with the AMO at 60 % (ngap-facts §J, « AMO rate for MK acts: 60 % »): total 54.60 €, AMO 32.76 €.
        Assert.Equal(new Shares(5460, 3276, 1000, 1184), Shares.Split(5460, 3276, 1000));
        Assert.Equal(new Shares(5460, 3276, 2184, 0), Shares.Split(5460, 3276, 9999));
        Assert.Equal(new Shares(5460, 3276, 0, 2184), Shares.Split(5460, 3276, -5));
    }

    [Property(MaxTest = 500)]
    public Property Shares_sum_to_the_total_and_none_is_negative() =>
        Prop.ForAll(
            Gen.Choose(0, 1_000_000).SelectMany(total => Gen.Choose(0, total).SelectMany(amo => Gen.Choose(-1000, 1_000_000).Select(amc => (total, amo, amc)))).ToArbitrary(),
            t =>
            {
                var shares = Shares.Split(t.total, t.amo, t.amc);
                var credit = shares.Negate();
                return shares.Amo + shares.Amc + shares.Patient == shares.Total && shares.Amc >= 0 && shares.Patient >= 0
                    && credit.Amo + credit.Amc + credit.Patient == credit.Total && credit.Total == -shares.Total
                    && shares.Of(Payer.Amo) == shares.Amo && shares.Of(Payer.Amc) == shares.Amc && shares.Of(Payer.Patient) == shares.Patient;
            });
}
