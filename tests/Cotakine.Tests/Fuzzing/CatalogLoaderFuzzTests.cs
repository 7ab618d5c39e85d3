using System.Text;
using System.Text.Json.Nodes;
using Cotakine.Catalog.Loading;
using FsCheck;
using FsCheck.Fluent;

namespace Cotakine.Tests.Fuzzing;

/// <summary>
/// Hostile data files: random mutations of the shipped files (a property removed, a value of another type, a row
/// duplicated, the text cut short) must either load or fail with a <see cref="CatalogLoadException"/> naming the file —
/// never another exception. Bounded: a fixed number of generated cases per run.
/// </summary>
public sealed class CatalogLoaderFuzzTests
{
    private static readonly Dictionary<string, string> Shipped = CatalogLoader.Files.ToDictionary(
        f => f,
        f =>
        {
            using var stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream($"Cotakine.Data.ngap.{f}")!;
            return new StreamReader(stream, Encoding.UTF8).ReadToEnd();
        },
        StringComparer.Ordinal);

    private static readonly JsonNode?[] Replacements =
    [
        null, JsonValue.Create(-1), JsonValue.Create(0), JsonValue.Create(1e30), JsonValue.Create(""), JsonValue.Create("2026-02-30"),
        JsonValue.Create("n'importe quoi"), JsonValue.Create(true), new JsonArray(), new JsonObject(), JsonValue.Create("RAM"),
    ];

    private static List<JsonNode> AllNodes(JsonNode root)
    {
        var nodes = new List<JsonNode>();
        void Walk(JsonNode node)
        {
            nodes.Add(node);
            switch (node)
            {
                case JsonObject o:
                    foreach (var (_, child) in o.ToList())
                    {
                        if (child is not null)
                        {
                            Walk(child);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a.ToList())
                    {
                        if (child is not null)
                        {
                            Walk(child);
                        }
                    }

                    break;
            }
        }

        Walk(root);
        return nodes;
    }

    private static string Mutate(string text, int seed)
    {
        var random = new Random(seed);
        var root = JsonNode.Parse(text)!;
        var nodes = AllNodes(root);
        for (var i = 0; i < 1 + random.Next(3); i++)
        {
            var target = nodes[random.Next(nodes.Count)];
            switch (random.Next(4))
            {
                case 0 when target is JsonObject o && o.Count > 0:
                    o.Remove(o.ElementAt(random.Next(o.Count)).Key);
                    break;
                case 1 when target.Parent is JsonObject parent:
                    parent[target.GetPropertyName()] = Replacements[random.Next(Replacements.Length)]?.DeepClone();
                    break;
                case 2 when target.Parent is JsonArray array:
                    array.Add(target.DeepClone());
                    break;
                case 3 when target is JsonObject o:
                    o["champInattendu"] = 1;
                    break;
            }
        }

        var json = root.ToJsonString();
        return random.Next(10) == 0 ? json[..random.Next(json.Length)] : json;
    }

    [Fact]
    public void Mutated_files_load_or_fail_with_file_row_and_reason()
    {
        var files = Shipped.Keys.ToArray();
        var rejected = 0;
        var property = Prop.ForAll(
            Gen.Choose(0, files.Length - 1).Zip(Gen.Choose(0, int.MaxValue - 1)).ToArbitrary(),
            pick =>
            {
                var (fileIndex, seed) = pick;
                var file = files[fileIndex];
                var broken = new Dictionary<string, string>(Shipped, StringComparer.Ordinal) { [file] = Mutate(Shipped[file], seed) };
                try
                {
                    CatalogLoader.Load(f => new MemoryStream(Encoding.UTF8.GetBytes(broken[f])));
                    return true;
                }
                catch (CatalogLoadException e)
                {
                    Interlocked.Increment(ref rejected);
                    return e.File.Length > 0 && e.Reason.Length > 0;
                }
            });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(FuzzBudget.Cases(400)), property);

        // Guards the harness itself: the mutations must actually break files, or the property above proves nothing.
        Assert.True(rejected > 0, "aucune mutation n'a été rejetée : le générateur ne casse rien");
    }
}
