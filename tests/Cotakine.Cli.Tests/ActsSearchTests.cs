namespace Cotakine.Cli.Tests;

public class ActsSearchTests
{
    [Fact]
    public void Search_json_gives_the_contract_example_first()
    {
        // Source: CONTRACT.md, « acts search » example (PTG on a date where RIC 7.52 is in force, 7.52 × 2.21 = 16.62 €).
        var result = Cli.Run("acts", "search", "ptg", "--date", "2025-06-01", "--json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var first = result.Json().EnumerateArray().First();
        Assert.Equal("RIC 7.52", first.GetProperty("code").GetString());
        Assert.Equal("RIC", first.GetProperty("letter").GetString());
        Assert.Equal(7.52m, first.GetProperty("coefficient").GetDecimal());
        Assert.Equal("Rééducation après arthroplastie du genou par prothèse totale ou uni-compartimentaire", first.GetProperty("label").GetString());
        Assert.Equal(16.62m, first.GetProperty("price").GetDecimal());
    }

    [Fact]
    public void Words_in_any_order_and_without_accents()
    {
        var result = Cli.Run("acts", "search", "genou", "prothese", "--date", "2026-03-12", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.Json().EnumerateArray(), r => r.GetProperty("code").GetString() == "RIC 8.12");
    }

    [Fact]
    public void Limit_caps_the_results()
    {
        var result = Cli.Run("acts", "search", "rachis", "--date", "2026-03-12", "--limit", "2", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.InRange(result.Json().GetArrayLength(), 1, 2);
    }

    [Fact]
    public void No_match_is_an_empty_array_and_exit_0()
    {
        // Source: CONTRACT.md — « An empty result is [] with exit 0 ».
        var result = Cli.Run("acts", "search", "qzxwvkj", "--date", "2026-03-12", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, result.Json().GetArrayLength());
    }

    [Fact]
    public void Bad_date_is_exit_2() => Cli.Run("acts", "search", "ptg", "--date", "2026-13-01").AssertInvalid("--date");

    [Fact]
    public void Human_output_lists_codes_and_prices()
    {
        var result = Cli.Run("acts", "search", "ptg", "--date", "2025-06-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("RIC 7.52", result.Stdout);
        Assert.Contains("16,62\u00a0€", result.Stdout);
    }
}
