namespace Cotakine.Persistence;

/// <summary>
/// The SQL that fills <c>BilledSessions</c> and <c>InvoiceCancellations</c> (migration <c>MoneyBillingConstraints</c>)
/// from the rows already there, the same for both providers.
/// <list type="bullet">
/// <item>A session is billed by the invoice its <c>Sessions.InvoiceId</c> names when that invoice is live (unpaid or
/// paid, not cancelled). A database where parallel requests once invoiced one session several times keeps every such
/// invoice (legal documents are never rewritten; a credit note cancels the extra ones): the link goes to the one the
/// session points at, the others no longer block anything and can be credited.</item>
/// <item>An invoice is cancelled by its first credit note in issue order (instant, then number). When two credit notes
/// were issued for one invoice before this constraint existed, the later one is left unlinked but unchanged: the upgrade
/// never fails on such a database, and the read side (journal, invoice page, PDF, list) shows the first one.</item>
/// </list>
/// </summary>
public static class BillingLinksBackfill
{
    /// <summary>The back-fill, run once by the migration after the two tables are created.</summary>
    public const string Sql = """
        INSERT INTO "BilledSessions" ("SessionId", "InvoiceId")
        SELECT s."Id", s."InvoiceId" FROM "Sessions" s
        JOIN "InvoiceBalances" b ON b."InvoiceId" = s."InvoiceId"
        WHERE s."InvoiceId" IS NOT NULL AND b."State" <= 1;

        INSERT INTO "InvoiceCancellations" ("InvoiceId", "CreditNoteId")
        SELECT c."CreditedInvoiceId", c."Id" FROM "Invoices" c
        WHERE c."CreditedInvoiceId" IS NOT NULL AND c."Id" = (
            SELECT f."Id" FROM "Invoices" f WHERE f."CreditedInvoiceId" = c."CreditedInvoiceId"
            ORDER BY f."IssuedAtUnixMicroseconds", f."Number" LIMIT 1);
        """;
}
