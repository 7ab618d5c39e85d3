namespace Cotakine.Cli.Tests;

/// <summary>Source: CONTRACT.md common rules — bad usage is exit 2, a French message on stderr, nothing on stdout.</summary>
public class UsageTests
{
    [Fact]
    public void No_command_is_exit_2() => Cli.Run().AssertInvalid("commande");

    [Fact]
    public void Acts_without_subcommand_is_exit_2() => Cli.Run("acts").AssertInvalid("commande");

    [Fact]
    public void Unknown_command_is_exit_2() => Cli.Run("facture").AssertInvalid("facture");

    [Fact]
    public void Unknown_option_is_exit_2() => Cli.Run("acts", "show", "RIC 8.08", "--foo").AssertInvalid("--foo");

    [Fact]
    public void Unknown_option_is_not_a_search_word() => Cli.Run("acts", "search", "ptg", "--verbose").AssertInvalid("--verbose");

    [Fact]
    public void Missing_code_is_exit_2() => Cli.Run("acts", "show").AssertInvalid("show");

    [Fact]
    public void Missing_words_is_exit_2() => Cli.Run("acts", "search").AssertInvalid("search");

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("abc")]
    [InlineData("2.5")]
    public void Bad_limit_is_exit_2(string limit) => Cli.Run("acts", "search", "ptg", "--limit", limit).AssertInvalid("--limit");

    [Fact]
    public void Missing_option_value_is_exit_2() => Cli.Run("acts", "show", "RIC 8.08", "--date").AssertInvalid("--date");

    [Fact]
    public void Help_is_french_and_exit_0()
    {
        var result = Cli.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("quote", result.Stdout);
        Assert.Contains("Affiche l'aide", result.Stdout);
    }
}
