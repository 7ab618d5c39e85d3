namespace Cotakine.Practice.Sessions;

/// <summary>
/// What the practice's records say around a session that its quote depends on: the patient's reimbursed sessions of the
/// same act over the look-back window outside the plan (the 15/30 rule, ngap-facts §D.1), and the patient's sessions
/// already recorded that day in any plan (once-a-day limits, NGAP Titre XIV dispositions liminaires). Counted by the
/// persistence adapter; a bulk load that has no history says so with <see cref="None"/>.
/// </summary>
public sealed record SessionHistory(int SessionsLast12Months, int SessionsToday)
{
    /// <summary>No earlier session, none that day.</summary>
    public static SessionHistory None { get; } = new(0, 0);
}
