using System.Collections.Concurrent;

namespace Cotakine.LoadSupport;

/// <summary>
/// One practice of a load run: the kiné's signed-in client (kept for the final check), its two practitioners, the
/// accounts of its users, and what its users created (invoices with the amount paid, patients), to compare afterwards
/// with what the server lists.
/// </summary>
public sealed class PracticeState(int index, HttpClient owner, IReadOnlyList<Guid> practitioners, IReadOnlyList<(string Email, string Password)> accounts)
{
    /// <summary>Rank of the practice in the run.</summary>
    public int Index { get; } = index;

    /// <summary>The kiné's client, signed in.</summary>
    public HttpClient Owner { get; } = owner;

    /// <summary>The practice's practitioners (invoices are numbered per practitioner).</summary>
    public IReadOnlyList<Guid> Practitioners { get; } = practitioners;

    /// <summary>The user accounts (the kiné first, then the secrétaires).</summary>
    public IReadOnlyList<(string Email, string Password)> Accounts { get; } = accounts;

    /// <summary>Invoices issued by the users, and whether their AMO payment was recorded.</summary>
    public ConcurrentBag<(Guid Id, string Number, Guid PractitionerId, bool Paid)> Invoices { get; } = [];

    /// <summary>Patients created by the users.</summary>
    public ConcurrentBag<Guid> Patients { get; } = [];
}
