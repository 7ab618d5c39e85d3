using System.Text;
using Cotakine.Catalog;
using Cotakine.Catalog.Loading;
using Cotakine.Contract;
using Cotakine.Quoting;
using Cotakine.Territories;

namespace Cotakine.Tests.Contract;

public class QuoteRequestReaderTests
{
    /// <summary>Source: CONTRACT.md, « cotakine quote » request example.</summary>
    private const string ContractExample = """
        {
          "date": "2026-03-12",
          "time": "10:30",
          "department": "75",
          "place": "domicile",
          "acts": ["RAM 8.09", "AMK 10.7"],
          "urgent": false,
          "travel": { "distanceKm": 8.0, "zone": "plaine", "sameAgglomeration": false },
          "series": { "sessionNumber": 1, "sessionsLast12Months": 0, "dapAgreed": false },
          "patient": { "coverage": "standard", "regime": "general" }
        }
        """;

    private const string Minimal = """{"date": "2026-03-12", "department": "75", "place": "cabinet", "acts": ["RAM 8.09"]}""";

    private static readonly QuoteRequestReader Reader = new(CatalogLoader.Embedded);

    private static IReadOnlyList<ContractError> Errors(string json)
    {
        Assert.False(Reader.TryRead(json, out var request, out var errors));
        Assert.Null(request);
        Assert.NotEmpty(errors);
        return errors;
    }

    private static ContractError SingleError(string json) => Assert.Single(Errors(json));

    [Fact]
    public void Reads_the_contract_example()
    {
        Assert.True(Reader.TryRead(ContractExample, out var request, out var errors), string.Join("; ", errors));

        Assert.Equal(new DateOnly(2026, 3, 12), request.Date);
        Assert.Equal(new TimeOnly(10, 30), request.Time);
        Assert.Equal("75", request.Department.Code);
        Assert.Equal(TerritoryKind.Metro, request.Department.Territory);
        Assert.Equal(PlaceOfCare.Domicile, request.Place);
        Assert.Equal([new ActCode("RAM", 8.09m), new ActCode("AMK", 10.7m)], request.Acts);
        Assert.False(request.Urgent);
        Assert.Equal(new Travel(8.0m, TravelZone.Plaine, false), request.Travel);
        Assert.Equal(new SeriesPosition(1, 0, false), request.Series);
        Assert.Equal(Patient.Default, request.Patient);
        Assert.Empty(request.Fees);
    }

