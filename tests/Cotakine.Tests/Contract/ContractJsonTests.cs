using System.Text.Json;
using Cotakine.Catalog;
using Cotakine.Catalog.Loading;
using Cotakine.Contract;
using Cotakine.Quoting;
using Cotakine.Territories;

namespace Cotakine.Tests.Contract;

public class ContractJsonTests
{
    private static readonly NgapCatalog Catalog = CatalogLoader.Embedded;

    private static PricedAct Priced(string code, string date, TerritoryKind territory = TerritoryKind.Metro)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var version = Catalog.Find(ActCode.Parse(code), day) ?? throw new InvalidOperationException(code);
        return PricedAct.Create(Catalog, version, day, territory);
    }

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();

    /// <summary>A quote built by hand, shaped like the CONTRACT.md response example.</summary>
    private static Quote ContractQuote(params QuoteIssue[] issues) => new(
        new DateOnly(2026, 3, 12),
        TerritoryKind.Metro,
        2.21m,
        [
            new QuoteLine("RAM 8.09", LineKind.Act, "Lombalgie commune", 1, 17.88m, 1.0m, 17.88m, "Acte en vigueur (NGAP Titre XIV)"),
            new QuoteLine("AMK 10.7", LineKind.Bilan, "Bilan", 1, 23.65m, 1m, 23.65m, "BDK"),
            new QuoteLine("IFD", LineKind.Travel, "Indemnité forfaitaire de déplacement", 1, 2.5m, 1m, 2.5m, "NGAP art. 13"),
            new QuoteLine("IK", LineKind.Travel, "Indemnité kilométrique", 12, 0.38m, 1m, 4.56m, "NGAP art. 13"),
            new QuoteLine("RSC 8.1", LineKind.Act, "Second acte", 1, 17.90m, 0.50m, 8.950m, "NGAP art. 11 B"),
        ],
        57.54m,
        34.524m,
        23.016m,
        issues,
        "test-1");

    [Fact]
    public void Act_show_has_the_contract_fields_in_order()
    {
        // Source: CONTRACT.md « acts show » example.
        var json = JsonDocument.Parse(ContractJson.ActShow(Priced("RIC 7.48", "2025-06-01"), Catalog)).RootElement;

        Assert.Equal(
            ["code", "letter", "coefficient", "label", "article", "price", "pointValue", "territory", "referentiel", "sessionsBeforeDap", "validFrom", "validTo", "source"],
            Names(json).Take(13));
        Assert.Equal("RIC 7.48", json.GetProperty("code").GetString());
        Assert.Equal(16.53m, json.GetProperty("price").GetDecimal());
        Assert.Equal(2.21m, json.GetProperty("pointValue").GetDecimal());
        Assert.Equal(40, json.GetProperty("sessionsBeforeDap").GetInt32());
        Assert.Equal("2025-12-31", json.GetProperty("validTo").GetString());
        Assert.Equal(Catalog.Version, json.GetProperty("catalogVersion").GetString());
    }

    [Fact]
    public void Act_show_writes_amounts_as_numbers_and_accents_unescaped()
    {
        var text = ContractJson.ActShow(Priced("RIC 7.48", "2025-06-01"), Catalog);

        Assert.Contains("\"price\":16.53", text);
        Assert.Contains("\"coefficient\":7.48", text);
        Assert.Contains("Rééducation", text);
        Assert.DoesNotContain("\\u", text);
    }

    [Fact]
    public void Act_show_open_ended_and_without_referentiel_are_null()
    {
        var json = JsonDocument.Parse(ContractJson.ActShow(Priced("VIC 8.4", "2027-07-01"), Catalog)).RootElement;

        Assert.Equal(JsonValueKind.Null, json.GetProperty("validTo").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("sessionsBeforeDap").ValueKind);
    }

    [Fact]
    public void Act_show_in_the_drom_uses_the_drom_point_value()
    {
        var json = JsonDocument.Parse(ContractJson.ActShow(Priced("RIC 8.08", "2026-02-01", TerritoryKind.Drom), Catalog)).RootElement;

        Assert.Equal("drom", json.GetProperty("territory").GetString());
        Assert.Equal(2.43m, json.GetProperty("pointValue").GetDecimal());
        Assert.Equal(19.63m, json.GetProperty("price").GetDecimal());
    }

    [Fact]
    public void Search_results_have_the_contract_fields_in_order()
    {
        // Source: CONTRACT.md « acts search » example: RIC 7.52, 16.62 €.
        var text = ContractJson.SearchResults([Priced("RIC 7.52", "2025-06-01")]);
        var first = Assert.Single(JsonDocument.Parse(text).RootElement.EnumerateArray().ToList());

        Assert.Equal(["code", "letter", "coefficient", "label", "price"], Names(first).Take(5));
        Assert.Equal("RIC 7.52", first.GetProperty("code").GetString());
        Assert.Equal(7.52m, first.GetProperty("coefficient").GetDecimal());
        Assert.Equal("Rééducation après arthroplastie du genou par prothèse totale ou uni-compartimentaire", first.GetProperty("label").GetString());
        Assert.Equal(16.62m, first.GetProperty("price").GetDecimal());
    }

    [Fact]
    public void Empty_search_is_an_empty_array() => Assert.Equal("[]", ContractJson.SearchResults([]));

    [Fact]
    public void Quote_has_the_contract_fields_in_order()
    {
        // Source: CONTRACT.md « cotakine quote » response.
        var json = JsonDocument.Parse(ContractJson.Quote(ContractQuote())).RootElement;

        Assert.Equal(["date", "territory", "pointValue", "lines", "total", "amo", "patientShare", "issues"], Names(json).Take(8));
        var line = json.GetProperty("lines")[0];
        Assert.Equal(["code", "kind", "label", "quantity", "unitPrice", "rate", "amount", "rule"], Names(line));
        Assert.Equal(["act", "bilan", "travel", "travel", "act"], json.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("kind").GetString()));
    }

    [Fact]
    public void C2s_share_follows_patient_share_for_c2s_patients_only()
    {
        // Source: CONTRACT.md 1.1 — for coverage "c2s", amo is the compulsory insurer's own share and the response adds "c2s".
        var engine = new QuoteEngine(CatalogLoader.Embedded);
        var request = Tests.Quoting.QuoteRequests.Session("2026-03-12", "RAM 8.09");
        var c2s = JsonDocument.Parse(ContractJson.Quote(engine.Quote(request with { Patient = new Patient(Coverage.C2s, Regime.General) }))).RootElement;
        Assert.Equal(["total", "amo", "patientShare", "c2s", "issues"], Names(c2s).Skip(4).Take(5));
        Assert.Equal((10.73m, 7.15m, 7.15m), (c2s.GetProperty("amo").GetDecimal(), c2s.GetProperty("patientShare").GetDecimal(), c2s.GetProperty("c2s").GetDecimal()));

        var standard = JsonDocument.Parse(ContractJson.Quote(engine.Quote(request))).RootElement;
        Assert.False(standard.TryGetProperty("c2s", out _));
        Assert.Equal(1.00m, standard.GetProperty("franchise").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public void Quote_amounts_have_at_most_two_decimals()
    {
        var text = ContractJson.Quote(ContractQuote());

        Assert.Contains("\"unitPrice\":2.50", text);
        Assert.Contains("\"amount\":8.95,", text);
        Assert.Contains("\"amo\":34.52,", text);
        Assert.Contains("\"patientShare\":23.02,", text);
        Assert.Contains("\"quantity\":12,", text);
        Assert.Contains("\"rate\":1.0,", text);
        Assert.Contains("\"rate\":0.5,", text);
    }

    [Fact]
    public void Quote_issues_carry_severity_rule_message_and_code()
    {
        var quote = ContractQuote(
            new QuoteIssue(Severity.Error, RuleId.ActNotInForce, "« RIC 7.48 » n'est plus en vigueur : utilisez « RIC 8.08 ».", "RIC 7.48"),
            new QuoteIssue(Severity.Warning, RuleId.IkNotDue, "Indemnité kilométrique non due."));
        var issues = JsonDocument.Parse(ContractJson.Quote(quote)).RootElement.GetProperty("issues");

        Assert.Equal("error", issues[0].GetProperty("severity").GetString());
        Assert.Equal("ACT_NOT_IN_FORCE", issues[0].GetProperty("rule").GetString());
        Assert.Equal("RIC 7.48", issues[0].GetProperty("code").GetString());
        Assert.Equal("warning", issues[1].GetProperty("severity").GetString());
        Assert.False(issues[1].TryGetProperty("code", out _));
    }

    [Fact]
    public void Indented_output_is_the_same_json()
    {
        var quote = ContractQuote();
        using var compact = JsonDocument.Parse(ContractJson.Quote(quote));
        using var indented = JsonDocument.Parse(ContractJson.Quote(quote, indented: true));

        Assert.True(JsonElement.DeepEquals(compact.RootElement, indented.RootElement));
    }
}
