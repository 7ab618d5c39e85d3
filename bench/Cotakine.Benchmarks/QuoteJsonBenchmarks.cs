using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Cotakine.Catalog;
using Cotakine.Catalog.Loading;
using Cotakine.Contract;
using Cotakine.Quoting;

namespace Cotakine.Benchmarks;

/// <summary>
/// The whole path of <c>cotakine quote --json</c> and <c>POST /api/quote</c> once the process is warm:
/// request JSON → <see cref="QuoteRequestReader"/> → <see cref="QuoteEngine"/> → <see cref="ContractJson"/>,
/// against a baseline that only parses and re-serializes the same JSON (the floor any JSON endpoint pays).
/// </summary>
[MemoryDiagnoser]
public class QuoteJsonBenchmarks
{
    /// <summary>Source: CONTRACT.md, « cotakine quote » request example.</summary>
    private static readonly byte[] Request = Encoding.UTF8.GetBytes("""
        {
          "date": "2026-03-12",
          "time": "10:30",
          "department": "75",
          "place": "domicile",
          "acts": ["RAM 8.09", "AMK 10.7"],
          "urgent": false,
          "travel": { "distanceKm": 8.0, "zone": "plaine", "sameAgglomeration": false },
          "series": { "sessionNumber": 1, "sessionsLast12Months": 0, "dapAgreed": false },
          "patient": { "coverage": "standard", "regime": "general" }
        }
        """);

    private readonly MemoryStream _output = new();
    private NgapCatalog _catalog = null!;
    private QuoteRequestReader _reader = null!;
    private QuoteEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = CatalogLoader.Embedded;
        _reader = new QuoteRequestReader(_catalog);
        _engine = new QuoteEngine(_catalog);
    }

    [Benchmark(Baseline = true, Description = "JsonDocument parse + write (plancher)")]
    public long ParseAndRewrite()
    {
        _output.SetLength(0);
        using var document = JsonDocument.Parse(Request);
        using (var writer = new Utf8JsonWriter(_output, ContractJson.WriterOptions()))
        {
            document.WriteTo(writer);
        }

        return _output.Length;
    }

    [Benchmark(Description = "lecture seule (QuoteRequestReader)")]
    public int ReadOnly() =>
        _reader.TryRead(Request.AsMemory(), out var request, out _) ? request.Acts.Count : throw new InvalidOperationException("La requête du contrat doit être valide.");

    [Benchmark(Description = "lecture → moteur → JSON du contrat")]
    public long ReadQuoteWrite()
    {
        _output.SetLength(0);
        if (!_reader.TryRead(Request.AsMemory(), out var request, out _))
        {
            throw new InvalidOperationException("La requête du contrat doit être valide.");
        }

        var quote = _engine.Quote(request);
        using (var writer = new Utf8JsonWriter(_output, ContractJson.WriterOptions()))
        {
            ContractJson.WriteQuote(writer, quote);
        }

        return _output.Length;
    }
}
