using Cotakine.Catalog;
using Cotakine.Catalog.Loading;

namespace Cotakine.Tests.Catalog;

/// <summary>
/// The catalog's code index (plain loops, keyed by key letter, for a cheap start-up) answers exactly what a LINQ
/// grouping of every version by code answers: same versions, oldest first, catalog order on ties.
/// </summary>
public sealed class ActCodeIndexTests
{
    private static readonly NgapCatalog Catalog = CatalogLoader.Embedded;

    [Fact]
    public void History_and_find_match_a_grouping_of_every_version_by_code()
    {
        var expected = Catalog.Acts.SelectMany(a => a.Versions).GroupBy(v => v.Code)
            .ToDictionary(g => g.Key, g => g.OrderBy(v => v.Validity.From).ToList());
        Assert.True(expected.Count > 100);
        foreach (var (code, versions) in expected)
        {
            Assert.Equal(versions, Catalog.History(code));
            foreach (var version in versions)
            {
                Assert.Equal(version, Catalog.Find(code, version.Validity.From));
            }
        }
    }

    [Fact]
    public void A_code_with_trailing_zeros_or_an_unknown_coefficient_is_looked_up_by_value()
    {
        var day = new DateOnly(2026, 2, 1);
        Assert.Equal(Catalog.Find(ActCode.Parse("RIC 8.08"), day), Catalog.Find(new ActCode("RIC", 8.080m), day));
        Assert.NotNull(Catalog.Find(new ActCode("RIC", 8.080m), day));
        Assert.Null(Catalog.Find(new ActCode("RIC", 8.07m), day));
        Assert.Empty(Catalog.History(new ActCode("RIC", 8.07m)));
        Assert.Empty(Catalog.History(new ActCode("ZZZ", 1m)));
    }

    [Fact]
    public void Groups_keep_the_order_of_first_appearance_and_catalog_order_within()
    {
        var index = new ActCodeIndex(Catalog.Acts);
        var expected = Catalog.Acts.SelectMany(a => a.Versions).GroupBy(v => v.Code).Select(g => g.ToList()).ToList();
        Assert.Equal(expected, index.Groups);
    }
}
