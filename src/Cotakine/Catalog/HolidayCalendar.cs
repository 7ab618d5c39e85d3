using Cotakine.Territories;

namespace Cotakine.Catalog;

/// <summary>
/// Public holidays of a place of care: the national ones, plus Alsace-Moselle's (Good Friday, 26 December) and each
/// DROM's abolition-of-slavery day. Easter is computed (anonymous Gregorian algorithm); the list itself is data.
/// </summary>
public sealed class HolidayCalendar(IReadOnlyList<HolidayRule> rules)
{
    /// <summary>The rules, as loaded.</summary>
    public IReadOnlyList<HolidayRule> Rules { get; } = rules;

    /// <summary>The holiday falling on <paramref name="date"/> at <paramref name="department"/>, or null.</summary>
    public HolidayRule? HolidayOn(DateOnly date, Department department)
    {
        ArgumentNullException.ThrowIfNull(department);
        var easter = EasterSunday(date.Year);
        foreach (var rule in Rules)
        {
            var applies = rule.Scope switch
            {
                "national" => true,
                "alsace-moselle" => department.AlsaceMoselle,
                var code => code == department.Code,
            };
            if (!applies)
            {
                continue;
            }

            var day = rule.EasterOffsetDays is { } offset ? easter.AddDays(offset) : new DateOnly(date.Year, rule.Month!.Value, rule.Day!.Value);
            if (day == date)
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>Easter Sunday of a Gregorian year (Meeus/Jones/Butcher algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
