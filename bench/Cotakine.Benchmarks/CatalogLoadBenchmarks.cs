using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Cotakine.Catalog.Loading;

namespace Cotakine.Benchmarks;

/// <summary>
/// Issue 6, CLI start-up: every <c>cotakine</c> run loads the embedded catalog before its command, so its cost is part
/// of the start-up ratio. Warm figures (after JIT): the baseline reads the same embedded files and parses them with
/// <see cref="JsonDocument"/>; the benchmark loads, checks and indexes the whole catalog as <see cref="CatalogLoader"/> does.
/// </summary>
[MemoryDiagnoser]
public class CatalogLoadBenchmarks
{
    private static readonly System.Reflection.Assembly Domain = typeof(CatalogLoader).Assembly;

    [Benchmark(Baseline = true, Description = "lecture + JsonDocument.Parse des fichiers intégrés (plancher)")]
    public int ReadAndParse()
    {
        var elements = 0;
        foreach (var file in CatalogLoader.Files)
        {
            using var stream = Open(file)!;
            using var document = JsonDocument.Parse(stream);
            elements += document.RootElement.ValueKind == JsonValueKind.Object ? 1 : 0;
        }

        return elements;
    }

    [Benchmark(Description = "chargement complet (CatalogLoader.Load)")]
    public int Load() => CatalogLoader.Load(Open).Acts.Count;

    private static Stream? Open(string file) => Domain.GetManifestResourceStream($"Cotakine.Data.ngap.{file}");
}
