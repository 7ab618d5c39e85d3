namespace Cotakine.Quoting;

/// <summary>
/// What the assurance maladie will withhold from the patient's reimbursement for this session as franchise médicale
/// (1 € per paramedical act, at most the daily cap): shown on the quote and the invoice so the patient is not surprised,
/// never deducted from the total. <see cref="Amount"/> is an upper bound for this session alone — the daily cap counts
/// every paramedical act of the day and the yearly cap every franchise of the year, which one session cannot know — and
/// is 0 for an exempt coverage (C2S, maternité). <see cref="Note"/> says all this in French, with the source.
/// </summary>
public sealed record FranchiseEstimate(
    decimal Amount,
    decimal PerAct,
    int Acts,
    decimal DailyCap,
    decimal AnnualCap,
    bool Exempt,
    string Note,
    IReadOnlyList<string> Sources,
    Catalog.Confidence Confidence);
