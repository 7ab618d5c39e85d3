using Cotakine.Catalog;
using Cotakine.Catalog.Loading;
using Cotakine.Territories;
using Xunit;

namespace Cotakine.Tests.Catalog;

/// <summary>
/// The catalog's lookup indexes (built once for quoting speed) must answer exactly what a scan of the rows answers:
/// every letter × territory × validity boundary of the shipped data is checked against the rule written as a scan.
/// </summary>
public sealed class CatalogIndexTests
{
    private static readonly NgapCatalog Catalog = CatalogLoader.Embedded;

    [Fact]
    public void PointValueIndexAnswersAsAScanOfTheRows()
    {
        var letters = Catalog.KeyLetters.Select(l => l.Letter).Append("*").Append("XYZ").Distinct().ToList();
        var dates = Catalog.PointValues
            .SelectMany(p => new[] { p.Validity.From.AddDays(-1), p.Validity.From, p.Validity.To ?? p.Validity.From.AddYears(5), (p.Validity.To ?? p.Validity.From).AddDays(1) })
            .Distinct()
            .ToList();
        var checkedCases = 0;
        foreach (var letter in letters)
        {
            foreach (var territory in new[] { TerritoryKind.Metro, TerritoryKind.Drom })
            {
                foreach (var date in dates)
                {
                    Assert.Same(Scan(letter, territory, date), Catalog.PointValue(letter, territory, date));
                    checkedCases++;
                }
            }
        }

        Assert.True(checkedCases > 100);
    }

    [Fact]
    public void TmkKeepsItsOwnRowAndIsUnknownInTheDrom()
    {
        // Source: data/ngap/point-values.json (TMK 2.15 € metro, source AV7; no DROM row: refused rather than guessed).
        Assert.Equal(2.15m, Catalog.PointValue("TMK", TerritoryKind.Metro, new DateOnly(2026, 3, 12))?.Value);
        Assert.Null(Catalog.PointValue("TMK", TerritoryKind.Drom, new DateOnly(2026, 3, 12)));
    }

    [Fact]
    public void BilanActsAreTheActsWithACadenceInCatalogOrder()
    {
        Assert.Equal(Catalog.Acts.Where(a => a.BilanCadence is not null), Catalog.BilanActs);
        Assert.NotEmpty(Catalog.BilanActs);
    }

    [Fact]
    public void ReeducationLettersAreTheKeyLettersOfThatKind()
    {
        Assert.Equal(Catalog.KeyLetters.Where(l => l.Kind == "reeducation").Select(l => l.Letter).ToHashSet(), Catalog.ReeducationLetters);
        Assert.Contains("RAM", Catalog.ReeducationLetters);
    }

    [Fact]
    public void ParameterIndexAnswersAsAScanAndStillThrowsForAMissingOne()
    {
        foreach (var parameter in Catalog.Parameters)
        {
            var date = parameter.Validity.From;
            Assert.Same(Catalog.Parameters.First(p => p.Id == parameter.Id && p.Validity.Contains(date)), Catalog.Parameter(parameter.Id, date));
        }

        Assert.Throws<InvalidOperationException>(() => Catalog.Parameter("absent.parameter", new DateOnly(2026, 1, 1)));
    }

    private static PointValue? Scan(string letter, TerritoryKind territory, DateOnly date)
    {
        var rows = Catalog.PointValues.Where(p => p.Territory == territory && p.Validity.Contains(date)).ToList();
        return Catalog.PointValues.Any(p => p.NamesLetter(letter))
            ? rows.FirstOrDefault(p => p.NamesLetter(letter))
            : rows.FirstOrDefault(p => p.IsDefault);
    }
}
