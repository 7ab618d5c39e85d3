using System.Globalization;
using System.Text;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Patients;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Exports;

/// <summary>A file to download: its name, media type and bytes.</summary>
internal sealed record ExportFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The practice's exports for its accountant (peers.md §6: « export to accountant », livre de recettes): two CSV files
/// over a period of the practice's own calendar — the <b>journal des factures</b> (every invoice and credit note issued,
/// with its AMO / AMC / patient shares, what each payer paid and what is still due) and the <b>livre des recettes</b>
/// (every payment received, by date and payer, and every hors-nomenclature note d'honoraires, which the patient pays
/// when it is made out). Written the way French spreadsheets read them: UTF-8 with a byte-order mark, « ; » between
/// fields, decimal comma, dates dd/MM/yyyy; amounts in euros exactly as stored (cents), never re-rounded.
/// </summary>
internal sealed class AccountingExport(CotakineDbContext db)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The journal of invoices and credit notes issued from <paramref name="from"/> to <paramref name="to"/> (inclusive).</summary>
    public async Task<ExportFile> InvoicesAsync(DateOnly from, DateOnly to, CancellationToken cancel = default)
    {
        // The issue day fixed on each document in the practice's calendar when it was issued.
        var invoices = (await db.Invoices.AsNoTracking().Where(i => i.IssuedOn >= from && i.IssuedOn <= to).ToListAsync(cancel))
            .Select(i => (Invoice: i, Day: i.IssuedOn))
            .OrderBy(x => x.Invoice.IssuedAtUnixMicroseconds).ThenBy(x => x.Invoice.Number, StringComparer.Ordinal)
            .ToList();
        var ids = invoices.Select(x => x.Invoice.Id).ToList();
        var payments = (await db.Payments.AsNoTracking().Where(p => ids.Contains(p.InvoiceId)).ToListAsync(cancel)).ToLookup(p => p.InvoiceId);
        // The first credit note issued for each cancelled invoice: a database upgraded with two credit notes for one invoice
        // (before InvoiceCancellations) still exports, each credit note on its own row, the invoice linked to the first.
        var credited = (await db.Invoices.AsNoTracking().Where(c => c.CreditedInvoiceId != null && ids.Contains(c.CreditedInvoiceId.Value))
                .Select(c => new { c.CreditedInvoiceId, c.Number, c.IssuedAtUnixMicroseconds }).ToListAsync(cancel))
            .GroupBy(c => c.CreditedInvoiceId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.IssuedAtUnixMicroseconds).ThenBy(c => c.Number, StringComparer.Ordinal).First().Number);
        var creditedIds = invoices.Where(x => x.Invoice.CreditedInvoiceId is not null).Select(x => x.Invoice.CreditedInvoiceId!.Value).ToList();
        var creditedNumbers = await db.Invoices.AsNoTracking().Where(i => creditedIds.Distinct().Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Number, cancel);
        var patients = await Names(db.Patients.Select(p => new { p.Id, p.LastName, p.FirstName }).ToListAsync(cancel), p => p.Id, p => $"{p.LastName.ToUpperInvariant()} {p.FirstName}");
        var practitioners = await Names(db.Practitioners.Select(p => new { p.Id, p.LastName, p.FirstName, p.Rpps }).ToListAsync(cancel), p => p.Id, p => $"{p.LastName.ToUpperInvariant()} {p.FirstName} (RPPS {p.Rpps})");

        return Csv($"factures-{from:yyyy-MM-dd}-au-{to:yyyy-MM-dd}.csv", csv =>
        {
            Header(csv, "Numéro", "Type", "Date d'émission", "Praticien", "Patient", "Tiers payant", "Total", "Part AMO", "Part AMC",
                "Part patient", "Réglé AMO", "Réglé AMC", "Réglé patient", "Reste dû", "Avoir / facture liée");
            foreach (var (i, day) in invoices)
            {
                var paid = payments[i.Id].ToLookup(p => p.Payer, p => p.AmountCents);
                long Paid(Payer payer) => paid[payer].Sum();
                var due = i.Kind == InvoiceKind.CreditNote || credited.ContainsKey(i.Id) ? 0 : i.TotalCents - Paid(Payer.Amo) - Paid(Payer.Amc) - Paid(Payer.Patient);
                var link = i.CreditedInvoiceId is { } c ? $"avoir de la facture {creditedNumbers.GetValueOrDefault(c)}"
                    : credited.TryGetValue(i.Id, out var credit) ? $"annulée par l'avoir {credit}" : "";
                Row(csv, i.Number, i.Kind == InvoiceKind.CreditNote ? "Avoir" : "Facture", Date(day), Text(practitioners.GetValueOrDefault(i.PractitionerId, "—")),
                    Text(patients.GetValueOrDefault(i.PatientId, "—")), i.TiersPayant ? "oui" : "non", Euros(i.TotalCents), Euros(i.AmoCents), Euros(i.AmcCents),
                    Euros(i.PatientCents), Euros(Paid(Payer.Amo)), Euros(Paid(Payer.Amc)), Euros(Paid(Payer.Patient)), Euros(due), link);
            }
        });
    }

    /// <summary>The livre des recettes: payments received and HN notes d'honoraires from <paramref name="from"/> to <paramref name="to"/> (inclusive).</summary>
    public async Task<ExportFile> ReceiptsAsync(DateOnly from, DateOnly to, CancellationToken cancel = default)
    {
        var payments = await db.Payments.AsNoTracking().Where(p => p.Date >= from && p.Date <= to)
            .Join(db.Invoices, p => p.InvoiceId, i => i.Id, (p, i) => new { p.Date, p.Payer, p.AmountCents, i.Number, i.PatientId })
            .ToListAsync(cancel);
        var notes = await db.FeeNotes.AsNoTracking().Where(n => n.Date >= from && n.Date <= to).ToListAsync(cancel);
        var patients = await Names(db.Patients.Select(p => new { p.Id, p.LastName, p.FirstName }).ToListAsync(cancel), p => p.Id, p => $"{p.LastName.ToUpperInvariant()} {p.FirstName}");
        var lines = payments
            .Select(p => (p.Date, Document: $"Facture {p.Number}", Patient: patients.GetValueOrDefault(p.PatientId, "—"), Payer: PayerName(p.Payer), Nature: "Actes NGAP", p.AmountCents))
            .Concat(notes.Select(n => (n.Date, Document: "Note d'honoraires", Patient: patients.GetValueOrDefault(n.PatientId, "—"), Payer: "Patient", Nature: $"Hors nomenclature : {n.Label}", n.AmountCents)))
            .OrderBy(l => l.Date).ThenBy(l => l.Document, StringComparer.Ordinal)
            .ToList();

        return Csv($"recettes-{from:yyyy-MM-dd}-au-{to:yyyy-MM-dd}.csv", csv =>
        {
            Header(csv, "Date", "Pièce", "Patient", "Payeur", "Nature", "Montant");
            foreach (var l in lines)
            {
                Row(csv, Date(l.Date), l.Document, Text(l.Patient), l.Payer, Text(l.Nature), Euros(l.AmountCents));
            }

            Row(csv, "", "", "", "", "Total", Euros(lines.Sum(l => l.AmountCents)));
        });
    }

    private static async Task<Dictionary<Guid, string>> Names<T>(Task<List<T>> rows, Func<T, Guid> id, Func<T, string> name) =>
        (await rows).ToDictionary(id, name);

    private static string PayerName(Payer payer) => payer switch
    {
        Payer.Amo => "Assurance maladie (AMO)",
        Payer.Amc => "Complémentaire (AMC)",
        _ => "Patient",
    };

    /// <summary>
    /// Free text typed by a user (names, labels), neutralised against formula injection: a spreadsheet would run a cell
    /// that starts with = + - @ as a formula, so such text starts with an apostrophe. Amounts are written by us and left as numbers.
    /// </summary>
    private static string Text(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;

    private static string Date(DateOnly day) => DateText.French(day);

    private static string Euros(long cents) => Cents.ToEuros(cents).ToString("0.00", French);

    private static void Header(CsvWriter csv, params string[] names) => Row(csv, names);

    private static void Row(CsvWriter csv, params string[] fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }

        csv.NextRecord();
    }

    private static ExportFile Csv(string fileName, Action<CsvWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(French) { Delimiter = ";", NewLine = "\r\n" }))
        {
            write(csv);
        }

        return new ExportFile(fileName, "text/csv; charset=utf-8", buffer.ToArray());
    }
}
