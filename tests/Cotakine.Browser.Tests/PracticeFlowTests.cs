using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Cotakine.Browser.Tests;

/// <summary>
/// Issue 5's flow on the real app (real Kestrel, SQLite, Debian's Chromium): log in as the demo practitioner, create a
/// patient and a prescription, find « lca » and open the plan, bill a session at home with travel, issue the invoice
/// and read its PDF, cancel it with a credit note, then cross a DAP threshold and see the block.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class PracticeFlowTests(UiServerFixture server)
{
    private static readonly string Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task CreatePatientAndPrescriptionAsync(IPage page, string lastName, string? prescribed = null)
    {
        await page.GotoAsync("/patients");
        await page.ClickAsync("#nouveau-patient");
        // Nothing typed is lost: only the first name, the page explains the missing name in French.
        await page.FillAsync("#prenom", "Julien");
        await page.ClickAsync("#creer-patient");
        await Assertions.Expect(page.Locator("#nom-error")).ToHaveTextAsync("Nom : champ obligatoire.");
        await Assertions.Expect(page.Locator("#prenom")).ToHaveValueAsync("Julien");
        await page.FillAsync("#nom", lastName);
        await page.FillAsync("#naissance", "1975-06-01");
        await page.ClickAsync("#creer-patient");
        await page.WaitForURLAsync(new Regex("/patients/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("#patient-nom")).ToHaveTextAsync($"{lastName.ToUpperInvariant()} Julien");

        await page.ClickAsync("#nouvelle-prescription");
        await page.FillAsync("#date", prescribed ?? DateOnly.ParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#prescripteur", "Dr Roux");
        await page.FillAsync("#rpps", "10009876543");
        await page.FillAsync("#am", "751111111");
        await page.FillAsync("#indication", "Rééducation après ligamentoplastie");
        await page.FillAsync("#seances", "50");
        // Segment and laterality left out: the CPAM memo check lists them (Source: seed 004, ngap-facts §K.1).
        await page.ClickAsync("#enregistrer-prescription");
        await page.WaitForURLAsync(new Regex("/patients/[0-9a-f-]{36}#prescriptions$"));
    }

    private static async Task OpenPlanAsync(IPage page, string typed, string actId)
    {
        await page.Locator("#prescriptions a", new() { HasText = "Ouvrir un plan" }).First.ClickAsync();
        await page.Locator("#acte-texte").PressSequentiallyAsync(typed);
        var option = page.Locator($"#acte-texte-results [data-id={actId}]");
        await option.WaitForAsync();
        await option.ClickAsync();
        await page.ClickAsync("#creer-plan");
        await page.WaitForURLAsync(new Regex("/plans/[0-9a-f-]{36}$"));
    }

    [Fact]
    public async Task Patient_prescription_plan_session_at_home_invoice_pdf_and_credit_note()
    {
        var page = await server.LoggedInPageAsync();
        // Fixed dates so the amounts are a golden case: prescription 10/11/2026, plan from 16/11, session Friday 20/11/2026.
        await CreatePatientAndPrescriptionAsync(page, "Lefebvre", "2026-11-10");
        var mentions = page.Locator("#prescriptions .mentions");
        await Assertions.Expect(mentions).ToContainTextAsync("Manque : segment anatomique à rééduquer");
        await Assertions.Expect(mentions).ToContainTextAsync("Manque : latéralité du segment");
        await server.ScreenshotAsync(page, "patient-dossier");

        // Plan: « lca » in the live search shows RIC 8.08 with its price and référentiel cap; Enter picks the first.
        await page.Locator("#prescriptions a", new() { HasText = "Ouvrir un plan" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("#seances")).ToHaveValueAsync("50");
        await page.Locator("#acte-texte").PressSequentiallyAsync("lca");
        var first = page.Locator("#acte-texte-results [role=option]").First;
        await first.WaitForAsync();
        // Source: data acts.json ric-lca — RIC 8.08 from 2026-01-01 (8.08 × 2.21 = 17.86 €), DAP after 40 sessions.
        Assert.Equal("RIC 8.08", await first.GetAttributeAsync("data-code"));
        await Assertions.Expect(first).ToContainTextAsync("17,86");
        await Assertions.Expect(first).ToContainTextAsync("40 séances");
        await server.ScreenshotAsync(page, "plan-nouveau", fullPage: false);
        await page.Locator("#acte-texte").PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-act-list] .chip span")).ToHaveTextAsync(["RIC 8.08"]);
        await page.FillAsync("#debut", "2026-11-16");
        await page.ClickAsync("#creer-plan");
        await Assertions.Expect(page.Locator("#form-errors")).ToHaveCountAsync(0);
        await page.WaitForURLAsync(new Regex("/plans/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("#seuil-dap")).ToContainTextAsync("40 séances remboursées sans demande d'accord préalable");
        await Assertions.Expect(page.Locator("#dap-statut")).ToContainTextAsync("DAP non envoyée");
        await server.ScreenshotAsync(page, "plan");

        // Session at home with travel: the quote first (lines, reasons), an error kept beside the field, then saved.
        await page.ClickAsync("#facturer-seance");
        await page.FillAsync("#date", "2026-11-20");
        await page.FillAsync("#heure", "10:30");
        await page.SelectOptionAsync("#lieu", "domicile");
        await page.ClickAsync("#coter");
        await Assertions.Expect(page.Locator("#distance-error")).ToContainTextAsync("Distance : obligatoire à domicile");
        await Assertions.Expect(page.Locator("#lieu")).ToHaveValueAsync("domicile");
        await Assertions.Expect(page.Locator("#heure")).ToHaveValueAsync("10:30");
        await page.FillAsync("#distance", "8");
        // The bilan due at the first session is proposed checked (FirstHourTests bills it); left out here for this golden case.
        await Assertions.Expect(page.Locator("#bilan")).ToBeCheckedAsync();
        await page.UncheckAsync("#bilan");
        await page.ClickAsync("#coter");
        var rows = page.Locator("table.quote-lines tbody tr");
        await Assertions.Expect(rows.First.Locator("td.code")).ToHaveTextAsync("RIC 8.08");
        await Assertions.Expect(page.Locator("table.quote-lines td.code", new() { HasText = "IFD" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("table.quote-lines td.code", new() { HasText = "IK" })).ToHaveCountAsync(1);
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            Assert.False(string.IsNullOrWhiteSpace(await rows.Nth(i).Locator("td.rule").InnerTextAsync()), $"line {i} has no reason");
        }

        // Source: data acts.json RIC 8.08 (8.08 × 2.21 € = 17.86 €), travel.json IFD 2.50 € and IK plaine 0.38 €/km over
        // 2 × 8 − 2 × 2 = 12 km (4.56 €), coverage.json AMO 60 %: 24.92 €, AMO 14.95 €, patient 9.97 €.
        const string total = "24,92\u00a0€", amo = "14,95\u00a0€";
        await Assertions.Expect(page.Locator("#quote-total")).ToHaveTextAsync(total);
        await Assertions.Expect(page.Locator("#quote-amo")).ToHaveTextAsync(amo);
        await Assertions.Expect(page.Locator("#quote-patient")).ToHaveTextAsync("9,97\u00a0€");
        await server.ScreenshotAsync(page, "seance-cotation");
        await page.ClickAsync("#enregistrer");
        await page.WaitForURLAsync(new Regex("/plans/[0-9a-f-]{36}#seances$"));
        var session = page.Locator("#seances tr[data-seance='1']");
        await Assertions.Expect(session).ToContainTextAsync("à domicile (8 km)");
        await Assertions.Expect(session).ToContainTextAsync(total);

        // Invoice: issued from the plan, printable page, PDF text read back with PdfPig.
        await session.Locator("button.facturer").ClickAsync();
        await page.WaitForURLAsync(new Regex("/factures/[0-9a-f-]{36}$"));
        var title = await page.Locator("#facture-titre").InnerTextAsync();
        var number = Regex.Match(title, @"Facture n° (\d{4}-\d+)").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(number), title);
        await Assertions.Expect(page.Locator("#facture-total")).ToHaveTextAsync(total);
        await Assertions.Expect(page.Locator("#facture-amo")).ToHaveTextAsync(amo);
        await Assertions.Expect(page.Locator("#praticien-facture")).ToContainTextAsync("RPPS 10001234567");
        await server.ScreenshotAsync(page, "facture");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#facture-pdf"));
        Assert.Equal($"facture-{number}.pdf", download.SuggestedFilename);
        var path = Path.Combine(server.ScreenshotDirectory, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var text = Pdf.Text(await File.ReadAllBytesAsync(path));
        Assert.Contains($"Facture n° {number}", text);
        Assert.Contains("RIC 8.08", text);
        Assert.Contains("IFD", text);
        Assert.Contains("N° RPPS : 10001234567", text);
        Assert.Contains("N° Assurance Maladie : 751234567", text);
        Assert.Contains("LEFEBVRE Julien", text);
        Assert.Contains(total.Replace('\u00a0', ' '), text);
        Assert.Contains(amo.Replace('\u00a0', ' '), text);
        Assert.Contains("9,97 €", text);
        Assert.Contains("20/11/2026", text);

        // Credit note: the existing workflow, shown as its own numbered document.
        await page.ClickAsync("#avoir");
        await page.WaitForURLAsync(new Regex("/factures/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("#facture-titre")).ToContainTextAsync("Avoir n°");
        await Assertions.Expect(page.Locator("#annule")).ToContainTextAsync(number);
        await server.ScreenshotAsync(page, "avoir");
        var creditPdf = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#facture-pdf"));
        var creditPath = Path.Combine(server.ScreenshotDirectory, creditPdf.SuggestedFilename);
        await creditPdf.SaveAsAsync(creditPath);
        var creditText = Pdf.Text(await File.ReadAllBytesAsync(creditPath));
        Assert.Contains("Avoir n°", creditText);
        Assert.Contains($"Annule la facture : {number}", creditText);
        Assert.Contains("-24,92 €", creditText);

        // The patient list finds the patient whatever the case and accents.
        await page.GotoAsync("/patients?q=lefébvre");
        await Assertions.Expect(page.Locator("#patients tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#patients")).ToContainTextAsync("LEFEBVRE Julien");
    }

    [Fact]
    public async Task A_session_past_the_DAP_threshold_is_blocked_until_the_caisse_agrees_even_tacitly()
    {
        var page = await server.LoggedInPageAsync();
        await CreatePatientAndPrescriptionAsync(page, "Garnier");
        // Source: data acts.json rsc-canal-carpien — sessionsBeforeDap 0: DAP before the first session.
        await OpenPlanAsync(page, "canal carpien", "rsc-canal-carpien");
        await Assertions.Expect(page.Locator("#seuil-dap")).ToContainTextAsync("DAP obligatoire avant la première séance");
        await Assertions.Expect(page.Locator("#dap-bloque")).ToContainTextAsync("Séance 1 bloquée");
        await Assertions.Expect(page.Locator("#dap-bloque")).ToContainTextAsync("Envoyez la DAP");
        await server.ScreenshotAsync(page, "plan-dap-bloque");
        var dapDocument = await page.Locator("#dap-document").GetAttributeAsync("href");
        Assert.Matches("^/plans/[0-9a-f-]{36}/dap/document$", dapDocument);

        await page.ClickAsync("#facturer-seance");
        await Assertions.Expect(page.Locator("#dap-bloque")).ToContainTextAsync("Séance 1 non facturable");
        await Assertions.Expect(page.Locator("#enregistrer")).ToHaveCountAsync(0);
        await server.ScreenshotAsync(page, "seance-dap-bloquee");

        // Sent today: still blocked, waiting for the answer.
        await page.GoBackAsync();
        await page.ClickAsync("#dap-envoyee");
        await Assertions.Expect(page.Locator("#dap-statut")).ToContainTextAsync("DAP envoyée, en attente de réponse");
        await Assertions.Expect(page.Locator("#dap-bloque")).ToContainTextAsync("attendez la réponse");

        // Sent 20 days ago without answer: tacit agreement (Source: data rules.json dap.tacitAgreementDays), block lifted.
        var sent = DateOnly.ParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.FillAsync("#dapdate", sent);
        await page.ClickAsync("#dap-envoyee");
        await Assertions.Expect(page.Locator("#dap-statut")).ToContainTextAsync("DAP acceptée tacitement");
        await Assertions.Expect(page.Locator("#dap-bloque")).ToHaveCountAsync(0);
        await page.ClickAsync("#facturer-seance");
        await Assertions.Expect(page.Locator("#enregistrer")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_plan_page_offers_no_invoice_for_a_session_whose_quote_has_an_error()
    {
        var page = await server.LoggedInPageAsync();
        await CreatePatientAndPrescriptionAsync(page, "Perrin");
        // A supplement billed alone: the engine's CUMUL_NOT_ALLOWED error (NGAP Titre XIV, article 7 — « jamais seul »).
        await OpenPlanAsync(page, "bandage", "rav-bandage-un-membre");
        await page.ClickAsync("#facturer-seance");
        await page.ClickAsync("#enregistrer");
        await page.WaitForURLAsync(new Regex("/plans/[0-9a-f-]{36}#seances$"));

        // The session is kept with its issues; instead of « Émettre la facture », the row says why it cannot be billed
        // (the API refuses it too).
        await Assertions.Expect(page.Locator("#seances tr[data-seance='1'] .non-facturable")).ToHaveTextAsync("non facturable");
        await Assertions.Expect(page.Locator("#seances tr[data-seance='1']")).ToContainTextAsync("jamais seul", new() { IgnoreCase = true });
        await Assertions.Expect(page.Locator("#seances button.facturer")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#seances a[href^='/factures/']")).ToHaveCountAsync(0);
    }
}
