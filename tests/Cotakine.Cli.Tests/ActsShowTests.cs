namespace Cotakine.Cli.Tests;

public class ActsShowTests
{
    [Fact]
    public void Show_json_gives_the_contract_example()
    {
        // Source: CONTRACT.md, « acts show » example (RIC 7.48 on 2025-06-01 at Paris).
        var result = Cli.Run("acts", "show", "RIC 7.48", "--date", "2025-06-01", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        var json = result.Json();
        Assert.Equal("RIC 7.48", json.GetProperty("code").GetString());
        Assert.Equal("RIC", json.GetProperty("letter").GetString());
        Assert.Equal(7.48m, json.GetProperty("coefficient").GetDecimal());
        Assert.Equal(16.53m, json.GetProperty("price").GetDecimal());
        Assert.Equal(2.21m, json.GetProperty("pointValue").GetDecimal());
        Assert.Equal("metro", json.GetProperty("territory").GetString());
        Assert.True(json.GetProperty("referentiel").GetBoolean());
        Assert.Equal(40, json.GetProperty("sessionsBeforeDap").GetInt32());
        Assert.Equal("2024-02-22", json.GetProperty("validFrom").GetString());
        Assert.Equal("2025-12-31", json.GetProperty("validTo").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("label").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("article").GetString()));
        Assert.Contains("UNCAM-2023-12-14", json.GetProperty("source").GetString());
    }

    [Fact]
    public void Json_keeps_accents_unescaped()
    {
        var result = Cli.Run("acts", "show", "RIC 7.48", "--date", "2025-06-01", "--json");

        Assert.Contains("Rééducation", result.Stdout);
        Assert.DoesNotContain("\\u00E9", result.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_code_of_another_period_is_exit_1_naming_the_code_in_force()
    {
        // Source: DESIGN.md — RIC 7.48 until 2025-12-31, RIC 8.08 from 2026-01-01.
        var result = Cli.Run("acts", "show", "RIC 7.48", "--date", "2026-02-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("RIC 8.08", result.Stderr);
        Assert.Contains("n'est pas en vigueur", result.Stderr);
    }

    [Fact]
    public void The_revalued_code_is_priced_on_its_own_dates()
    {
        // Source: ngap-facts / acts.json — RIC 8.08 × 2.21 € = 17.8568 → 17.86 €.
        var result = Cli.Run("acts", "show", "RIC 8.08", "--date", "2026-02-01", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(17.86m, result.Json().GetProperty("price").GetDecimal());
        Assert.Equal("2027-06-30", result.Json().GetProperty("validTo").GetString());
    }

    [Fact]
    public void A_drom_department_uses_the_drom_point_value()
    {
        // Source: point-values.json — 2.43 € in the DROM; 8.08 × 2.43 = 19.6344 → 19.63 €.
        var result = Cli.Run("acts", "show", "RIC 8.08", "--date", "2026-02-01", "--department", "974", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = result.Json();
        Assert.Equal(2.43m, json.GetProperty("pointValue").GetDecimal());
        Assert.Equal("drom", json.GetProperty("territory").GetString());
        Assert.Equal(19.63m, json.GetProperty("price").GetDecimal());
    }

    [Fact]
    public void Input_code_is_lenient_and_output_canonical()
    {
        // Source: CONTRACT.md common rules — « ram 7,49 » accepted; output canonical.
        var result = Cli.Run("acts", "show", "  ric 8,080 ", "--date", "2026-02-01", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("RIC 8.08", result.Json().GetProperty("code").GetString());
    }

    [Fact]
    public void A_code_typed_as_two_words_is_one_code()
    {
        var result = Cli.Run("acts", "show", "RIC", "8.08", "--date", "2026-02-01", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("RIC 8.08", result.Json().GetProperty("code").GetString());
    }

    [Fact]
    public void An_open_ended_period_has_a_null_valid_to()
    {
        var result = Cli.Run("acts", "show", "RIC 8.38", "--date", "2027-07-01", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.Json().GetProperty("validTo").ValueKind);
        Assert.True(result.Json().GetProperty("planned").GetBoolean());
    }

    [Fact]
    public void An_act_without_referentiel_has_null_sessions_before_dap()
    {
        // VIC 8.1: genou ou jambe opéré, hors référentiel.
        var result = Cli.Run("acts", "show", "VIC 8.1", "--date", "2026-02-01", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.False(result.Json().GetProperty("referentiel").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.Json().GetProperty("sessionsBeforeDap").ValueKind);
    }

    [Fact]
    public void Unknown_code_is_exit_1()
    {
        var result = Cli.Run("acts", "show", "XYZ 1", "--date", "2026-02-01", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("XYZ 1", result.Stderr);
        Assert.Contains("inconnu", result.Stderr);
    }

    [Fact]
    public void Telesoin_code_is_exit_1_saying_it_is_not_supported_yet()
    {
        // Source: ngap-facts §A/§L — TMK is a real key letter whose billing format is not established.
        var result = Cli.Run("acts", "show", "TMK 8.09", "--date", "2026-02-01", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("télésoin", result.Stderr);
        Assert.DoesNotContain("inconnu", result.Stderr);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("01/02/2026")]
    [InlineData("demain")]
    public void Bad_date_is_exit_2(string date) =>
        Cli.Run("acts", "show", "RIC 8.08", "--date", date).AssertInvalid("--date");

    [Theory]
    [InlineData("99")]
    [InlineData("2C")]
    [InlineData("paris")]
    public void Bad_department_is_exit_2(string department) =>
        Cli.Run("acts", "show", "RIC 8.08", "--department", department).AssertInvalid("--department");

    [Theory]
    [InlineData("genou")]
    [InlineData("7.48")]
    [InlineData("RIC x")]
    public void Unparsable_code_is_exit_2(string code) =>
        Cli.Run("acts", "show", code, "--date", "2026-02-01").AssertInvalid("CODE");

    [Fact]
    public void Default_date_is_today_in_the_department_time_zone()
    {
        // 31 Dec 2025 23:30 UTC: already 1 January 2026 in Paris, still 31 December in Guadeloupe (UTC−4).
        var now = new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(1, Cli.RunAt(now, null, "acts", "show", "RIC 7.48").ExitCode);
        Assert.Equal(0, Cli.RunAt(now, null, "acts", "show", "RIC 8.08").ExitCode);
        Assert.Equal(0, Cli.RunAt(now, null, "acts", "show", "RIC 7.48", "--department", "971").ExitCode);
    }

    [Fact]
    public void Human_output_is_a_french_table_with_euro_prices()
    {
        var result = Cli.Run("acts", "show", "RIC 7.48", "--date", "2025-06-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("16,53\u00a0€", result.Stdout);
        Assert.Contains("Libellé", result.Stdout);
        Assert.Contains("40 séances sans DAP", result.Stdout);
        Assert.Contains("du 22/02/2024 au 31/12/2025", result.Stdout);
    }
}
