using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Cotakine.Browser.Tests;

[Collection(UiCollection.Name)]
public sealed class UiTests(UiServerFixture server, ITestOutputHelper output)
{
    // Source: CONTRACT.md quote example (RAM 8.09 + AMK 10.7 at home, 8 km plaine, 2026-03-12 → total 48.59, amo 29.15).
    private const string QuoteDate = "2026-03-12";

    private static async Task PickActAsync(IPage page, string text)
    {
        var input = page.Locator("#actes-texte");
        await input.FillAsync(text);
        await page.Locator("#actes-texte-results [role=option]").First.WaitForAsync();
        await input.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-act-list] .chip").Last).ToContainTextAsync(text);
    }

    private static async Task FillHomeSessionAsync(IPage page, string department)
    {
        await page.GotoAsync("/coter");
        await page.FillAsync("#date", QuoteDate);
        await page.FillAsync("#heure", "10:30");
        await page.FillAsync("#departement", department);
        await page.SelectOptionAsync("#lieu", "domicile");
        await PickActAsync(page, "RAM 8.09");
        await PickActAsync(page, "AMK 10.7");
        await page.FillAsync("#distance", "8");
        await page.SelectOptionAsync("#zone", "plaine");
    }

    [Fact]
    public async Task Live_search_lca_shows_RIC_808_first_with_price_and_referentiel()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync($"/nomenclature?date={QuoteDate}");
        await page.Locator("#nomen-q").PressSequentiallyAsync("lca");
        var first = page.Locator("#nomen-q-results [role=option]").First;
        await first.WaitForAsync();
        // Source: ngap-facts / data acts.json ric-lca: RIC 8.08 from 2026-01-01, 8.08 × 2.21 = 17.86 €, DAP after 40 sessions.
        Assert.Equal("RIC 8.08", await first.GetAttributeAsync("data-code"));
        await Assertions.Expect(first).ToContainTextAsync("17,86");
        await Assertions.Expect(first).ToContainTextAsync("40 séances");
        await server.ScreenshotAsync(page, "recherche-lca", fullPage: false);

        await page.Locator("#nomen-q").PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/nomenclature/ric-lca"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("ligament croisé antérieur");
        await Assertions.Expect(page.Locator("table.data")).ToContainTextAsync("RIC 7.48");
        await server.ScreenshotAsync(page, "acte-ric-lca");
    }

    [Fact]
    public async Task Quote_at_home_with_travel_shows_lines_reasons_and_total()
    {
        var page = await server.NewPageAsync();
        await FillHomeSessionAsync(page, "75");
        await page.ClickAsync("#coter");
        await Assertions.Expect(page.Locator("#quote-total")).ToHaveTextAsync("48,59\u00a0€");
        await Assertions.Expect(page.Locator("#quote-amo")).ToHaveTextAsync("29,15\u00a0€");
        await Assertions.Expect(page.Locator("#quote-patient")).ToHaveTextAsync("19,44\u00a0€");
        var rows = page.Locator("table.quote-lines tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(4);
        string[] codes = ["RAM 8.09", "AMK 10.7", "IFD", "IK"];
        for (var i = 0; i < codes.Length; i++)
        {
            await Assertions.Expect(rows.Nth(i).Locator("td.code")).ToHaveTextAsync(codes[i]);
            Assert.False(string.IsNullOrWhiteSpace(await rows.Nth(i).Locator("td.rule").InnerTextAsync()), $"line {codes[i]} has no reason");
        }

        await Assertions.Expect(rows.Nth(3)).ToContainTextAsync("4,56");
        await server.ScreenshotAsync(page, "coter-devis");

        await page.ClickAsync("text=Version imprimable");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Devis de séance");
        await Assertions.Expect(page.Locator("#quote-total")).ToHaveTextAsync("48,59\u00a0€");
        await server.ScreenshotAsync(page, "devis-imprimable");
    }

    [Fact]
    public async Task Invalid_form_keeps_what_was_typed_and_explains_in_french()
    {
        var page = await server.NewPageAsync();
        await FillHomeSessionAsync(page, "100");
        await page.FillAsync("#rang", "zéro");
        await page.ClickAsync("#coter");
        await Assertions.Expect(page.Locator("#form-errors")).ToContainTextAsync("2 champs à corriger");
        await Assertions.Expect(page.Locator("#departement-error")).ToHaveTextAsync("Département : « 100 » n'est pas un département (01 à 95, 2A, 2B, 971 à 976).");
        await Assertions.Expect(page.Locator("#rang-error")).ToContainTextAsync("Rang de la séance : « zéro »");
        await Assertions.Expect(page.Locator("#departement")).ToHaveValueAsync("100");
        await Assertions.Expect(page.Locator("#date")).ToHaveValueAsync(QuoteDate);
        await Assertions.Expect(page.Locator("#heure")).ToHaveValueAsync("10:30");
        await Assertions.Expect(page.Locator("#distance")).ToHaveValueAsync("8");
        await Assertions.Expect(page.Locator("#lieu")).ToHaveValueAsync("domicile");
        await Assertions.Expect(page.Locator("#rang")).ToHaveValueAsync("zéro");
        await Assertions.Expect(page.Locator("[data-act-list] .chip span")).ToHaveTextAsync(["RAM 8.09", "AMK 10.7"]);
        await Assertions.Expect(page.Locator("#devis")).ToHaveCountAsync(0);
        await server.ScreenshotAsync(page, "coter-erreurs");
    }

    [Fact]
    public async Task Nomenclature_shows_a_planned_act_as_a_verifier()
    {
        var page = await server.NewPageAsync();
        // Source: data acts.json ric-lca — RIC 8.38 planned from 2027-07-01 (AV7, comité d'alerte), confidence unsure.
        await page.GotoAsync("/nomenclature?date=2027-07-15");
        var row = page.Locator("tr[data-act=ric-lca]");
        await Assertions.Expect(row.Locator("td.code")).ToHaveTextAsync("RIC 8.38");
        await Assertions.Expect(row.Locator(".badge.check").First).ToHaveTextAsync("à vérifier");
        await server.ScreenshotAsync(page, "nomenclature-2027");

        // Source: acts.json — avenant 8 revalues three acts on 2026-05-28: the next date after 2026-03-12.
        await page.GotoAsync("/nomenclature?date=2026-03-12");
        await Assertions.Expect(page.Locator(".next-revaluation summary")).ToContainTextAsync("le 28/05/2026 (3 actes)");
        await server.ScreenshotAsync(page, "nomenclature");

        // Just before 2027-07-01, the next revaluation shows RIC 8.08 → RIC 8.38 (planned), flagged « à vérifier ».
        await page.GotoAsync("/nomenclature?date=2027-06-20");
        var next = page.Locator(".next-revaluation");
        await Assertions.Expect(next.Locator("summary")).ToContainTextAsync("01/07/2027");
        var change = next.Locator("tr", new() { HasText = "ligament croisé antérieur" });
        await Assertions.Expect(change).ToContainTextAsync("RIC 8.08");
        await Assertions.Expect(change).ToContainTextAsync("RIC 8.38");
        await Assertions.Expect(change.Locator(".badge.check")).ToHaveTextAsync("à vérifier");
    }

    [Fact]
    public async Task Quote_pdf_download_carries_the_french_text_and_amounts()
    {
        var page = await server.NewPageAsync();
        await FillHomeSessionAsync(page, "75");
        await page.ClickAsync("#coter");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#devis-pdf"));
        Assert.Equal("devis-seance-2026-03-12.pdf", download.SuggestedFilename);
        var path = Path.Combine(server.ScreenshotDirectory, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var text = Pdf.Text(await File.ReadAllBytesAsync(path));
        Assert.Contains("Devis de séance", text);
        Assert.Contains("12/03/2026 à 10:30", text);
        Assert.Contains("RAM 8.09", text);
        Assert.Contains("IFD", text);
        Assert.Contains("48,59 €", text);
        Assert.Contains("29,15 €", text);
        Assert.Contains("19,44 €", text);
        Assert.Contains("Reste à charge du patient", text);
        Assert.Contains("Ce document n'est pas une facture.", text);
    }

    [Fact]
    public async Task Main_pages_render_in_french()
    {
        var page = await server.LoggedInPageAsync();
        foreach (var (path, name, heading) in new[] { ("/", "journee", "Journée"), ("/patients", "patients", "Patients"), ("/reglages", "reglages", "Réglages du cabinet") })
        {
            await page.GotoAsync(path);
            // The day view's heading carries the date (« Journée du 23/11/2026 (aujourd'hui) »).
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(heading)));
            await Assertions.Expect(page.Locator("nav a[aria-current=page]")).ToHaveCountAsync(1);
            await server.ScreenshotAsync(page, name);
        }

        var missing = await page.GotoAsync("/nomenclature/pas-un-acte");
        Assert.Equal(404, missing!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Acte introuvable");
    }

    [Fact]
    public async Task Keystroke_to_results_p95_is_measured_in_the_browser()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync($"/nomenclature?date={QuoteDate}");
        var input = page.Locator("#nomen-q");
        string[] words = ["lca", "ptg", "genou", "epaule", "lombalgie", "cervical", "ric", "bilan", "rachis", "hanche", "amk", "rachis lombaire"];
        // Warm-up (not counted): the first request of each word JIT-compiles the server's search path; a kiné's app is warm.
        foreach (var word in words)
        {
            await input.FillAsync(word);
            await page.WaitForFunctionAsync("q => document.querySelector('#nomen-q-results [data-q]')?.dataset.q === q", word);
        }

        var samples = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            var word = words[i % words.Length];
            var prefix = word[..^1];
            await input.FillAsync(prefix);
            await page.WaitForFunctionAsync("q => document.querySelector('#nomen-q-results [data-q]')?.dataset.q === q", prefix);
            // Arm the probe: keydown timestamp → the 'act-results' event fired once the DOM shows the new results.
            await page.EvaluateAsync(@"() => {
                const input = document.getElementById('nomen-q');
                const box = document.getElementById('nomen-q-results');
                window.__latency = new Promise(resolve => {
                    let start = 0;
                    input.addEventListener('keydown', e => { start = performance.now(); }, { once: true });
                    box.addEventListener('act-results', () => resolve(performance.now() - start), { once: true });
                });
            }");
            await input.PressAsync(word[^1..]);
            samples.Add(await page.EvaluateAsync<double>("() => window.__latency"));
            await Assertions.Expect(page.Locator("#nomen-q-results [data-q]")).ToHaveAttributeAsync("data-q", word);
        }

        samples.Sort();
        var p50 = samples[(int)Math.Ceiling(0.50 * samples.Count) - 1];
        var p95 = samples[(int)Math.Ceiling(0.95 * samples.Count) - 1];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Keystroke → results shown (act search, {samples.Count} samples): p50 {p50:F1} ms, p95 {p95:F1} ms, max {samples[^1]:F1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[cotakine] act search keystroke-to-results p95 = {p95:F1} ms (p50 {p50:F1} ms, n = {samples.Count})"));
        // Target 50 ms (issue 5); the assertion leaves room for a loaded CI machine, the figure is reported above.
        Assert.True(p95 < 100, $"p95 {p95:F1} ms");
    }
}
