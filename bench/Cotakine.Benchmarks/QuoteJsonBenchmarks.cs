using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Cotakine.Catalog;
using Cotakine.Catalog.Loading;
using Cotakine.Contract;
using Cotakine.Quoting;

namespace Cotakine.Benchmarks;

/// <summary>
/// Issue 3: the cost of quoting, in one run, against the floor any JSON endpoint pays. Over the same ten sessions
/// (<see cref="QuoteSessions"/>): the baseline parses and re-writes the request and a response of the same size with
/// <see cref="JsonDocument"/>; then the reader alone, the engine alone on the pre-read requests, and the whole path
/// request JSON → <see cref="QuoteRequestReader"/> → <see cref="QuoteEngine"/> → <see cref="ContractJson"/>.
/// Target: the engine adds less than the JSON round trip itself. Figures are per session.
/// </summary>
[MemoryDiagnoser]
public class QuoteJsonBenchmarks
{
    private const int Sessions = 10;

    private readonly MemoryStream _output = new();
    private NgapCatalog _catalog = null!;
    private QuoteRequestReader _reader = null!;
    private QuoteEngine _engine = null!;
    private QuoteRequest[] _requests = null!;
    private byte[][] _responses = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = CatalogLoader.Embedded;
        _reader = new QuoteRequestReader(_catalog);
        _engine = new QuoteEngine(_catalog);
        _requests = QuoteSessions.Requests.Select(Read).ToArray();
        if (_requests.Length != Sessions)
        {
            throw new InvalidOperationException($"{Sessions} séances attendues.");
        }

        _responses = _requests.Select(r => System.Text.Encoding.UTF8.GetBytes(ContractJson.Quote(_engine.Quote(r)))).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Sessions, Description = "JsonDocument parse + write requête et réponse (plancher)")]
    public long ParseAndRewrite()
    {
        var length = 0L;
        for (var i = 0; i < Sessions; i++)
        {
            length += Rewrite(QuoteSessions.Requests[i]) + Rewrite(_responses[i]);
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Sessions, Description = "lecture seule (QuoteRequestReader)")]
    public int ReadOnly()
    {
        var acts = 0;
        foreach (var json in QuoteSessions.Requests)
        {
            acts += Read(json).Acts.Count;
        }

        return acts;
    }

    [Benchmark(OperationsPerInvoke = Sessions, Description = "moteur seul (QuoteEngine)")]
    public decimal EngineOnly()
    {
        var total = 0m;
        foreach (var request in _requests)
        {
            total += _engine.Quote(request).Total;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Sessions, Description = "lecture → moteur → JSON du contrat")]
    public long ReadQuoteWrite()
    {
        var length = 0L;
        foreach (var json in QuoteSessions.Requests)
        {
            _output.SetLength(0);
            var quote = _engine.Quote(Read(json));
            using (var writer = new Utf8JsonWriter(_output, ContractJson.WriterOptions()))
            {
                ContractJson.WriteQuote(writer, quote);
            }

            length += _output.Length;
        }

        return length;
    }

    private QuoteRequest Read(byte[] json) =>
        _reader.TryRead(json.AsMemory(), out var request, out var errors)
            ? request
            : throw new InvalidOperationException($"Requête invalide : {string.Join(" ; ", errors.Select(e => $"{e.Field} {e.Message}"))}");

    private long Rewrite(byte[] json)
    {
        _output.SetLength(0);
        using var document = JsonDocument.Parse(json);
        using (var writer = new Utf8JsonWriter(_output, ContractJson.WriterOptions()))
        {
            document.WriteTo(writer);
        }

        return _output.Length;
    }
}
