using System.Globalization;
using Cotakine.Catalog;

namespace Cotakine.Tests.Catalog;

/// <summary>
/// The hand-written <c>HH:mm</c> reader (catalog majorations, quote request times) accepts and reads exactly what
/// <c>TimeOnly.TryParseExact(…, "HH:mm", invariant, None)</c> does, which it replaces to keep the local time zone unloaded.
/// </summary>
public sealed class HourMinuteTests
{
    private static (bool Ok, TimeOnly Time) Framework(string? text) =>
        (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time), time);

    private static (bool Ok, TimeOnly Time) Ours(string? text) => (HourMinute.TryParse(text, out var time), time);

    [Fact]
    public void Every_two_digit_pair_reads_as_the_framework_reads_it()
    {
        var accepted = 0;
        for (var h = 0; h < 100; h++)
        {
            for (var m = 0; m < 100; m++)
            {
                var text = $"{h:00}:{m:00}";
                Assert.Equal(Framework(text), Ours(text));
                accepted += Ours(text).Ok ? 1 : 0;
            }
        }

        Assert.Equal(24 * 60, accepted);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("7:30")]
    [InlineData("07:3")]
    [InlineData("7:3")]
    [InlineData("24:00")]
    [InlineData("0730")]
    [InlineData("07.30")]
    [InlineData("07:30:00")]
    [InlineData("007:30")]
    [InlineData(" 07:30")]
    [InlineData("07:30 ")]
    [InlineData("\t07:30")]
    [InlineData("07:30\0")]
    [InlineData("a7:30")]
    [InlineData("07:3b")]
    [InlineData("07-30")]
    [InlineData("٠٧:٣٠")]
    [InlineData("０７:３０")]
    public void Malformed_texts_are_refused_as_the_framework_refuses_them(string? text)
    {
        Assert.Equal(Framework(text), Ours(text));
        Assert.False(Ours(text).Ok);
    }
}
