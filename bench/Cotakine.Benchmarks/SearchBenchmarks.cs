using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Cotakine.Catalog.Loading;
using Cotakine.Search;

namespace Cotakine.Benchmarks;

/// <summary>
/// Act search over a realistic mix of queries (abbreviations, typos, negations, codes). Each benchmark runs the whole
/// mix; <see cref="OperationsPerInvoke"/> makes the reported mean a per-query figure. The baseline only normalizes
/// the query text, so the ratio says how much searching costs over reading the query. <see cref="SearchPrescriptionWords"/>
/// runs a second mix of words a prescription uses (read through the clinical lexicon); <see cref="Suggest"/> reads the
/// same words with <c>acts suggest</c>. P95 and Max (of the per-query iteration means) bound the slow tail.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(TailColumns))]
public class SearchBenchmarks
{
    private const int Queries = 20;

    private static readonly string[] Mix =
    [
        "ptg", "lca opéré", "epaule non operee", "ric 7.48", "ram 8,09", "lombalgie", "mal de dos", "cervicalgie",
        "entorse cheville", "menisectomie", "bronchiolyte", "kiné respi", "avc", "tendinite coiffe", "bdk",
        "rachis lombaire sans chirurgie", "7.48", "chevile entorse", "post partum", "canal carpien opéré",
    ];

    private static readonly string[] PrescriptionMix =
    [
        "fracture clavicule", "fracture métatarse", "fracture humérus opérée", "arthrodèse lombaire", "genou et épaule",
        "parkinsonien", "polyneuropathie", "prolapsus", "talalgie", "syndrome fémoro-patellaire", "maintien de l'autonomie",
        "ostéosynthèse poignet", "capsulite rétractile", "épicondylite", "coxarthrose", "fasciite plantaire", "sclérose en plaques",
        "lymphœdème bras", "incontinence urinaire", "rééducation après ostéosynthèse fracture clavicule gauche",
    ];

    private readonly DateOnly _date = new(2026, 2, 1);
    private ActSearch _search = null!;
    private ActSuggester _suggester = null!;

    [GlobalSetup]
    public void Setup()
    {
        _search = new ActSearch(CatalogLoader.Embedded);
        _search.Search("warm up", _date);
        _suggester = ActSuggester.For(CatalogLoader.Embedded);
        _suggester.Suggest("warm up", _date);
        if (Mix.Length != Queries || PrescriptionMix.Length != Queries)
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

    [Benchmark(OperationsPerInvoke = Queries)]
    public int SearchPrescriptionWords()
    {
        var total = 0;
        foreach (var query in PrescriptionMix)
        {
            total += _search.Search(query, _date).Count;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Queries)]
    public int Suggest()
    {
        var total = 0;
        foreach (var query in PrescriptionMix)
        {
            total += _suggester.Suggest(query, _date).Count;
        }

        return total;
    }

    /// <summary>Adds the tail columns (P95, Max) to the default ones.</summary>
    private sealed class TailColumns : ManualConfig
    {
        public TailColumns() => AddColumn(StatisticColumn.P95, StatisticColumn.Max);
    }
}
