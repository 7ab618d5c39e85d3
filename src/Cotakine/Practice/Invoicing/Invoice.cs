namespace Cotakine.Practice.Invoicing;

/// <summary>
/// An issued NGAP invoice or credit note. Immutable once written: the audit interceptor refuses any update or delete;
/// a correction is a credit note referencing it. Numbered without gaps per practitioner and year.
/// </summary>
public sealed class Invoice : IPracticeOwned, IBillingData
{
    /// <inheritdoc />
    public Guid Id { get; set; }

    /// <inheritdoc />
    public Guid PracticeId { get; set; }

    /// <summary>The issuing practitioner.</summary>
    public Guid PractitionerId { get; set; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; set; }

    /// <summary>Invoice or credit note.</summary>
    public InvoiceKind Kind { get; set; }

    /// <summary>Year of the sequence.</summary>
    public int Year { get; set; }

    /// <summary>Sequence within practitioner and year, from 1, without gaps.</summary>
    public long Sequence { get; set; }

    /// <summary>Printed number (<c>2026-000001</c>).</summary>
    public string Number { get; set; } = "";

    /// <summary>Issue instant (UTC).</summary>
    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>
    /// <see cref="IssuedAt"/> as whole microseconds since 1970-01-01 UTC (truncated, the precision PostgreSQL keeps), set
    /// by the practice database context when the document is saved. The same instant as an integer, because SQLite stores
    /// <see cref="DateTimeOffset"/> as text and can neither order on it nor range it through an index: the invoice list
    /// sorts newest first and filters a range of the practice's days (turned into instants in its time zone) on this.
    /// </summary>
    public long IssuedAtUnixMicroseconds { get; set; }

    /// <summary>The value of <see cref="IssuedAtUnixMicroseconds"/> for an instant.</summary>
    public static long UnixMicroseconds(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    /// <summary>The invoice a credit note cancels.</summary>
    public Guid? CreditedInvoiceId { get; set; }

    /// <summary>Whether the AMO (and AMC) are paid directly by the caisses (tiers payant).</summary>
    public bool TiersPayant { get; set; }

    /// <summary>Total in cents.</summary>
    public long TotalCents { get; set; }

    /// <summary>AMO share in cents.</summary>
    public long AmoCents { get; set; }

    /// <summary>AMC share in cents.</summary>
    public long AmcCents { get; set; }

    /// <summary>Patient share in cents.</summary>
    public long PatientCents { get; set; }

    /// <summary>Ids of the billed sessions, comma-separated (kept on the invoice because sessions can be re-billed after a credit note).</summary>
    public string SessionIds { get; set; } = "";
}
