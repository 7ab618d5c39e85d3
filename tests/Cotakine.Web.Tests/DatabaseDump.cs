using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Cotakine.Web.Tests;

/// <summary>
/// A canonical text dump of database tables, read through a connection of the test's own (no EF Core, no query filter):
/// one line per row, every column as invariant text, rows sorted, so two dumps are equal exactly when the tables hold
/// the same rows with the same values. Used to prove « nothing half-written » and « restored bit for bit ».
/// </summary>
internal static class DatabaseDump
{
    /// <summary>The tables that hold billing: invoices and credit notes, their balances, sessions and lines, shares, payments, numbering, audit.</summary>
    public static readonly string[] BillingTables =
        ["Invoices", "InvoiceBalances", "InvoiceCounters", "Payments", "Sessions", "SessionLines", "SessionIssues", "AuditLog"];

    /// <summary>The whole practice data (billing plus people and plans).</summary>
    public static readonly string[] AllTables =
        [.. BillingTables, "Practices", "Practitioners", "Patients", "Prescriptions", "TreatmentPlans", "FeeNotes", "HnQuotes", "AspNetUsers"];

    public static async Task<string> DumpAsync(DbConnection connection, params string[] tables)
    {
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join(" | ", names.Select((n, i) => $"{n}={Format(reader.GetValue(i))}")));
            }

            rows.Sort(StringComparer.Ordinal);
            text.Append(CultureInfo.InvariantCulture, $"## {table} ({rows.Count})\n");
            foreach (var row in rows)
            {
                text.Append(row).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Format(object value) => value switch
    {
        DBNull => "NULL",
        byte[] bytes => Convert.ToHexString(bytes),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        Guid g => g.ToString().ToUpperInvariant(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
