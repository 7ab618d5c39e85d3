using System.Globalization;
using Cotakine.Catalog;

namespace Cotakine.Tests.Catalog;

/// <summary>
/// The hand-written <c>YYYY-MM-DD</c> reader (catalog files, contract, <c>--date</c>) accepts and reads exactly what
/// <c>DateOnly.TryParseExact(…, "yyyy-MM-dd", invariant, None)</c> does, which it replaces to spare the command line
/// the framework's date-parsing start-up.
/// </summary>
public sealed class IsoDateTests
{
    private static (bool Ok, DateOnly Date) Framework(string? text) =>
        (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date), date);

    private static (bool Ok, DateOnly Date) Ours(string? text) => (IsoDate.TryParse(text, out var date), date);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1900)]
    [InlineData(2000)]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2026)]
    [InlineData(2100)]
    [InlineData(9999)]
    public void Every_month_and_day_number_of_a_year_reads_as_the_framework_reads_it(int year)
    {
        var accepted = 0;
        for (var month = 0; month <= 13; month++)
        {
            for (var day = 0; day <= 32; day++)
            {
                var text = $"{year:0000}-{month:00}-{day:00}";
                Assert.Equal(Framework(text), Ours(text));
                accepted += Ours(text).Ok ? 1 : 0;
            }
        }

        Assert.Equal(year == 0 ? 0 : DateTime.IsLeapYear(year) ? 366 : 365, accepted);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-2-01")]
    [InlineData("2026-02-1")]
    [InlineData("26-02-01")]
    [InlineData("02026-02-01")]
    [InlineData("2026/02/01")]
    [InlineData("20260201")]
    [InlineData(" 2026-02-01")]
    [InlineData("2026-02-01 ")]
    [InlineData("2026-02-01T00:00")]
    [InlineData("2026-02-30")]
    [InlineData("2025-02-29")]
    [InlineData("+026-02-01")]
    [InlineData("2026-0a-01")]
    [InlineData("٢٠٢٦-٠٢-٠١")]
    [InlineData("２０２６-０２-０１")]
    [InlineData("01/02/2026")]
    public void Malformed_or_impossible_texts_are_refused_as_the_framework_refuses_them(string? text)
    {
        Assert.Equal(Framework(text), Ours(text));
        Assert.False(Ours(text).Ok);
    }

    [Fact]
    public void Dates_are_written_as_the_framework_writes_them_and_read_back()
    {
        var days = new List<DateOnly> { DateOnly.MinValue, DateOnly.MaxValue, new(9, 9, 9), new(999, 12, 31) };
        for (var day = new DateOnly(1999, 12, 1); day <= new DateOnly(2031, 1, 31); day = day.AddDays(1))
        {
            days.Add(day);
        }

        foreach (var day in days)
        {
            var text = IsoDate.Format(day);
            Assert.Equal(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), text);
            Assert.True(IsoDate.TryParse(text, out var back));
            Assert.Equal(day, back);
        }
    }
}