    [Fact]
    public void Bytes_and_text_read_alike_and_a_bom_is_allowed()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ContractExample)).ToArray();

        Assert.True(Reader.TryRead(bytes.AsMemory(), out var fromBytes, out _));
        Assert.True(Reader.TryRead(ContractExample, out var fromText, out _));
        Assert.Equal(fromText.Date, fromBytes.Date);
        Assert.Equal(fromText.Acts, fromBytes.Acts);
        Assert.Equal(fromText.Travel, fromBytes.Travel);
    }

    [Fact]
    public void Optional_fields_take_their_contract_defaults()
    {
        Assert.True(Reader.TryRead(Minimal, out var request, out _));

        Assert.Null(request.Time);
        Assert.False(request.Urgent);
        Assert.Null(request.Travel);
        Assert.Null(request.Series);
        Assert.Equal(Patient.Default, request.Patient);
    }

    [Fact]
    public void Optional_null_counts_as_absent()
    {
        Assert.True(Reader.TryRead(Minimal.Replace("\"place\"", "\"time\": null, \"travel\": null, \"place\""), out var request, out _));
        Assert.Null(request.Time);
        Assert.Null(request.Travel);
    }

    [Fact]
    public void Act_codes_are_read_leniently()
    {
        // Source: CONTRACT.md common rules — any case, decimal comma, extra spaces.
        Assert.True(Reader.TryRead(Minimal.Replace("\"RAM 8.09\"", "\"ram 8,09\", \"  amk10.70 \""), out var request, out _));
        Assert.Equal(["RAM 8.09", "AMK 10.7"], request.Acts.Select(a => a.ToString()));
    }

    [Fact]
    public void Reads_every_enum_value_of_the_contract()
    {
        var json = ContractExample
            .Replace("\"domicile\"", "\"etablissement\"")
            .Replace("\"plaine\"", "\"pied-ski\"")
            .Replace("\"standard\"", "\"at-mp\"")
            .Replace("\"general\"", "\"alsace-moselle\"")
            .Replace("\"75\"", "\"2a\"");

        Assert.True(Reader.TryRead(json, out var request, out var errors), string.Join("; ", errors));
        Assert.Equal(PlaceOfCare.Etablissement, request.Place);
        Assert.Equal(TravelZone.PiedSki, request.Travel!.Zone);
        Assert.Equal(new Patient(Coverage.AtMp, Regime.AlsaceMoselle), request.Patient);
        Assert.Equal("2A", request.Department.Code);
    }

    [Fact]
    public void Reads_fees_beyond_the_contract()
    {
        var json = Minimal.Replace("\"acts\"", "\"fees\": [{\"kind\": \"hors-nomenclature\", \"amount\": 20.5, \"label\": \"APA\"}], \"acts\"");

        Assert.True(Reader.TryRead(json, out var request, out _));
        Assert.Equal(new Fee(FeeKind.HorsNomenclature, 20.5m, "APA"), Assert.Single(request.Fees));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("  \r\n ", "")]
    public void Empty_input_is_invalid(string json, string field)
    {
        var error = SingleError(json);
        Assert.Equal(field, error.Field);
        Assert.Contains("vide", error.Message);
    }

    [Theory]
    [InlineData("{\"date\": ")]
    [InlineData("date: 2026-03-12")]
    [InlineData("{\"date\": \"2026-03-12\",}")]
    [InlineData("// commentaire\n{}")]
    public void Not_json_is_invalid(string json) => Assert.Contains("JSON", SingleError(json).Message);

    [Theory]
    [InlineData("[]")]
    [InlineData("\"RAM 8.09\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void Root_not_an_object_is_invalid(string json) => Assert.Contains("objet", SingleError(json).Message);

    [Theory]
    [InlineData("\"extra\": 1", "extra")]
    [InlineData("\"Date\": \"2026-03-12\"", "Date")]
    [InlineData("\"travel\": {\"distanceKm\": 3, \"km\": 3}", "travel.km")]
    [InlineData("\"series\": {\"sessionNumber\": 3, \"dap\": true}", "series.dap")]
    [InlineData("\"patient\": {\"age\": 3}", "patient.age")]
    [InlineData("\"fees\": [{\"kind\": \"depassement\", \"amount\": 5, \"motif\": \"x\"}]", "fees[0].motif")]
    public void Unknown_property_at_any_level_is_invalid(string extra, string field)
    {
        var error = SingleError(Minimal.Replace("\"acts\"", extra + ", \"acts\""));
        Assert.Equal(field, error.Field);
        Assert.Contains("propriété inconnue", error.Message);
    }

    [Fact]
    public void A_duplicated_property_is_invalid()
    {
        var error = SingleError(Minimal.Replace("\"acts\"", "\"date\": \"2026-03-13\", \"acts\""));
        Assert.Equal("date", error.Field);
        Assert.Contains("deux fois", error.Message);
    }

    [Theory]
    [InlineData("date")]
    [InlineData("department")]
    [InlineData("place")]
    [InlineData("acts")]
    public void Missing_required_field_is_invalid(string field)
    {
        var json = field switch
        {
            "date" => """{"department": "75", "place": "cabinet", "acts": ["RAM 8.09"]}""",
            "department" => """{"date": "2026-03-12", "place": "cabinet", "acts": ["RAM 8.09"]}""",
            "place" => """{"date": "2026-03-12", "department": "75", "acts": ["RAM 8.09"]}""",
            _ => """{"date": "2026-03-12", "department": "75", "place": "cabinet"}""",
        };

        var error = SingleError(json);
        Assert.Equal(field, error.Field);
        Assert.Contains("obligatoire", error.Message);
    }

    [Theory]
    [InlineData("\"date\": \"2026-03-12\"", "\"date\": 20260312", "date")]
    [InlineData("\"department\": \"75\"", "\"department\": 75", "department")]
    [InlineData("\"place\": \"cabinet\"", "\"place\": 1", "place")]
    [InlineData("[\"RAM 8.09\"]", "{\"code\": \"RAM 8.09\"}", "acts")]
    [InlineData("[\"RAM 8.09\"]", "[\"RAM 8.09\", true]", "acts[1]")]
    [InlineData("\"acts\"", "\"urgent\": 1, \"acts\"", "urgent")]
    [InlineData("\"acts\"", "\"travel\": [8], \"acts\"", "travel")]
    [InlineData("\"acts\"", "\"travel\": {\"distanceKm\": \"8 km\"}, \"acts\"", "travel.distanceKm")]
    [InlineData("\"acts\"", "\"travel\": {\"distanceKm\": 8, \"sameAgglomeration\": \"non\"}, \"acts\"", "travel.sameAgglomeration")]
    [InlineData("\"acts\"", "\"series\": {\"sessionNumber\": 2.5}, \"acts\"", "series.sessionNumber")]
    [InlineData("\"acts\"", "\"series\": {\"dapAgreed\": \"oui\"}, \"acts\"", "series.dapAgreed")]
    [InlineData("\"acts\"", "\"patient\": \"ald\", \"acts\"", "patient")]
    public void Wrong_type_is_invalid(string from, string to, string field)
    {
        var error = SingleError(Minimal.Replace(from, to));
        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2025-02-29")]
    [InlineData("2026-3-12")]
    [InlineData("12/03/2026")]
    [InlineData("2026-03-12T10:30")]
    public void Impossible_or_malformed_date_is_invalid(string date)
    {
        var error = SingleError(Minimal.Replace("2026-03-12", date));
        Assert.Equal("date", error.Field);
        Assert.Contains(date, error.Message);
    }

    [Theory]
    [InlineData("24:00")]
    [InlineData("10h30")]
    [InlineData("9:30")]
    [InlineData("10:30:00")]
    public void Bad_time_is_invalid(string time) =>
        Assert.Equal("time", SingleError(Minimal.Replace("\"place\"", $"\"time\": \"{time}\", \"place\"")).Field);

    [Theory]
    [InlineData("96")]
    [InlineData("00")]
    [InlineData("20")]
    [InlineData("977")]
    [InlineData("")]
    public void Unknown_department_is_invalid(string department)
    {
        var error = SingleError(Minimal.Replace("\"75\"", $"\"{department}\""));
        Assert.Equal("department", error.Field);
        Assert.Contains("département", error.Message);
    }

    [Theory]
    [InlineData("\"place\": \"cabinet\"", "\"place\": \"Cabinet\"", "place")]
    [InlineData("\"acts\"", "\"travel\": {\"distanceKm\": 3, \"zone\": \"colline\"}, \"acts\"", "travel.zone")]
    [InlineData("\"acts\"", "\"patient\": {\"coverage\": \"cmu\"}, \"acts\"", "patient.coverage")]
    [InlineData("\"acts\"", "\"patient\": {\"regime\": \"alsace\"}, \"acts\"", "patient.regime")]
    [InlineData("\"acts\"", "\"fees\": [{\"kind\": \"DE\", \"amount\": 5}], \"acts\"", "fees[0].kind")]
    public void Bad_enum_value_is_invalid(string from, string to, string field)
    {
        var error = SingleError(Minimal.Replace(from, to));
        Assert.Equal(field, error.Field);
        Assert.Contains("valeurs admises", error.Message);
    }

    [Theory]
    [InlineData("\"travel\": {\"distanceKm\": -0.5}", "travel.distanceKm")]
    [InlineData("\"travel\": {\"zone\": \"plaine\"}", "travel.distanceKm")]
    [InlineData("\"series\": {\"sessionNumber\": 0}", "series.sessionNumber")]
    [InlineData("\"series\": {\"sessionsLast12Months\": -1}", "series.sessionsLast12Months")]
    [InlineData("\"fees\": [{\"kind\": \"depassement\", \"amount\": 0}]", "fees[0].amount")]
    [InlineData("\"fees\": [{\"kind\": \"depassement\", \"amount\": 10.005}]", "fees[0].amount")]
    [InlineData("\"fees\": [{\"kind\": \"depassement\"}]", "fees[0].amount")]
    public void Out_of_range_is_invalid(string extra, string field) =>
        Assert.Equal(field, SingleError(Minimal.Replace("\"acts\"", extra + ", \"acts\"")).Field);

    [Fact]
    public void Zero_distance_is_valid()
    {
        Assert.True(Reader.TryRead(Minimal.Replace("\"acts\"", "\"travel\": {\"distanceKm\": 0}, \"acts\""), out var request, out _));
        Assert.Equal(new Travel(0m, TravelZone.Plaine, false), request.Travel);
    }

    [Fact]
    public void Empty_acts_is_invalid()
    {
        var error = SingleError(Minimal.Replace("[\"RAM 8.09\"]", "[]"));
        Assert.Equal("acts", error.Field);
    }

    [Theory]
    [InlineData("genou")]
    [InlineData("RAM")]
    [InlineData("8.09")]
    [InlineData("RAM -8")]
    [InlineData("")]
    public void An_act_that_is_not_a_code_is_invalid(string act)
    {
        var error = SingleError(Minimal.Replace("[\"RAM 8.09\"]", $"[\"RAM 8.09\", \"{act}\"]"));
        Assert.Equal("acts[1]", error.Field);
        Assert.Contains("code d'acte", error.Message);
    }

    [Fact]
    public void Every_error_is_reported_with_its_path()
    {
        var errors = Errors("""{"date": "2026-02-30", "department": "99", "place": "maison", "acts": [], "travel": {"distanceKm": -3}, "foo": 1}""");

        Assert.Equal(
            ["acts", "date", "department", "foo", "place", "travel.distanceKm"],
            errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Error_text_names_field_and_reason_in_french()
    {
        var error = SingleError(Minimal.Replace("\"acts\"", "\"travel\": {\"distanceKm\": -3}, \"acts\""));

        Assert.Equal("travel.distanceKm : la distance doit être positive ou nulle (-3 reçu).", error.ToString());
    }

    [Fact]
    public void Sessions_already_billed_today_is_an_optional_extension()
    {
        // Beyond the contract's example (additions are allowed): series.sessionsToday feeds the daily limits (ngap-facts §F).
        Assert.True(Reader.TryRead(Minimal.Replace("}", ", \"series\": {\"sessionsToday\": 1}}", StringComparison.Ordinal), out var request, out _));
        Assert.Equal(1, request!.Series!.SessionsToday);
        Assert.True(Reader.TryRead(ContractExample, out var example, out _));
        Assert.Equal(0, example!.Series!.SessionsToday);
        var error = SingleError(Minimal.Replace("}", ", \"series\": {\"sessionsToday\": -1}}", StringComparison.Ordinal));
        Assert.Equal("series.sessionsToday", error.Field);
    }
}
