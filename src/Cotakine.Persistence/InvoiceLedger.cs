using Cotakine.Persistence.Entities;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Persistence;

/// <summary>
/// Writes the documents and money of the practice, each in its own transaction, with the locking the invariants need on
/// either provider. Called explicitly by the use cases (no hidden <c>SaveChanges</c> hook):
/// <list type="bullet">
/// <item><see cref="IssueAsync"/> and <see cref="CreditAsync"/> number a document without gaps per practitioner and year:
/// the counter row is incremented with an atomic <c>UPDATE … RETURNING</c> (row lock on PostgreSQL, the write lock on
/// SQLite), and only then is the issue instant read, so the number and the instant are taken in one serialised step and
/// numbers follow issue order. The document, its balance (<see cref="InvoiceBalance.Open"/>) and the session links are
/// written in the same transaction; a crash before commit gives the number back, so a batch killed midway keeps every
/// document already issued and leaves no gap and no duplicate.</item>
/// <item><see cref="RecordPaymentAsync"/> writes a payment and moves its invoice's balance in one atomic statement that
/// re-checks the payer's share and that the invoice is live: two identical payments sent at once, or a payment racing a
/// credit note, cannot both pass (<see cref="PaymentBeyondShareException"/>).</item>
/// </list>
/// </summary>
public sealed class InvoiceLedger(CotakineDbContext db)
{
    /// <summary>
    /// Issues one invoice for <paramref name="sessions"/> (same patient, plan's practitioner), already loaded and checked.
    /// Each session gets its <see cref="BilledSession"/> row in the same transaction: when another request billed one of
    /// them in the meantime, its key refuses the insert, nothing is kept and <see cref="BillingConflictException"/> names
    /// the invoice that bills it.
    /// </summary>
    public async Task<Invoice> IssueAsync(
        Guid practitionerId, Guid patientId, IReadOnlyList<Session> sessions, bool tiersPayant, long amcCents, PracticeCalendar calendar,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var shares = Shares.Split(sessions.Sum(s => s.TotalCents), sessions.Sum(s => s.AmoCents), amcCents);
        var practiceId = db.CurrentPracticeId ?? throw new InvalidOperationException("Aucun cabinet courant.");
        try
        {
            return await NumberedAsync(practitionerId, calendar, (number, at) =>
                {
                    var invoice = Invoice.Issue(practiceId, practitionerId, patientId, number, at, calendar, shares, tiersPayant, sessions);
                    db.BilledSessions.AddRange(sessions.Select(s => new BilledSession { SessionId = s.Id, InvoiceId = invoice.Id }));
                    return invoice;
                },
                before: null, after: null, cancellationToken);
        }
        catch (DbUpdateException error) when (UniqueViolations.TableOf(error) is "BilledSessions")
        {
            var ids = sessions.Select(s => s.Id).ToList();
            var existing = await (from b in db.BilledSessions.AsNoTracking()
                                  join i in db.Invoices.IgnoreQueryFilters().AsNoTracking() on b.InvoiceId equals i.Id
                                  join s in db.Sessions.IgnoreQueryFilters().AsNoTracking() on b.SessionId equals s.Id
                                  where ids.Contains(b.SessionId)
                                  orderby s.Number
                                  select new { i.Id, i.Number, Session = s.Number }).FirstOrDefaultAsync(cancellationToken);
            throw new BillingConflictException(
                existing is null ? "séance déjà facturée" : $"séance {existing.Session} déjà facturée : facture {existing.Number}", existing?.Id);
        }
    }

    /// <summary>
    /// Issues the credit note cancelling <paramref name="invoice"/>; its sessions become billable again. The transaction
    /// first moves the invoice's balance to cancelled (only from unpaid or paid): that row lock (PostgreSQL; the write lock
    /// on SQLite) makes a second credit note and any payment racing this one wait, then find the invoice cancelled. The
    /// <see cref="InvoiceCancellation"/> row (key: the invoice) is the database's own « one credit note per invoice ».
    /// </summary>
    public async Task<Invoice> CreditAsync(Invoice invoice, PracticeCalendar calendar, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var ids = invoice.SessionIdList.ToList();
        var sessions = await db.Sessions.Where(s => ids.Contains(s.Id) && s.InvoiceId == invoice.Id).ToListAsync(cancellationToken);
        const int cancelled = (int)InvoiceSettlement.Cancelled, paid = (int)InvoiceSettlement.Paid;
        var invoiceId = invoice.Id;
        try
        {
            return await NumberedAsync(invoice.PractitionerId, calendar, (number, at) => invoice.CreditNote(number, at, calendar, sessions),
                before: async () =>
                {
                    var moved = await db.Database.ExecuteSqlAsync(
                        $"""UPDATE "InvoiceBalances" SET "State" = {cancelled} WHERE "InvoiceId" = {invoiceId} AND "State" <= {paid}""", cancellationToken);
                    if (moved != 1)
                    {
                        throw new BillingConflictException("", null); // already cancelled (or a credit note): named below, after the rollback
                    }
                },
                after: async credit =>
                {
                    db.InvoiceCancellations.Add(new InvoiceCancellation { InvoiceId = invoiceId, CreditNoteId = credit.Id });
                    await db.SaveChangesAsync(cancellationToken);
                    await db.Database.ExecuteSqlAsync($"""DELETE FROM "BilledSessions" WHERE "InvoiceId" = {invoiceId}""", cancellationToken);
                },
                cancellationToken);
        }
        catch (Exception error) when (error is BillingConflictException || UniqueViolations.TableOf(error) is "InvoiceCancellations")
        {
            var credit = await CreditNoteOfAsync(invoiceId, cancellationToken);
            throw new BillingConflictException(
                invoice.IsCreditNote ? "un avoir ne s'annule pas par un avoir"
                : credit is null ? "facture déjà annulée" : $"facture déjà annulée par l'avoir {credit.Number}", credit?.Id);
        }
    }

