using BenchmarkDotNet.Attributes;
using Cotakine.Catalog.Loading;
using Cotakine.Search;

namespace Cotakine.Benchmarks;

/// <summary>
/// Act search over a realistic mix of queries (abbreviations, typos, negations, codes). Each benchmark runs the whole
/// mix; <see cref="OperationsPerInvoke"/> makes the reported mean a per-query figure. The baseline only normalizes
/// the query text, so the ratio says how much searching costs over reading the query.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private const int Queries = 20;

    private static readonly string[] Mix =
    [
        "ptg", "lca opéré", "epaule non operee", "ric 7.48", "ram 8,09", "lombalgie", "mal de dos", "cervicalgie",
        "entorse cheville", "menisectomie", "bronchiolyte", "kiné respi", "avc", "tendinite coiffe", "bdk",
        "rachis lombaire sans chirurgie", "7.48", "chevile entorse", "post partum", "canal carpien opéré",
    ];

    private readonly DateOnly _date = new(2026, 2, 1);
    private ActSearch _search = null!;

    [GlobalSetup]
    public void Setup()
    {
        _search = new ActSearch(CatalogLoader.Embedded);
        _search.Search("warm up", _date);
        if (Mix.Length != Queries)
        {
            throw new InvalidOperationException("query count");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Queries)]
    public int NormalizeQueryOnly()
    {
        var total = 0;
        foreach (var query in Mix)
        {
            total += query.Normalize(System.Text.NormalizationForm.FormD).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Queries)]
    public int Search()
    {
        var total = 0;
        foreach (var query in Mix)
        {
            total += _search.Search(query, _date).Count;
        }

        return total;
    }
}
