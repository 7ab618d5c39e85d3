namespace Cotakine.Catalog;

/// <summary>
/// Reads a date written <c>YYYY-MM-DD</c> (the catalog files, the public contract, <c>--date</c>): exactly what
/// <c>DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, …)</c> accepts —
/// four, two and two ASCII digits, a day that exists in the Gregorian calendar, nothing around.
/// </summary>
/// <remarks>
/// Why not that call: its first use builds the framework's whole date-parsing machinery (format info, calendars),
/// several milliseconds of every start of the command line, to read the same ten characters. A test compares both
/// on every day of several years, impossible days and malformed texts.
/// </remarks>
public static class IsoDate
{
    /// <summary>True with the date when <paramref name="text"/> is a real day written <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (text is not { Length: 10 } || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || !TryDigits(text, 8, 2, out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// <paramref name="date"/> written <c>YYYY-MM-DD</c>, as <c>date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)</c>
    /// writes it (without the framework's date-formatting start-up).
    /// </summary>
    public static string Format(DateOnly date) =>
        string.Create(10, date, static (chars, d) =>
        {
            Write(chars[..4], d.Year);
            chars[4] = '-';
            Write(chars.Slice(5, 2), d.Month);
            chars[7] = '-';
            Write(chars.Slice(8, 2), d.Day);
        });

    private static void Write(Span<char> chars, int value)
    {
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            chars[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}
