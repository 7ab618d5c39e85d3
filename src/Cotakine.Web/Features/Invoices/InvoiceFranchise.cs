namespace Cotakine.Web.Features.Invoices;

/// <summary>
/// The franchise médicale an invoice mentions: the most the caisse will withhold from the patient's reimbursement for its
/// sessions (<see cref="Amount"/>, never deducted from the invoice), whether the patient is exempt, and the French note
/// with its source, as the quote says it.
/// </summary>
internal sealed record InvoiceFranchise(decimal Amount, bool Exempt, string Note);
