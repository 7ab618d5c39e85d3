namespace Cotakine.Practice.Invoicing;

/// <summary>
/// An invoice number: the year and a sequence without gaps per practitioner and year, printed <c>2026-000001</c>.
/// Gap-free numbering is what the tax rules ask of invoices; credit notes take their number in the same sequence.
/// </summary>
public readonly record struct InvoiceNumber(int Year, long Sequence)
{
    /// <inheritdoc />
    public override string ToString() => $"{Year:D4}-{Sequence:D6}";
}
