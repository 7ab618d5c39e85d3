using System.Text;
using Cotakine.Catalog.Loading;

namespace Cotakine.Tests.Quoting;

public class CatalogRequirementsTests
{
    [Fact]
    public void Catalog_without_a_parameter_the_engine_reads_fails_to_load()
    {
        // Source: brief — facts the rules need live in data/ngap/, validated by the loader.
        var embedded = typeof(CatalogLoader).Assembly;
        Stream? Open(string file)
        {
            var stream = embedded.GetManifestResourceStream($"Cotakine.Data.ngap.{file}");
            if (file != "rules.json" || stream is null)
            {
                return stream;
            }

            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd().Replace("\"dap.raisedThresholdPriorSessions\"", "\"dap.renamed\"", StringComparison.Ordinal);
            return new MemoryStream(Encoding.UTF8.GetBytes(text));
        }

        var error = Assert.Throws<CatalogLoadException>(() => CatalogLoader.Load(Open));
        Assert.Contains("dap.raisedThresholdPriorSessions", error.Message);
    }

    [Fact]
    public void Night_majoration_and_neuro_bdk_carry_their_conditions()
    {
        // Source: ngap-facts §I.1 (call 19 h–7 h) and §E.1 (neuro BDK with article 4 acts).
        var catalog = CatalogLoader.Embedded;
        var night = Assert.Single(catalog.Majorations, m => m.Kind == "nuit");
        Assert.Equal((new TimeOnly(19, 0), new TimeOnly(7, 0)), (night.CallFrom, night.CallUntil));
        Assert.Equal(["4"], catalog.FindAct("bdk-neuro")!.BilanCadence!.WithArticles);
        Assert.Empty(catalog.FindAct("bdk")!.BilanCadence!.WithArticles);
    }
}
