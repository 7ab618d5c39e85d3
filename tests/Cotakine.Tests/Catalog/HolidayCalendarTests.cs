using Cotakine.Catalog;
using Cotakine.Catalog.Loading;

namespace Cotakine.Tests.Catalog;

/// <summary>Source: ngap-facts §M (2026 calendar: Easter 5 April; Alsace-Moselle and DROM days).</summary>
public sealed class HolidayCalendarTests
{
    private static readonly NgapCatalog Catalog = CatalogLoader.Embedded;

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    public void Easter_Sunday(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), HolidayCalendar.EasterSunday(year));

    [Theory]
    [InlineData("2026-01-01", "75", "Jour de l'an")]
    [InlineData("2026-04-06", "75", "Lundi de Pâques")]
    [InlineData("2026-05-14", "75", "Ascension")]
    [InlineData("2026-05-25", "13", "Lundi de Pentecôte")]
    [InlineData("2026-04-03", "67", "Vendredi saint")]
    [InlineData("2026-12-26", "57", "Saint-Étienne")]
    [InlineData("2026-12-20", "974", "Abolition de l'esclavage (La Réunion)")]
    [InlineData("2026-04-27", "976", "Abolition de l'esclavage (Mayotte)")]
    [InlineData("2026-05-22", "972", "Abolition de l'esclavage (Martinique)")]
    public void Holidays_of_the_place_of_care(string date, string department, string name)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(name, Catalog.Holidays.HolidayOn(day, Catalog.FindDepartment(department)!)?.Name);
    }

    [Theory]
    [InlineData("2026-04-03", "75")] // Good Friday is not a holiday outside Alsace-Moselle
    [InlineData("2026-12-26", "69")]
    [InlineData("2026-12-20", "971")] // Réunion's day is not Guadeloupe's
    [InlineData("2026-03-12", "75")]
    public void Ordinary_days(string date, string department)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Null(Catalog.Holidays.HolidayOn(day, Catalog.FindDepartment(department)!));
    }
}
