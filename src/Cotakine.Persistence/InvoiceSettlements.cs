using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Patients;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Persistence;

/// <summary>
/// Keeps <see cref="InvoiceBalance"/> equal to the payments and credit notes, inside the <c>SaveChanges</c> that writes
/// them: a new document gets its balance row (unpaid, or paid when its shares add up to nothing — the same « paid » as
/// a sum of payments equal to the shares), a payment added (or, should it ever happen, changed or removed) moves the
/// paid amounts of its invoice, and a credit note cancels the invoice it credits. The amounts move by relative
/// <c>UPDATE … SET x = x + n</c> statements on the balance row: two payments of the same invoice saved at once serialise
/// on that row (row lock on PostgreSQL, the single write lock on SQLite) and each adds its own amount to what the
/// other left, so the stored sums never lose a payment.
/// </summary>
internal sealed class InvoiceSettlements
{
    private readonly Dictionary<Guid, (long Amo, long Amc, long Patient)> _paid = [];
    private readonly List<Guid> _cancelled = [];

    private InvoiceSettlements()
    {
    }

    /// <summary>Whether the pending changes touch no payment and no document.</summary>
    public bool IsEmpty { get; private set; } = true;

    /// <summary>
    /// Reads the pending changes of <paramref name="db"/>: sets the sortable instant of the new documents and adds
    /// their balance rows to the same save; remembers the payments and credit notes for <see cref="ApplyAsync"/>.
    /// </summary>
    public static InvoiceSettlements Prepare(CotakineDbContext db)
    {
        var work = new InvoiceSettlements();
        db.ChangeTracker.DetectChanges();
        var tracked = db.ChangeTracker.Entries<InvoiceBalance>().Select(e => e.Entity.InvoiceId).ToHashSet();
        foreach (var entry in db.ChangeTracker.Entries<Invoice>().Where(e => e.State == EntityState.Added).ToList())
        {
            var invoice = entry.Entity;
            work.IsEmpty = false;
            invoice.IssuedAtUnixMicroseconds = Invoice.UnixMicroseconds(invoice.IssuedAt);
            if (invoice.Kind == InvoiceKind.CreditNote && invoice.CreditedInvoiceId is { } credited)
            {
                work._cancelled.Add(credited);
            }

            if (tracked.Contains(invoice.Id))
            {
                continue; // a save retried after a failure: its balance row is already pending
            }

            var owed = invoice.AmoCents + invoice.AmcCents + invoice.PatientCents;
            db.InvoiceBalances.Add(new InvoiceBalance
            {
                InvoiceId = invoice.Id,
                PracticeId = invoice.PracticeId,
                DueCents = owed,
                State = invoice.Kind == InvoiceKind.CreditNote ? InvoiceSettlement.CreditNote
                    : owed == 0 ? InvoiceSettlement.Paid
                    : InvoiceSettlement.Unpaid,
            });
        }

        foreach (var entry in db.ChangeTracker.Entries<Payment>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    work.Add(entry.Entity.InvoiceId, entry.Entity.Payer, entry.Entity.AmountCents);
                    break;
                case EntityState.Deleted:
                    work.Add(Original<Guid>(entry, nameof(Payment.InvoiceId)), Original<Payer>(entry, nameof(Payment.Payer)),
                        -Original<long>(entry, nameof(Payment.AmountCents)));
                    break;
                case EntityState.Modified:
                    work.Add(Original<Guid>(entry, nameof(Payment.InvoiceId)), Original<Payer>(entry, nameof(Payment.Payer)),
                        -Original<long>(entry, nameof(Payment.AmountCents)));
                    work.Add(entry.Entity.InvoiceId, entry.Entity.Payer, entry.Entity.AmountCents);
                    break;
            }
        }