    /// <summary>
    /// The credit note that cancels <paramref name="invoiceId"/>, or null: the linked one, else (a database upgraded with
    /// duplicates) the first issued. Never assumes there is only one document crediting an invoice.
    /// </summary>
    public async Task<Invoice?> CreditNoteOfAsync(Guid invoiceId, CancellationToken cancellationToken = default) =>
        await (from c in db.InvoiceCancellations.AsNoTracking()
               join i in db.Invoices.AsNoTracking() on c.CreditNoteId equals i.Id
               where c.InvoiceId == invoiceId
               select i).FirstOrDefaultAsync(cancellationToken)
        ?? await db.Invoices.AsNoTracking().Where(i => i.CreditedInvoiceId == invoiceId)
            .OrderBy(i => i.IssuedAtUnixMicroseconds).ThenBy(i => i.Number).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Records <paramref name="payment"/> and moves its invoice's stored balance, atomically re-checking on the balance row
    /// that the invoice is live and that no payer goes beyond its share; throws <see cref="PaymentBeyondShareException"/>
    /// (nothing written) when another payment or a credit note got there first.
    /// </summary>
    public async Task RecordPaymentAsync(Payment payment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payment);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Payments.Add(payment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            var (amo, amc, patient) = payment.Payer switch
            {
                Payer.Amo => (payment.AmountCents, 0L, 0L),
                Payer.Amc => (0L, payment.AmountCents, 0L),
                _ => (0L, 0L, payment.AmountCents),
            };
            var sum = payment.AmountCents;
            var invoiceId = payment.InvoiceId;
            const int unpaid = (int)InvoiceSettlement.Unpaid, paid = (int)InvoiceSettlement.Paid;
            // Only a live invoice (unpaid or paid: not cancelled, not a credit note) moves, and only within each payer's share.
            var moved = await db.Database.ExecuteSqlAsync($"""
                UPDATE "InvoiceBalances" SET "AmoPaidCents" = "AmoPaidCents" + {amo}, "AmcPaidCents" = "AmcPaidCents" + {amc},
                    "PatientPaidCents" = "PatientPaidCents" + {patient}, "DueCents" = "DueCents" - {sum},
                    "State" = CASE WHEN "DueCents" - {sum} = 0 THEN {paid} ELSE {unpaid} END
                WHERE "InvoiceId" = {invoiceId} AND "State" <= {paid}
                    AND "AmoPaidCents" + {amo} <= (SELECT i."AmoCents" FROM "Invoices" i WHERE i."Id" = {invoiceId})
                    AND "AmcPaidCents" + {amc} <= (SELECT i."AmcCents" FROM "Invoices" i WHERE i."Id" = {invoiceId})
                    AND "PatientPaidCents" + {patient} <= (SELECT i."PatientCents" FROM "Invoices" i WHERE i."Id" = {invoiceId})
                """, cancellationToken);
            if (moved != 1)
            {
                throw new PaymentBeyondShareException(invoiceId);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            db.Entry(payment).State = EntityState.Detached;
            throw;
        }
    }

    private async Task<Invoice> NumberedAsync(
        Guid practitionerId, PracticeCalendar calendar, Func<InvoiceNumber, DateTimeOffset, Invoice> create, Func<Task>? before,
        Func<Invoice, Task>? after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        try
        {
            while (true)
            {
                var year = calendar.NumberingYear(calendar.Now);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (before is not null)
                {
                    await before();
                }

                await db.Database.ExecuteSqlAsync(
                    $"""INSERT INTO "InvoiceCounters" ("PractitionerId", "Year", "Last") VALUES ({practitionerId}, {year}, 0) ON CONFLICT DO NOTHING""",
                    cancellationToken);
                var sequence = (await db.Database.SqlQuery<long>(
                        $"""UPDATE "InvoiceCounters" SET "Last" = "Last" + 1 WHERE "PractitionerId" = {practitionerId} AND "Year" = {year} RETURNING "Last" AS "Value" """)
                    .ToListAsync(cancellationToken)).Single();
                // The counter is locked: the instant read now is after every earlier number's and before every later one's.
                var issuedAt = calendar.Now;
                if (calendar.NumberingYear(issuedAt) != year)
                {
                    continue; // midnight of 1 January passed while waiting for the counter: roll back, take a number of the new year
                }

                var document = create(new InvoiceNumber(year, sequence), issuedAt);
                db.Invoices.Add(document);
                db.InvoiceBalances.Add(InvoiceBalance.Open(document));
                await db.SaveChangesAsync(cancellationToken);
                if (after is not null)
                {
                    await after(document);
                }

                await transaction.CommitAsync(cancellationToken);
                return document;
            }
        }
        catch
        {
            // Rolled back: forget what this attempt added or changed (the document, its balance, the sessions' links), so a
            // page shown after the refusal reads the database, not this request's lost writes.
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
