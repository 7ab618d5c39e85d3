using System.Text.Json;

namespace Cotakine.Cli.Tests;

/// <summary><c>cotakine acts suggest</c> — CONTRACT.md 1.1: acts in force that fit the text of a prescription, each with why.</summary>
public class ActsSuggestTests
{
    [Fact]
    public void Contract_example_gives_the_operated_shoulder_with_its_reasons()
    {
        // Source: CONTRACT.md 1.1 example « rééducation après ostéosynthèse fracture clavicule gauche » → VSC 8.1,
        // because ["segment: épaule", "opéré: ostéosynthèse"] (the lexicon names the segment « épaule ou bras » and the word read).
        var result = Cli.Run("acts", "suggest", "rééducation après ostéosynthèse fracture clavicule gauche", "--date", "2026-03-12", "--json");

        Assert.Equal(0, result.ExitCode);
        var first = result.Json()[0];
        Assert.Equal(["code", "letter", "coefficient", "label", "price", "because"], first.EnumerateObject().Select(p => p.Name).Take(6));
        Assert.Equal(("VSC 8.1", "VSC", 8.1m, 17.90m), (first.GetProperty("code").GetString(), first.GetProperty("letter").GetString(), first.GetProperty("coefficient").GetDecimal(), first.GetProperty("price").GetDecimal()));
        var because = first.GetProperty("because").EnumerateArray().Select(b => b.GetString()).ToList();
        Assert.Equal(["segment: épaule ou bras (clavicule)", "opéré: ostéosynthèse"], because);
    }

    [Fact]
    public void Default_limit_is_five_and_limit_is_honoured()
    {
        Assert.True(Cli.Run("acts", "suggest", "fracture", "genou", "épaule", "coude", "--date", "2026-03-12", "--json").Json().GetArrayLength() <= 5);
        Assert.Equal(1, Cli.Run("acts", "suggest", "genou", "--date", "2026-03-12", "--limit", "1", "--json").Json().GetArrayLength());
    }

    [Fact]
    public void Nothing_found_is_an_empty_array_exit_0()
    {
        var result = Cli.Run("acts", "suggest", "xyzzy", "--date", "2026-03-12", "--json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(JsonValueKind.Array, result.Json().ValueKind);
        Assert.Equal(0, result.Json().GetArrayLength());
    }

    [Fact]
    public void Human_output_is_a_french_table_with_the_reasons()
    {
        var result = Cli.Run("acts", "suggest", "prolapsus", "--date", "2026-03-12");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("RAB 8.5", result.Stdout);
        Assert.Contains("Pourquoi", result.Stdout);
        Assert.Contains("périnée", result.Stdout);
    }

    [Theory]
    [InlineData("--limit", "0", "--limit")]
    [InlineData("--date", "2026-02-30", "--date")]
    public void Bad_option_is_exit_2_naming_it(string option, string value, string field) =>
        Cli.Run("acts", "suggest", "genou", option, value).AssertInvalid(field);
}
