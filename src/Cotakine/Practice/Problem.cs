namespace Cotakine.Practice;

/// <summary>
/// Why the practice refuses an action, on one field: <paramref name="Field"/> is the domain's name for it (the API's
/// JSON name, camelCase: <c>amount</c>, <c>sessionIds</c>, <c>travelKm</c>), <paramref name="Message"/> the French reason
/// without the field's name. The adapters say it their way: the API as « amount : … » under the JSON name, a page
/// beside its form field with the field's French label. A problem is a result, never an exception.
/// </summary>
public sealed record Problem(string Field, string Message)
{
    /// <summary>
    /// The refusal is not bad input but the state of the practice: what is asked already exists (a session already
    /// invoiced, an invoice already cancelled by a credit note, a payment on a cancelled invoice). The API answers 409
    /// instead of 400, and the page links to <see cref="ExistingInvoiceId"/> when there is one.
    /// </summary>
    public bool IsConflict { get; init; }

    /// <summary>The document that already exists and is the reason for a <see cref="IsConflict">conflict</see>, when there is one.</summary>
    public Guid? ExistingInvoiceId { get; init; }

    /// <summary>A conflict on <paramref name="field"/>: what is asked already exists (see <see cref="IsConflict"/>).</summary>
    public static Problem Conflict(string field, string message, Guid? existingInvoiceId = null) =>
        new(field, message) { IsConflict = true, ExistingInvoiceId = existingInvoiceId };
}