        return work;
    }

    /// <summary>Moves the stored balances, after the rows of the save are written and in its transaction.</summary>
    /// <remarks>
    /// A payment's statement also checks, on the row it moves, that no payer goes beyond its share of the invoice: the
    /// check of the page or API ran before the transaction, and a second identical payment sent at the same moment passed
    /// it too. Re-checked here, atomically with the update (row lock on PostgreSQL, which re-reads the row once the first
    /// payment commits; one writer at a time on SQLite), the second one throws <see cref="PaymentBeyondShareException"/>
    /// and its save is rolled back.
    /// </remarks>
    public async Task ApplyAsync(CotakineDbContext db, CancellationToken cancellationToken)
    {
        foreach (var (sql, invoiceId, mustTouch) in Statements())
        {
            if (!Touched(await db.Database.ExecuteSqlAsync(sql, cancellationToken), mustTouch))
            {
                throw await db.InvoiceBalances.AnyAsync(b => b.InvoiceId == invoiceId, cancellationToken)
                    ? new PaymentBeyondShareException(invoiceId)
                    : Missing(invoiceId);
            }
        }
    }

    /// <summary>The synchronous <see cref="ApplyAsync"/>.</summary>
    public void Apply(CotakineDbContext db)
    {
        foreach (var (sql, invoiceId, mustTouch) in Statements())
        {
            if (!Touched(db.Database.ExecuteSql(sql), mustTouch))
            {
                throw db.InvoiceBalances.Any(b => b.InvoiceId == invoiceId) ? new PaymentBeyondShareException(invoiceId) : Missing(invoiceId);
            }
        }
    }

    private IEnumerable<(FormattableString Sql, Guid InvoiceId, bool MustTouch)> Statements()
    {
        const int unpaid = (int)InvoiceSettlement.Unpaid, paid = (int)InvoiceSettlement.Paid;
        const int cancelled = (int)InvoiceSettlement.Cancelled, creditNote = (int)InvoiceSettlement.CreditNote;
        foreach (var (invoiceId, (amo, amc, patient)) in _paid)
        {
            var sum = amo + amc + patient;
            yield return ($"""
                UPDATE "InvoiceBalances" SET "AmoPaidCents" = "AmoPaidCents" + {amo}, "AmcPaidCents" = "AmcPaidCents" + {amc},
                    "PatientPaidCents" = "PatientPaidCents" + {patient}, "DueCents" = "DueCents" - {sum},
                    "State" = CASE WHEN "State" >= {cancelled} THEN "State" WHEN "DueCents" - {sum} = 0 THEN {paid} ELSE {unpaid} END
                WHERE "InvoiceId" = {invoiceId}
                    AND ({amo} <= 0 OR "AmoPaidCents" + {amo} <= (SELECT i."AmoCents" FROM "Invoices" i WHERE i."Id" = {invoiceId}))
                    AND ({amc} <= 0 OR "AmcPaidCents" + {amc} <= (SELECT i."AmcCents" FROM "Invoices" i WHERE i."Id" = {invoiceId}))
                    AND ({patient} <= 0 OR "PatientPaidCents" + {patient} <= (SELECT i."PatientCents" FROM "Invoices" i WHERE i."Id" = {invoiceId}))
                """, invoiceId, true);
        }

        foreach (var invoiceId in _cancelled)
        {
            yield return ($"""UPDATE "InvoiceBalances" SET "State" = {cancelled} WHERE "InvoiceId" = {invoiceId} AND "State" <> {creditNote}""",
                invoiceId, false);
        }
    }

    private static bool Touched(int rows, bool mustTouch) => !mustTouch || rows == 1;

    private static InvalidOperationException Missing(Guid invoiceId) =>
        new($"Le solde de la facture {invoiceId} est introuvable : paiement non enregistré.");

    private void Add(Guid invoiceId, Payer payer, long cents)
    {
        IsEmpty = false;
        var (amo, amc, patient) = _paid.GetValueOrDefault(invoiceId);
        _paid[invoiceId] = payer switch
        {
            Payer.Amo => (amo + cents, amc, patient),
            Payer.Amc => (amo, amc + cents, patient),
            _ => (amo, amc, patient + cents),
        };
    }

    private static T Original<T>(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, string property) =>
        (T)entry.Property(property).OriginalValue!;
}
