using Cotakine.Catalog;

namespace Cotakine.Tests.Catalog;

/// <summary>Source: CONTRACT.md « Common rules » — input accepts any case, a decimal comma and extra spaces; output is canonical.</summary>
public sealed class ActCodeTests
{
    [Theory]
    [InlineData("RAM 7.49", "RAM 7.49")]
    [InlineData("ram 7,49", "RAM 7.49")]
    [InlineData("  Ram   7.490 ", "RAM 7.49")]
    [InlineData("RAO 7.50", "RAO 7.5")]
    [InlineData("NMI 10.00", "NMI 10")]
    [InlineData("TER16", "TER 16")]
    [InlineData("amk 10,7", "AMK 10.7")]
    public void Parses_leniently_and_prints_canonically(string input, string canonical)
    {
        Assert.True(ActCode.TryParse(input, out var code));
        Assert.Equal(canonical, code.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("RAM")]
    [InlineData("7.49")]
    [InlineData("RAM 7.4.9")]
    [InlineData("RAM -7")]
    [InlineData("RAM 0")]
    [InlineData("R4M 7")]
    [InlineData("RAMXX 7")]
    public void Rejects_what_is_not_a_code(string input)
    {
        Assert.False(ActCode.TryParse(input, out _));
        var error = Assert.Throws<FormatException>(() => ActCode.Parse(input));
        Assert.Contains("n'est pas un code d'acte", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_codes_compare_equal_whatever_the_trailing_zeros()
    {
        Assert.Equal(ActCode.Parse("RAM 7.5"), ActCode.Parse("ram 7,50"));
        Assert.Equal(ActCode.Parse("RAM 7.5").GetHashCode(), ActCode.Parse("RAM 7.500").GetHashCode());
    }
}
