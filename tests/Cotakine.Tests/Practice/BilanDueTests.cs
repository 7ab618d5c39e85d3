using Cotakine.Catalog.Loading;
using Cotakine.Practice.Plans;

namespace Cotakine.Tests.Practice;

/// <summary>
/// The next BDK of a plan. Source: diagnostics.json bilanCadence (ameli « Le bilan diagnostic kinésithérapique »,
/// ngap-facts §R.2 a): general BDK at session 1, then from the 30th and every 20; neurological BDK (article 4) at session
/// 1, then from the 60th and every 50.
/// </summary>
public sealed class BilanDueTests
{
    private static readonly Cotakine.Catalog.NgapCatalog Catalog = CatalogLoader.Embedded;
    private static readonly DateOnly Day = new(2026, 3, 2);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 30)]
    [InlineData(30, 30)]
    [InlineData(31, 50)]
    [InlineData(51, 70)]
    public void General_bilan_cadence(int from, int expected)
    {
        var due = BilanDue.Next(Catalog, Catalog.FindAct("rao-rachis-dorsal")!, Day, from);
        Assert.Equal(expected, due!.Value.Session);
        Assert.Empty(due.Value.Bilan.Act.BilanCadence!.WithArticles);
    }

    [Theory]
    [InlineData(2, 60)]
    [InlineData(61, 110)]
    public void Neurological_acts_get_the_article_4_bilan(int from, int expected)
    {
        var due = BilanDue.Next(Catalog, Catalog.FindAct("nmi-hemiplegie")!, Day, from);
        Assert.Equal(expected, due!.Value.Session);
        Assert.Contains("4", due.Value.Bilan.Act.BilanCadence!.WithArticles);
    }
}
