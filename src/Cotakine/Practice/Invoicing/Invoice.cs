using Cotakine.Practice.Sessions;

namespace Cotakine.Practice.Invoicing;

/// <summary>
/// An issued NGAP invoice or credit note: a legal document, immutable once written (no setter after creation; the
/// persistence layer refuses any update or delete); a correction is a credit note referencing it. Numbered without gaps
/// per practitioner and year. Created only by <see cref="Issue"/> and <see cref="CreditNote"/>, which fix the issue instant
/// and the issue day once, in the practice's calendar: the day printed on the document, the numbering year and the
/// exports all read <see cref="IssuedOn"/>, so an invoice issued in Guadeloupe at 21:00 is dated that day there.
/// </summary>
public sealed class Invoice : IPracticeOwned, IBillingData
{
    /// <inheritdoc />
    public Guid Id { get; init; }

    /// <inheritdoc />
    public Guid PracticeId { get; init; }

    /// <summary>The issuing practitioner.</summary>
    public Guid PractitionerId { get; init; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; init; }

    /// <summary>Invoice or credit note.</summary>
    public InvoiceKind Kind { get; init; }

    /// <summary>Year of the sequence.</summary>
    public int Year { get; init; }

    /// <summary>Sequence within practitioner and year, from 1, without gaps.</summary>
    public long Sequence { get; init; }

    /// <summary>Printed number (<c>2026-000001</c>).</summary>
    public string Number { get; init; } = "";

    /// <summary>Issue instant (UTC).</summary>
    public DateTimeOffset IssuedAt { get; init; }

    /// <summary>The issue day in the practice's calendar when it was issued: the date printed on the document.</summary>
    public DateOnly IssuedOn { get; init; }

    /// <summary>
    /// <see cref="IssuedAt"/> as whole microseconds since 1970-01-01 UTC (truncated, the precision PostgreSQL keeps), set
    /// when the document is issued. The same instant as an integer, because SQLite stores
    /// <see cref="DateTimeOffset"/> as text and can neither order on it nor range it through an index: the invoice list
    /// sorts newest first and filters a range of the practice's days (turned into instants in its time zone) on this.
    /// </summary>
    public long IssuedAtUnixMicroseconds { get; init; }

    /// <summary>The value of <see cref="IssuedAtUnixMicroseconds"/> for an instant.</summary>
    public static long UnixMicroseconds(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    /// <summary>The invoice a credit note cancels.</summary>
    public Guid? CreditedInvoiceId { get; init; }

    /// <summary>Whether the AMO (and AMC) are paid directly by the caisses (tiers payant).</summary>
    public bool TiersPayant { get; init; }

    /// <summary>Total in cents.</summary>
    public long TotalCents { get; init; }

    /// <summary>AMO share in cents.</summary>
    public long AmoCents { get; init; }

    /// <summary>AMC share in cents.</summary>
    public long AmcCents { get; init; }

    /// <summary>Patient share in cents.</summary>
    public long PatientCents { get; init; }

    /// <summary>Ids of the billed sessions, comma-separated (kept on the invoice because sessions can be re-billed after a credit note).</summary>
    public string SessionIds { get; init; } = "";

    /// <summary>The billed session ids.</summary>
    public IReadOnlyList<Guid> SessionIdList =>
        SessionIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    /// <summary>The split of the total between payers.</summary>
    public Shares Shares => new(TotalCents, AmoCents, AmcCents, PatientCents);

    /// <summary>Whether the document is a credit note.</summary>
    public bool IsCreditNote => Kind == InvoiceKind.CreditNote;

    /// <summary>
    /// Issues the invoice numbered <paramref name="number"/> at <paramref name="issuedAt"/> for <paramref name="sessions"/>
    /// (one patient, one kiné, unbilled: <see cref="InvoiceEligibility"/>), which it marks billed. The number's year must be
    /// the numbering year of the instant in <paramref name="calendar"/>: the number and the date are taken in one step.
    /// </summary>
    public static Invoice Issue(
        Guid practiceId, Guid practitionerId, Guid patientId, InvoiceNumber number, DateTimeOffset issuedAt, PracticeCalendar calendar,
        Shares shares, bool tiersPayant, IReadOnlyList<Session> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var invoice = Create(practiceId, practitionerId, patientId, InvoiceKind.Invoice, null, number, issuedAt, calendar, shares, tiersPayant, sessions);
        foreach (var session in sessions)
        {
            session.BillTo(invoice.Id);
        }

        return invoice;
    }

    /// <summary>
    /// The credit note numbered <paramref name="number"/> that cancels this invoice, with every amount negated; its
    /// <paramref name="sessions"/> (the ones this invoice still bills) become billable again. A credit note is not credited.
    /// </summary>
    public Invoice CreditNote(InvoiceNumber number, DateTimeOffset issuedAt, PracticeCalendar calendar, IReadOnlyList<Session> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        if (IsCreditNote)
        {
            throw new InvalidOperationException("Un avoir ne s'annule pas par un avoir.");
        }

        var credit = Create(PracticeId, PractitionerId, PatientId, InvoiceKind.CreditNote, Id, number, issuedAt, calendar, Shares.Negate(), TiersPayant, sessions);
        foreach (var session in sessions)
        {
            session.ReleaseFrom(Id);
        }

        return credit;
    }

    private static Invoice Create(
        Guid practiceId, Guid practitionerId, Guid patientId, InvoiceKind kind, Guid? credited, InvoiceNumber number, DateTimeOffset issuedAt,
        PracticeCalendar calendar, Shares shares, bool tiersPayant, IReadOnlyList<Session> sessions)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(shares);
        if (number.Year != calendar.NumberingYear(issuedAt))
        {
            throw new InvalidOperationException($"Numéro {number} pris hors de l'année d'émission {calendar.NumberingYear(issuedAt)}.");
        }

        return new Invoice
        {
            Id = Guid.NewGuid(), PracticeId = practiceId, PractitionerId = practitionerId, PatientId = patientId, Kind = kind,
            Year = number.Year, Sequence = number.Sequence, Number = number.ToString(), IssuedAt = issuedAt, IssuedOn = calendar.DayOf(issuedAt),
            IssuedAtUnixMicroseconds = UnixMicroseconds(issuedAt), CreditedInvoiceId = credited, TiersPayant = tiersPayant,
            TotalCents = shares.Total, AmoCents = shares.Amo, AmcCents = shares.Amc, PatientCents = shares.Patient,
            SessionIds = string.Join(',', sessions.Select(s => s.Id)),
        };
    }
}
