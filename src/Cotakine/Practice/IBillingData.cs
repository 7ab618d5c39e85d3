namespace Cotakine.Practice;

/// <summary>Marks billing data: every insert, update or delete of such a row is written to the audit log in the same transaction.</summary>
public interface IBillingData
{
    /// <summary>The row's identifier, as written in the audit log.</summary>
    Guid Id { get; }
}
