namespace Cotakine.Catalog;

/// <summary>
/// The franchise médicale as data (<c>coverage.json</c>, « franchise »): its amounts by period and the coverages exempt
/// from it. The kiné never deducts it from the invoice — the caisse withholds it from the patient's reimbursement — but
/// the patient sees it on the statement, so the quote says how much and why.
/// </summary>
/// <param name="Text">What the franchise is, in French, shown with every estimate.</param>
/// <param name="Rates">Amounts and caps by period, not overlapping.</param>
/// <param name="Exemptions">Coverages exempt (or whose exemption is unsure).</param>
public sealed record FranchiseRules(string Text, IReadOnlyList<FranchiseRate> Rates, IReadOnlyList<FranchiseExemption> Exemptions)
{
    /// <summary>The rate in force on <paramref name="date"/>, or null before the franchise existed.</summary>
    public FranchiseRate? RateOn(DateOnly date)
    {
        foreach (var rate in Rates)
        {
            if (rate.Validity.Contains(date))
            {
                return rate;
            }
        }

        return null;
    }
}
