using Cotakine.Catalog.Loading;
using Cotakine.Quoting;
using Cotakine.Territories;
using Cotakine.Web.Documents;
using UglyToad.PdfPig;

namespace Cotakine.Web.Tests.Ui;

public sealed class QuoteDocumentTests
{
    private static string Text(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return string.Join(' ', doc.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)).Replace('\u00a0', ' ');
    }

    [Fact]
    public void The_devis_pdf_reads_back_with_accents_euro_and_amounts()
    {
        // Source: CONTRACT.md quote example (lines and totals), built by hand so the document is tested on its own.
        var request = new QuoteRequest(new DateOnly(2026, 3, 12), new TimeOnly(10, 30), CatalogLoader.Embedded.FindDepartment("75")!,
            PlaceOfCare.Domicile, [], false, new Travel(8m, TravelZone.Plaine, false), null, Patient.Default, []);
        var quote = new Quote(request.Date, TerritoryKind.Metro, 2.21m,
        [
            new("RAM 8.09", LineKind.Act, "Rééducation du rachis lombaire", 1, 17.88m, 1m, 17.88m, "Acte en vigueur le 12/03/2026 (NGAP titre XIV, art. 1er)."),
            new("AMK 10.7", LineKind.Bilan, "Bilan-diagnostic kinésithérapique", 1, 23.65m, 1m, 23.65m, "Bilan initial."),
            new("IFD", LineKind.Travel, "Indemnité forfaitaire de déplacement", 1, 2.50m, 1m, 2.50m, "Séance à domicile (art. 13)."),
            new("IK", LineKind.Travel, "Indemnité kilométrique plaine", 12, 0.38m, 1m, 4.56m, "8 km aller, 2 km déduits, aller-retour."),
        ], 48.59m, 29.15m, 19.44m, [new QuoteIssue(Severity.Warning, RuleId.DapRequired, "Demande d'accord préalable à prévoir à la 41e séance.")], "test");

        var text = Text(QuoteDocument.Render(PdfFonts.FromDebian(), request, quote));

        Assert.Contains("Devis de séance", text);
        Assert.Contains("12/03/2026 à 10:30", text);
        Assert.Contains("Rééducation du rachis", text);
        Assert.Contains("48,59 €", text);
        Assert.Contains("29,15 €", text);
        Assert.Contains("19,44 €", text);
        Assert.Contains("0,38 €", text);
        // Issue 16 item 17: the rule id stays in the API, the document reads French only.
        Assert.Contains("Attention : Demande d'accord préalable à prévoir à la 41e séance.", text);
        Assert.DoesNotContain("DAP_REQUIRED", text);
        Assert.Contains("Séance facturable telle quelle.", text);
    }

    [Fact]
    public void A_long_table_flows_onto_new_pages()
    {
        var layout = new PdfLayout(PdfFonts.FromDebian(), "Essai");
        layout.Table([new("N°", 40, true), new("Libellé", 300)], Enumerable.Range(1, 120).Select(i => (IReadOnlyList<string>)[i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Ligne numéro {i} — élève, forêt, 1,00 €"]));
        using var doc = PdfDocument.Open(layout.Build());
        Assert.True(doc.NumberOfPages >= 2);
        var last = string.Join(' ', doc.GetPage(doc.NumberOfPages).GetWords().Select(w => w.Text));
        Assert.Contains("Ligne numéro 120", last);
        Assert.Contains("Libellé", last); // header repeated on the new page
    }

    [Fact]
    public void A_missing_font_is_explained_in_french()
    {
        var fonts = new PdfFonts("/nonexistent/DejaVuSans.ttf", "/nonexistent/DejaVuSans-Bold.ttf");
        var e = Assert.Throws<PdfFontMissingException>(() => new PdfLayout(fonts, "x"));
        Assert.Contains("fonts-dejavu-core", e.Message);
    }
}
