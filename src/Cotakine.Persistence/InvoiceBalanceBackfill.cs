using Cotakine.Practice.Invoicing;

namespace Cotakine.Persistence;

/// <summary>
/// The SQL that fills the columns and table added by the <c>InvoiceBalances</c> migration from the rows already there,
/// for each provider, in one place so that the tests can run it on chosen values. Everything is computed from stored
/// facts, with no time zone: <see cref="Invoice.IssuedAtUnixMicroseconds"/> is the stored UTC instant as an
/// integer, and a balance row sums the invoice's payments per payer and takes the state the queries used to compute
/// (credit note; cancelled when a credit note points at it; paid when the payments add up to the shares; else unpaid).
/// </summary>
public static class InvoiceBalanceBackfill
{
    /// <summary>
    /// SQLite: the microseconds since 1970 of an EF Core <c>DateTimeOffset</c> text (<c>yyyy-MM-dd HH:mm:ss[.FFFFFFF]±hh:mm</c>),
    /// the fraction truncated to the microsecond as <see cref="Invoice.UnixMicroseconds"/> does.
    /// </summary>
    public static string SqliteMicroseconds(string column) => $"""
        ((CAST(strftime('%s', substr({column}, 1, 19)) AS INTEGER)
          - (CASE substr({column}, -6, 1) WHEN '-' THEN -1 ELSE 1 END)
            * (CAST(substr({column}, -5, 2) AS INTEGER) * 3600 + CAST(substr({column}, -2, 2) AS INTEGER) * 60)) * 1000000
         + CASE WHEN substr({column}, 20, 1) = '.' THEN CAST(substr(substr({column}, 21, length({column}) - 26) || '000000', 1, 6) AS INTEGER) ELSE 0 END)
        """;

    /// <summary>PostgreSQL: the microseconds since 1970 of a <c>timestamptz</c> (exact: <c>EXTRACT</c> is numeric).</summary>
    public static string PostgresMicroseconds(string column) => $"""(EXTRACT(EPOCH FROM {column}) * 1000000)::bigint""";

    /// <summary>Sets the sortable instant of every existing document.</summary>
    public static string IssuedAtSql(bool postgres) =>
        $"""UPDATE "Invoices" SET "IssuedAtUnixMicroseconds" = {(postgres ? PostgresMicroseconds("\"IssuedAt\"") : SqliteMicroseconds("\"IssuedAt\""))};""";

    /// <summary>Writes the balance row of every existing document from its payments and credit notes (same SQL on both providers).</summary>
    public const string BalancesSql = """
        INSERT INTO "InvoiceBalances" ("InvoiceId", "PracticeId", "AmoPaidCents", "AmcPaidCents", "PatientPaidCents", "DueCents", "State")
        SELECT i."Id", i."PracticeId", COALESCE(p."Amo", 0), COALESCE(p."Amc", 0), COALESCE(p."Patient", 0),
            i."AmoCents" + i."AmcCents" + i."PatientCents" - COALESCE(p."Amo", 0) - COALESCE(p."Amc", 0) - COALESCE(p."Patient", 0),
            CASE
                WHEN i."Kind" = 1 THEN 3
                WHEN EXISTS (SELECT 1 FROM "Invoices" c WHERE c."CreditedInvoiceId" = i."Id") THEN 2
                WHEN i."AmoCents" + i."AmcCents" + i."PatientCents" = COALESCE(p."Amo", 0) + COALESCE(p."Amc", 0) + COALESCE(p."Patient", 0) THEN 1
                ELSE 0
            END
        FROM "Invoices" i
        LEFT JOIN (
            SELECT "InvoiceId",
                SUM(CASE WHEN "Payer" = 0 THEN "AmountCents" ELSE 0 END) AS "Amo",
                SUM(CASE WHEN "Payer" = 1 THEN "AmountCents" ELSE 0 END) AS "Amc",
                SUM(CASE WHEN "Payer" = 2 THEN "AmountCents" ELSE 0 END) AS "Patient"
            FROM "Payments" GROUP BY "InvoiceId") p ON p."InvoiceId" = i."Id";
        """;
}
