using System.Text.Json;

namespace Cotakine.Cli.Tests;

public class QuoteTests
{
    /// <summary>Source: CONTRACT.md, « cotakine quote » request example.</summary>
    internal const string ContractExample = """
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

    // ---- invalid input: exit 2, French message naming the field on stderr, nothing on stdout ----

    [Theory]
    [InlineData("""{"date": 20260312, "department": "75", "place": "cabinet", "acts": ["RAM 8.09"]}""", "date")]
    [InlineData("""{"date": "2026-03-12", "department": 75, "place": "cabinet", "acts": ["RAM 8.09"]}""", "department")]
    [InlineData("""{"date": "2026-03-12", "department": "75", "place": "cabinet", "acts": "RAM 8.09"}""", "acts")]
    [InlineData("""{"date": "2026-03-12", "department": "75", "place": "cabinet", "acts": ["RAM 8.09"], "urgent": "oui"}""", "urgent")]
    [InlineData("""{"date": "2026-03-12", "department": "75", "place": "domicile", "acts": ["RAM 8.09"], "travel": {"distanceKm": "8"}}""", "travel.distanceKm")]
    [InlineData("""{"date": "2026-03-12", "department": "75", "place": "cabinet", "acts": ["RAM 8.09", 12]}""", "acts[1]")]
    public void Wrong_type_is_exit_2(string request, string field) =>
        Cli.RunWithStdin(request, "quote", "--json").AssertInvalid(field);

    [Theory]
    [InlineData("""{"date": "2026-03-12", "department": "75", "place": "cabinet", "acts": ["RAM 8.09"], "urgence": true}""", "urgence")]
    [InlineData("""{"date": "2026-03-12", "department": "75", "place": "cabinet", "acts": ["RAM 8.09"], "series": {"sesionNumber": 2}}""", "series.sesionNumber")]
    [InlineData("""{"date": "2026-03-12", "department": "75", "place": "cabinet", "acts": ["RAM 8.09"], "patient": {"coverage": "ald", "age": 70}}""", "patient.age")]
    public void Unknown_property_is_exit_2(string request, string field) =>
        Cli.RunWithStdin(request, "quote", "--json").AssertInvalid(field);

    [Fact]
    public void Impossible_date_is_exit_2() =>
        Cli.RunWithStdin(Minimal.Replace("2026-03-12", "2026-02-30"), "quote", "--json").AssertInvalid("date");

    [Fact]
    public void Bad_time_is_exit_2() =>
        Cli.RunWithStdin(Minimal.Replace("\"place\"", "\"time\": \"25:00\", \"place\""), "quote", "--json").AssertInvalid("time");

    [Fact]
    public void Unknown_department_is_exit_2() =>
        Cli.RunWithStdin(Minimal.Replace("\"75\"", "\"96\""), "quote", "--json").AssertInvalid("department");

    [Fact]
    public void Bad_place_is_exit_2() =>
        Cli.RunWithStdin(Minimal.Replace("cabinet", "maison"), "quote", "--json").AssertInvalid("place");

    [Fact]
    public void Negative_distance_is_exit_2() =>
        Cli.RunWithStdin(ContractExample.Replace("8.0", "-8.0"), "quote", "--json").AssertInvalid("travel.distanceKm");

    [Fact]
    public void Empty_acts_is_exit_2() =>
        Cli.RunWithStdin(Minimal.Replace("[\"RAM 8.09\"]", "[]"), "quote", "--json").AssertInvalid("acts");

    [Fact]
    public void Missing_required_field_is_exit_2() =>
        Cli.RunWithStdin("""{"date": "2026-03-12", "department": "75", "acts": ["RAM 8.09"]}""", "quote", "--json").AssertInvalid("place");

    [Fact]
    public void Session_number_zero_is_exit_2() =>
        Cli.RunWithStdin(ContractExample.Replace("\"sessionNumber\": 1", "\"sessionNumber\": 0"), "quote", "--json").AssertInvalid("series.sessionNumber");

    [Fact]
    public void Not_json_is_exit_2() =>
        Cli.RunWithStdin("date=2026-03-12&acts=RAM", "quote", "--json").AssertInvalid("JSON");

    [Fact]
    public void Truncated_json_is_exit_2() =>
        Cli.RunWithStdin("""{"date": "2026-03-12", """, "quote", "--json").AssertInvalid("JSON");

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    public void Empty_input_is_exit_2(string stdin) =>
        Cli.RunWithStdin(stdin, "quote", "--json").AssertInvalid("vide");

    [Fact]
    public void Root_not_an_object_is_exit_2() =>
        Cli.RunWithStdin("""["RAM 8.09"]""", "quote", "--json").AssertInvalid("objet");

    [Fact]
    public void Missing_file_is_exit_2() =>
        Cli.Run("quote", "/nonexistent/demande.json").AssertInvalid("FICHIER");

    [Fact]
    public void Every_error_is_reported_not_only_the_first()
    {
        var result = Cli.RunWithStdin("""{"date": "2026-02-30", "department": "99", "place": "cabinet", "acts": []}""", "quote");

        result.AssertInvalid("date");
        Assert.Contains("department", result.Stderr);
        Assert.Contains("acts", result.Stderr);
    }

    // ---- success paths: need the quote engine (branch « quote ») ----

    [Fact]
    public void Contract_example_is_quoted()
    {
        // Source: CONTRACT.md, « cotakine quote » response example.
        var result = Cli.RunWithStdin(ContractExample, "quote", "--json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var json = result.Json();
        Assert.Equal("2026-03-12", json.GetProperty("date").GetString());
        Assert.Equal("metro", json.GetProperty("territory").GetString());
        Assert.Equal(2.21m, json.GetProperty("pointValue").GetDecimal());
        var lines = json.GetProperty("lines").EnumerateArray().ToList();
        var ram = lines.Single(l => l.GetProperty("code").GetString() == "RAM 8.09");
        Assert.Equal("act", ram.GetProperty("kind").GetString());
        Assert.Equal(17.88m, ram.GetProperty("amount").GetDecimal());
        var amk = lines.Single(l => l.GetProperty("code").GetString() == "AMK 10.7");
        Assert.Equal("bilan", amk.GetProperty("kind").GetString());
        Assert.Equal(23.65m, amk.GetProperty("amount").GetDecimal());
        Assert.Contains(lines, l => l.GetProperty("code").GetString() == "IFD" && l.GetProperty("kind").GetString() == "travel");
        var ik = lines.Single(l => l.GetProperty("code").GetString() == "IK");
        Assert.Equal(12m, ik.GetProperty("quantity").GetDecimal());
        Assert.Equal(48.59m, json.GetProperty("total").GetDecimal());
        Assert.Equal(29.15m, json.GetProperty("amo").GetDecimal());
        Assert.Equal(19.44m, json.GetProperty("patientShare").GetDecimal());
        Assert.Equal(lines.Sum(l => l.GetProperty("amount").GetDecimal()), json.GetProperty("total").GetDecimal());
        Assert.All(lines, l => Assert.False(string.IsNullOrWhiteSpace(l.GetProperty("rule").GetString())));
        Assert.DoesNotContain(json.GetProperty("issues").EnumerateArray(), i => i.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public void Request_from_a_file_gives_the_same_quote_as_stdin()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cotakine-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, ContractExample);
        try
        {
            var fromFile = Cli.Run("quote", path, "--json");
            var fromStdin = Cli.RunWithStdin(ContractExample, "quote", "-", "--json");

            Assert.Equal(0, fromFile.ExitCode);
            Assert.Equal(fromStdin.Stdout, fromFile.Stdout);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unknown_act_is_exit_1_with_the_quote_on_stdout()
    {
        // Source: CONTRACT.md — exit 1 when the quote carries an error issue; UNKNOWN_ACT rule.
        var result = Cli.RunWithStdin(Minimal.Replace("RAM 8.09", "XYZ 1"), "quote", "--json");

        Assert.Equal(1, result.ExitCode);
        var issues = result.Json().GetProperty("issues").EnumerateArray().ToList();
        Assert.Contains(issues, i => i.GetProperty("rule").GetString() == "UNKNOWN_ACT" && i.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public void A_telesoin_code_is_exit_1_not_supported()
    {
        // Source: CONTRACT.md 1.1 NOT_SUPPORTED « a real NGAP code … that Cotakine does not quote yet (e.g. télésoin) ».
        var result = Cli.RunWithStdin("""{"date": "2026-03-12", "department": "75", "place": "cabinet", "acts": ["TMK 8.09"]}""", "quote", "--json");
        Assert.Equal(1, result.ExitCode);
        var issue = Assert.Single(result.Json().GetProperty("issues").EnumerateArray());
        Assert.Equal(("NOT_SUPPORTED", "error"), (issue.GetProperty("rule").GetString(), issue.GetProperty("severity").GetString()));
        Assert.Contains("télésoin", issue.GetProperty("message").GetString());
    }

    [Fact]
    public void A_code_of_another_period_is_exit_1_act_not_in_force()
    {
        var result = Cli.RunWithStdin(Minimal.Replace("RAM 8.09", "RIC 7.48"), "quote", "--json");

        Assert.Equal(1, result.ExitCode);
        var issue = result.Json().GetProperty("issues").EnumerateArray().First(i => i.GetProperty("rule").GetString() == "ACT_NOT_IN_FORCE");
        Assert.Contains("RIC 8.08", issue.GetProperty("message").GetString());
    }

    [Fact]
    public void Human_output_is_a_french_table_with_totals()
    {
        var result = Cli.RunWithStdin(ContractExample, "quote");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Total", result.Stdout);
        Assert.Contains("48,59\u00a0€", result.Stdout);
        Assert.Contains("Part AMO", result.Stdout);
        Assert.Contains("RAM 8.09", result.Stdout);
    }

    [Fact]
    public void Json_output_is_json_only()
    {
        var result = Cli.RunWithStdin(ContractExample, "quote", "--json");

        Assert.Equal(JsonValueKind.Object, result.Json().ValueKind);
    }
}
