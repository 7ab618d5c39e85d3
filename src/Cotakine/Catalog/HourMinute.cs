namespace Cotakine.Catalog;

/// <summary>
/// Reads a time of day written <c>HH:mm</c> (24 h, two digits each, nothing around), exactly what
/// <c>TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, …)</c> accepts.
/// </summary>
/// <remarks>
/// Why not that call: a format without a date makes the framework read the machine's current local date to fill the missing
/// date, which loads the local time zone (the tz file, ICU time zone names) at every start of the command line, only to
/// throw the date away. A test compares both on every « dd:dd » and on malformed texts.
/// </remarks>
internal static class HourMinute
{
    /// <summary>True with the time when <paramref name="text"/> is <c>HH:mm</c> with 00 ≤ HH ≤ 23 and 00 ≤ mm ≤ 59.</summary>
    public static bool TryParse(string? text, out TimeOnly time)
    {
        time = default;
        if (text is not { Length: 5 } || text[2] != ':' || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1])
            || !char.IsAsciiDigit(text[3]) || !char.IsAsciiDigit(text[4]))
        {
            return false;
        }

        var hour = ((text[0] - '0') * 10) + (text[1] - '0');
        var minute = ((text[3] - '0') * 10) + (text[4] - '0');
        if (hour > 23 || minute > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute);
        return true;
    }
}
