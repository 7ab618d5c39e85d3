using System.Text;
using System.Text.Json.Nodes;
using Cotakine.Catalog.Loading;

namespace Cotakine.Tests.Catalog;

/// <summary>
/// A malformed data file fails at load with the file, the row and the reason (issue 2): each test breaks one row of the
/// shipped files in memory and checks the message.
/// </summary>
public sealed class CatalogLoaderTests
{
    private static Dictionary<string, string> ShippedFiles()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in CatalogLoader.Files)
        {
            using var stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream($"Cotakine.Data.ngap.{file}")!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            files[file] = reader.ReadToEnd();
        }

        return files;
    }

    private static CatalogLoadException LoadBroken(string file, Action<JsonNode> breakIt)
    {
        var files = ShippedFiles();
        var node = JsonNode.Parse(files[file])!;
        breakIt(node);
        files[file] = node.ToJsonString();
        return Assert.Throws<CatalogLoadException>(() => CatalogLoader.Load(f => files.TryGetValue(f, out var text) ? new MemoryStream(Encoding.UTF8.GetBytes(text)) : null));
    }

    private static JsonObject ActNamed(JsonNode root, string id) =>
        root["acts"]!.AsArray().Select(a => a!.AsObject()).Single(a => (string?)a["id"] == id);

    [Fact]
    public void The_shipped_catalog_loads_with_a_version()
    {
        var catalog = CatalogLoader.Embedded;
        Assert.StartsWith("2026.11.23-1+", catalog.Version, StringComparison.Ordinal);
        Assert.True(catalog.Acts.Count > 100);
    }

    [Fact]
    public void The_build_time_hash_of_the_embedded_files_is_the_hash_computed_at_load()
    {
        // The embedded catalog takes its hash from the build (no cryptography at start-up); hashing the same embedded
        // bytes at load must give the same catalog version, or the build's list of files has drifted from Files.
        Assert.NotNull(CatalogLoader.EmbeddedHash());
        var hashedAtLoad = CatalogLoader.Load(f => typeof(CatalogLoader).Assembly.GetManifestResourceStream($"Cotakine.Data.ngap.{f}"));
        Assert.Equal(hashedAtLoad.Version, CatalogLoader.Embedded.Version);
        Assert.Equal(12, CatalogLoader.Embedded.Version.Split('+')[1].Length);
    }

    [Fact]
    public void A_known_hash_is_the_version_and_an_unknown_one_is_computed()
    {
        Stream? Open(string f) => typeof(CatalogLoader).Assembly.GetManifestResourceStream($"Cotakine.Data.ngap.{f}");
        var given = CatalogLoader.Load(Open, new string('a', 64));
        Assert.EndsWith("+aaaaaaaaaaaa", given.Version, StringComparison.Ordinal);
        Assert.NotEqual(given.Version, CatalogLoader.Load(Open).Version);
    }

    [Fact]
    public void A_missing_field_names_file_row_and_field()
    {
        var error = LoadBroken("acts.json", root => ActNamed(root, "ric-lca").Remove("label"));
        Assert.Equal("acts.json", error.File);
        Assert.Contains("ric-lca", error.Row, StringComparison.Ordinal);
        Assert.Contains("« label » manquant", error.Reason, StringComparison.Ordinal);
        Assert.Contains("acts.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_periods_for_the_same_act_are_rejected()
    {
        var error = LoadBroken("acts.json", root => ActNamed(root, "ric-lca")["periods"]![1]!["validFrom"] = "2025-12-01");
        Assert.Contains("ric-lca", error.Row, StringComparison.Ordinal);
        Assert.Contains("chevauchent", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_letter_is_rejected()
    {
        var error = LoadBroken("acts.json", root => ActNamed(root, "ric-lca")["letter"] = "RRB");
        Assert.Contains("lettre-clé inconnue « RRB »", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undeclared_source_is_rejected()
    {
        var error = LoadBroken("travel.json", root => root["flatIndemnities"]![0]!["source"] = "BLOG-INCONNU");
        Assert.Equal("travel.json", error.File);
        Assert.Equal("flatIndemnities[0]", error.Row);
        Assert.Contains("source inconnue « BLOG-INCONNU »", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_property_is_rejected_rather_than_ignored()
    {
        var error = LoadBroken("point-values.json", root => root["pointValues"]![0]!["valeur"] = 2.2);
        Assert.Contains("champ inconnu « valeur »", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_designating_two_acts_on_the_same_day_is_rejected()
    {
        var error = LoadBroken("acts.json", root => ActNamed(root, "ric-meniscectomie")["periods"]![0]!["coefficient"] = 7.48);
        Assert.Contains("RIC 7.48", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_period_is_rejected()
    {
        var error = LoadBroken("majorations.json", root => root["majorations"]![0]!["validTo"] = "2001-01-01");
        Assert.Contains("validTo", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_names_the_line()
    {
        var files = ShippedFiles();
        files["holidays.json"] = "{\n  \"holidays\": [\n    { \"name\": \n";
        var error = Assert.Throws<CatalogLoadException>(() => CatalogLoader.Load(f => new MemoryStream(Encoding.UTF8.GetBytes(files[f]))));
        Assert.Equal("holidays.json", error.File);
        Assert.StartsWith("ligne ", error.Row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_rejected()
    {
        var files = ShippedFiles();
        files.Remove("rules.json");
        var error = Assert.Throws<CatalogLoadException>(() => CatalogLoader.Load(f => files.TryGetValue(f, out var text) ? new MemoryStream(Encoding.UTF8.GetBytes(text)) : null));
        Assert.Equal("rules.json", error.File);
    }

    [Fact]
    public void A_newer_catalog_loads_from_a_folder_without_a_release()
    {
        var directory = Directory.CreateTempSubdirectory("cotakine-catalog-");
        try
        {
            foreach (var (file, text) in ShippedFiles())
            {
                var content = file == "catalog.json" ? text.Replace("\"2026.11.23-1\"", "\"2027.01.01-1\"", StringComparison.Ordinal) : text;
                File.WriteAllText(Path.Combine(directory.FullName, file), content);
            }

            var catalog = CatalogLoader.LoadFromDirectory(directory.FullName);
            Assert.StartsWith("2027.01.01-1+", catalog.Version, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_territory_without_a_default_point_value_is_rejected()
    {
        // Found by the loader fuzzer: removing the default rows once crashed the catalog instead of failing the load.
        var error = LoadBroken("point-values.json", root =>
        {
            var rows = root["pointValues"]!.AsArray();
            foreach (var row in rows.Where(r => (string?)r!["territory"] == "drom").ToList())
            {
                rows.Remove(row);
            }
        });
        Assert.Equal("point-values.json", error.File);
        Assert.Contains("drom", error.Reason, StringComparison.Ordinal);
    }
}
