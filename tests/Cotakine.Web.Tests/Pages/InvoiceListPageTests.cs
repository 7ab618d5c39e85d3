using System.Net;
using System.Text.Json.Nodes;
using static Cotakine.Web.Tests.Pages.PageKit;

namespace Cotakine.Web.Tests.Pages;

/// <summary>The invoice list: state per payer, filters, payments recorded per payer, credit notes.</summary>
public abstract class InvoiceListPageTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [Fact]
    public async Task Lists_invoices_with_what_each_payer_owes_and_records_payments()
    {
        var client = await app.NewPracticeAsync();
        Assert.Contains("Aucune facture ne correspond.", await PageAsync(client, "/factures"), StringComparison.Ordinal);

        var (marie, first) = await IssueAsync(client, "Durand", "Marie", "2026-02-23");
        var (louis, second) = await IssueAsync(client, "Petit", "Louis", "2026-02-24");
        var amo = first["amo"]!.GetValue<decimal>();
        var patientShare = first["patient"]!.GetValue<decimal>();
        Assert.True(patientShare > 0);

        var html = await PageAsync(client, "/factures");
        Assert.Contains(Number(first), html, StringComparison.Ordinal);
        Assert.Contains(Number(second), html, StringComparison.Ordinal);
        Assert.Contains($"Reste dû : AMO {Fr.Euros(amo)}, patient {Fr.Euros(patientShare)}", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/factures/{Id(first)}\"", html, StringComparison.Ordinal);

        // Date filter, on the issue day in Paris (the fake clock issues on 02/03/2026 at 10:00 Paris time).
        Assert.Contains("<td>02/03/2026</td>", html, StringComparison.Ordinal);
        Assert.Contains($"data-number=\"{Number(first)}\"", await PageAsync(client, "/factures?du=2026-03-02&au=2026-03-02"), StringComparison.Ordinal);
        Assert.Contains("Aucune facture ne correspond.", await PageAsync(client, "/factures?du=2026-03-03"), StringComparison.Ordinal);

        // Patient filter.
        var onlyLouis = await PageAsync(client, $"/factures?patient={louis}");
        Assert.Contains(Number(second), onlyLouis, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-number=\"{Number(first)}\"", onlyLouis, StringComparison.Ordinal);

        // Pay more than the AMO owes: refused, typed amount kept.
        var over = await PostFormAsync(client, "/factures?statut=impayees", [new("facture", Id(first)), new("payeur", "amo"), new("montant", "999,00"), new("date", "2026-03-01")], "/factures?handler=paiement&statut=impayees");
        var overHtml = WebUtility.HtmlDecode(await over.Content.ReadAsStringAsync());
        Assert.Contains($"Montant : dépasse ce que doit ce payeur ({Fr.Euros(amo)}).", overHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"999,00\"", overHtml, StringComparison.Ordinal);

        // Pay the AMO then the patient: the invoice is paid; the filter is kept after the redirect.
        var paidAmo = await PostFormAsync(client, "/factures?statut=impayees", [new("facture", Id(first)), new("payeur", "amo"), new("montant", amo.ToString("0.00", Fr.Culture)), new("date", "2026-03-01")], "/factures?handler=paiement&statut=impayees");
        Assert.Equal($"/factures?statut=impayees&paye={Number(first)}", paidAmo.RequestMessage!.RequestUri!.PathAndQuery);
        var afterAmo = WebUtility.HtmlDecode(await paidAmo.Content.ReadAsStringAsync());
        Assert.Contains($"Paiement enregistré pour la facture {Number(first)}.", afterAmo, StringComparison.Ordinal);
        Assert.Contains($"Reste dû : patient {Fr.Euros(patientShare)}", afterAmo, StringComparison.Ordinal);
        await PostFormAsync(client, "/factures", [new("facture", Id(first)), new("payeur", "patient"), new("montant", patientShare.ToString("0.00", Fr.Culture))], "/factures?handler=paiement");

        var paid = await PageAsync(client, "/factures?statut=payees");
        Assert.Contains($"data-number=\"{Number(first)}\"", paid, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-number=\"{Number(second)}\"", paid, StringComparison.Ordinal);
        var unpaid = await PageAsync(client, "/factures?statut=impayees");
        Assert.DoesNotContain($"data-number=\"{Number(first)}\"", unpaid, StringComparison.Ordinal);
        Assert.Contains($"data-number=\"{Number(second)}\"", unpaid, StringComparison.Ordinal);
        _ = marie;
    }

    [Fact]
    public async Task Credit_notes_show_and_cancel_their_invoice_which_takes_no_more_payment()
    {
        var client = await app.NewPracticeAsync();
        var (_, invoice) = await IssueAsync(client, "Roux", "Jeanne", "2026-02-23");
        var credit = await PostJsonAsync(client, $"/api/invoices/{Id(invoice)}/credit-note", new { });

        var html = await PageAsync(client, "/factures?statut=avoirs");
        Assert.Contains($"Annulée par l'avoir {Number(credit)}", html, StringComparison.Ordinal);
        Assert.Contains($"Avoir de la facture {Number(invoice)}", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-number=\"{Number(invoice)}\"", await PageAsync(client, "/factures?statut=impayees"), StringComparison.Ordinal);
        // Nor is it an unpaid alert on the day view.
        Assert.DoesNotContain($"Facture {Number(invoice)} (", await PageAsync(client, "/"), StringComparison.Ordinal);

        // The list shows no payment form any more; the antiforgery token of any page of the session serves.
        var refused = await PostFormAsync(client, "/reglages", [new("facture", Id(invoice)), new("payeur", "amo"), new("montant", "1,00")], "/factures?handler=paiement");
        Assert.Contains("Facture : cette facture est annulée par un avoir, elle ne reçoit plus de paiement.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var badDate = await PageAsync(client, "/factures?du=demain");
        Assert.Contains("Du : « demain » n'est pas une date (JJ/MM/AAAA).", badDate, StringComparison.Ordinal);

        // Another practice sees nothing and cannot pay.
        var other = await app.NewPracticeAsync();
        Assert.Contains("Aucune facture ne correspond.", await PageAsync(other, "/factures"), StringComparison.Ordinal);
    }

    private static string Number(JsonNode invoice) => invoice["number"]!.GetValue<string>();

    private static async Task<(string Patient, JsonNode Invoice)> IssueAsync(HttpClient client, string lastName, string firstName, string date)
    {
        var patient = await PatientAsync(client, lastName, firstName);
        var prescription = await PostJsonAsync(client, "/api/prescriptions", new { patientId = patient, date = "2026-02-01", indication = "x", segment = "rachis", laterality = "not-applicable" });
        var plan = await PostJsonAsync(client, "/api/plans", new { patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId = "rao-rachis-dorsal", sessionCount = 5, startDate = "2026-02-20" });
        var session = await PostJsonAsync(client, $"/api/plans/{Id(plan)}/sessions", new { date, place = "cabinet" });
        var issued = await PostJsonAsync(client, "/api/invoices", new { sessionIds = new[] { Id(session) }, grouped = false, tiersPayant = true, amc = 0m });
        return (patient, issued.AsArray()[0]!);
    }
}

public sealed class SqliteInvoiceListPageTests(SqliteAppFactory app) : InvoiceListPageTests<SqliteAppFactory>(app);

public sealed class PostgresInvoiceListPageTests(PostgresAppFactory app) : InvoiceListPageTests<PostgresAppFactory>(app);
