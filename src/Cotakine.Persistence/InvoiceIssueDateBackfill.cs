using System.Globalization;
using System.Text;
using Cotakine.Catalog;

namespace Cotakine.Persistence;

/// <summary>
/// The SQL that fills <c>Invoices.IssuedOn</c>, added by the <c>InvoiceIssueDate</c> migration, for the documents issued
/// before it: the day of the stored issue instant in the time zone of the practice's département, as
/// <see cref="Practice.PracticeCalendar.DayOf"/> tells it for new documents. The zones come from the catalog
/// (<c>data/ngap/territories.json</c>). PostgreSQL converts with its own time-zone database (<c>AT TIME ZONE</c>).
/// SQLite has none: a zone without daylight saving is a fixed offset, and the one zone with it, Europe/Paris, follows
/// the European Union rule (summer time from the last Sunday of March to the last Sunday of October, at 01:00 UTC),
/// written out in SQL. The tests compare both with .NET's conversion on every hour around the changes.
/// </summary>
public static class InvoiceIssueDateBackfill
{
    private const string EuropeParis = "Europe/Paris";

    /// <summary>The back-fill statement for <paramref name="postgres"/> or SQLite, from the catalog's territories.</summary>
    public static string Sql(bool postgres, NgapCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var zones = catalog.Departments.Values
            .Where(d => d.TimeZoneId != EuropeParis)
            .GroupBy(d => d.TimeZoneId)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Code).OrderBy(c => c, StringComparer.Ordinal).ToList());
        return postgres ? Postgres(zones) : Sqlite(zones);
    }

    private static string Postgres(Dictionary<string, List<string>> zones)
    {
        var cases = new StringBuilder();
        foreach (var (zone, codes) in zones)
        {
            cases.Append(CultureInfo.InvariantCulture, $" WHEN p.\"Department\" IN ({Codes(codes)}) THEN '{zone}'");
        }

        return $"""
            UPDATE "Invoices" AS i SET "IssuedOn" = (i."IssuedAt" AT TIME ZONE (CASE{cases} ELSE '{EuropeParis}' END))::date
            FROM "Practices" p WHERE p."Id" = i."PracticeId";
            """;
    }

    private static string Sqlite(Dictionary<string, List<string>> zones)
    {
        const string seconds = "(\"IssuedAtUnixMicroseconds\" / 1000000)";
        const string department = "(SELECT p.\"Department\" FROM \"Practices\" p WHERE p.\"Id\" = \"Invoices\".\"PracticeId\")";
        var cases = new StringBuilder();
        foreach (var (zoneId, codes) in zones)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
            if (zone.SupportsDaylightSavingTime && zone.GetAdjustmentRules().Any(r => r.DateEnd.Year >= 2000))
            {
                throw new InvalidOperationException($"Fuseau {zoneId} avec heure d'été : la reprise SQLite ne sait que l'heure d'été de l'Union européenne.");
            }

            var offset = (long)zone.BaseUtcOffset.TotalSeconds;
            cases.Append(CultureInfo.InvariantCulture, $" WHEN {department} IN ({Codes(codes)}) THEN date({seconds} + ({offset}), 'unixepoch')");
        }

        // Summer time in the EU: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
        string LastSunday(string monthDay) =>
            $"(CASE WHEN strftime('%w', strftime('%Y', {seconds}, 'unixepoch') || '-{monthDay}') = '0' " +
            $"THEN strftime('%Y', {seconds}, 'unixepoch') || '-{monthDay}' " +
            $"ELSE date(strftime('%Y', {seconds}, 'unixepoch') || '-{monthDay}', 'weekday 0', '-7 days') END)";
        var summerStart = $"(CAST(strftime('%s', {LastSunday("03-31")}) AS INTEGER) + 3600)";
        var summerEnd = $"(CAST(strftime('%s', {LastSunday("10-31")}) AS INTEGER) + 3600)";
        var paris = $"date({seconds} + (CASE WHEN {seconds} >= {summerStart} AND {seconds} < {summerEnd} THEN 7200 ELSE 3600 END), 'unixepoch')";
        return $"""
            UPDATE "Invoices" SET "IssuedOn" =
                CASE{cases} ELSE {paris} END;
            """;
    }

    private static string Codes(IEnumerable<string> codes) => string.Join(", ", codes.Select(c => $"'{c}'"));
}
