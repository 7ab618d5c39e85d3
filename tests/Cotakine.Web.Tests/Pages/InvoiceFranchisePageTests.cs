using static Cotakine.Web.Tests.Pages.PageKit;

namespace Cotakine.Web.Tests.Pages;

/// <summary>
/// Issue 11, franchise médicale: the invoice and its PDF say what the assurance maladie will withhold from the patient's
/// reimbursement (1 € per paramedical act from 31/03/2024, décret n° 2024-114; caps 4 €/day, 50 €/year), never deducted
/// from the invoice's total; a C2S patient is exempt (ameli, C2S page). The same rule as the quote.
/// </summary>
public abstract class InvoiceFranchisePageTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [Theory]
    [InlineData("standard", "Franchise médicale : 1 acte × 1,00")]
    [InlineData("c2s", "Pas de franchise médicale")]
    public async Task The_invoice_and_its_pdf_say_the_franchise_the_patient_will_see_withheld(string coverage, string expected)
    {
        var client = await app.NewPracticeAsync();
        var patient = Id(await PostJsonAsync(client, "/api/patients", new { lastName = "Franchise", firstName = "Test", coverage, regime = "general" }));
        var prescription = await PostJsonAsync(client, "/api/prescriptions", new { patientId = patient, date = "2026-01-02", indication = "x", segment = "rachis", laterality = "not-applicable" });
        var plan = await PostJsonAsync(client, "/api/plans", new { patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId = "rao-rachis-dorsal", sessionCount = 2, startDate = "2026-01-05" });
        var session = await PostJsonAsync(client, $"/api/plans/{Id(plan)}/sessions", new { date = "2026-01-06", place = "cabinet" });
        var invoice = (await PostJsonAsync(client, "/api/invoices", new { sessionIds = new[] { Id(session) }, tiersPayant = true })).AsArray()[0]!;

        var page = await PageAsync(client, $"/factures/{Id(invoice)}");
        Assert.Contains(expected, page, StringComparison.Ordinal);
        Assert.Contains("source ", page, StringComparison.OrdinalIgnoreCase); // « Source … » or « (source …) »: the note names its source
        var pdf = PdfText(await client.GetByteArrayAsync($"/factures/{Id(invoice)}/pdf"));
        Assert.Contains(expected.Replace("\u00a0", " ", StringComparison.Ordinal)[..18], pdf.Replace("\u00a0", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        // Never deducted: the shares still add up to the total.
        Assert.Equal(invoice["total"]!.GetValue<decimal>(),
            invoice["amo"]!.GetValue<decimal>() + invoice["amc"]!.GetValue<decimal>() + invoice["patient"]!.GetValue<decimal>());
    }
}

public sealed class SqliteInvoiceFranchisePageTests(SqliteAppFactory app) : InvoiceFranchisePageTests<SqliteAppFactory>(app);
