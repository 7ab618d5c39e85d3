namespace Cotakine.Tests; public class Placeholder { [Fact] public void Loads() => Assert.NotEmpty(Cotakine.Catalog.Loading.CatalogLoader.Embedded.Acts); }
