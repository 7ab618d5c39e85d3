using Cotakine.Catalog;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Persistence;

/// <summary>
/// Issues invoices and credit notes with gap-free numbers per practitioner and year. Each document is issued in its own
/// transaction: the counter row is incremented with an atomic <c>UPDATE … RETURNING</c> (row lock on PostgreSQL, the
/// database write lock taken by <c>BEGIN IMMEDIATE</c> on SQLite), then the invoice and the session links are written
/// and the transaction commits. A crash before commit rolls the number back with the invoice; after commit both stay.
/// So a batch killed midway keeps every invoice already issued and leaves no gap and no duplicate.
/// The numbering year is the civil year in the practice's territory (<see cref="Territories.Department.TimeZoneId"/>):
/// an invoice issued on 31 December at 23:30 UTC is of the next year in Paris (00:30) and in La Réunion.
/// </summary>
public sealed class InvoiceIssuer(CotakineDbContext db, TimeProvider clock, NgapCatalog catalog)
{
    /// <summary>Issues one invoice for <paramref name="sessions"/> (same patient, plan's practitioner), already loaded and unbilled.</summary>
    public async Task<Invoice> IssueAsync(
        Guid practitionerId, Guid patientId, IReadOnlyList<Session> sessions, bool tiersPayant, long amcCents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var total = sessions.Sum(s => s.TotalCents);
        var shares = Shares.Split(total, sessions.Sum(s => s.AmoCents), amcCents);
        return await WriteAsync(practitionerId, patientId, InvoiceKind.Invoice, null, shares, tiersPayant, sessions, cancellationToken);
    }

    /// <summary>Issues a credit note cancelling <paramref name="invoice"/>; its sessions become billable again.</summary>
    public async Task<Invoice> CreditAsync(Invoice invoice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var ids = invoice.SessionIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
        var sessions = await db.Sessions.Where(s => ids.Contains(s.Id) && s.InvoiceId == invoice.Id).ToListAsync(cancellationToken);
        var shares = new Shares(invoice.TotalCents, invoice.AmoCents, invoice.AmcCents, invoice.PatientCents).Negate();
        return await WriteAsync(invoice.PractitionerId, invoice.PatientId, InvoiceKind.CreditNote, invoice.Id, shares, invoice.TiersPayant, sessions, cancellationToken);
    }

    private async Task<Invoice> WriteAsync(
        Guid practitionerId, Guid patientId, InvoiceKind kind, Guid? credited, Shares shares, bool tiersPayant,
        IReadOnlyList<Session> sessions, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var practiceId = db.CurrentPracticeId ?? throw new InvalidOperationException("Aucun cabinet courant.");
        var department = await db.Practices.Where(p => p.Id == practiceId).Select(p => p.Department).SingleAsync(cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(catalog.FindDepartment(department)?.TimeZoneId ?? "Europe/Paris");
        var year = TimeZoneInfo.ConvertTime(now, zone).Year;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "InvoiceCounters" ("PractitionerId", "Year", "Last") VALUES ({practitionerId}, {year}, 0) ON CONFLICT DO NOTHING""",
            cancellationToken);
        var sequence = (await db.Database.SqlQuery<long>(
                $"""UPDATE "InvoiceCounters" SET "Last" = "Last" + 1 WHERE "PractitionerId" = {practitionerId} AND "Year" = {year} RETURNING "Last" AS "Value" """)
            .ToListAsync(cancellationToken)).Single();
        var invoice = new Invoice
        {
            Id = Guid.NewGuid(),
            PracticeId = practiceId,
            PractitionerId = practitionerId,
            PatientId = patientId,
            Kind = kind,
            Year = year,
            Sequence = sequence,
            Number = new InvoiceNumber(year, sequence).ToString(),
            IssuedAt = now,
            CreditedInvoiceId = credited,
            TiersPayant = tiersPayant,
            TotalCents = shares.Total,
            AmoCents = shares.Amo,
            AmcCents = shares.Amc,
            PatientCents = shares.Patient,
            SessionIds = string.Join(',', sessions.Select(s => s.Id)),
        };
        db.Invoices.Add(invoice);
        foreach (var session in sessions)
        {
            session.InvoiceId = kind == InvoiceKind.Invoice ? invoice.Id : null;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return invoice;
    }
}
