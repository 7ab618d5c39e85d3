using System.Collections.Concurrent;
using System.Diagnostics;

namespace Cotakine.LoadSupport;

/// <summary>
/// Counts the requests of a load run and its errors (any non-success status, any exception, any answer that does not
/// say what it should), keeping the first few error descriptions and every latency for the percentiles. Thread-safe.
/// </summary>
public sealed class RequestLog
{
    private const int MaxSamples = 20;
    private readonly ConcurrentQueue<string> _samples = new();
    private readonly ConcurrentBag<double> _latencies = [];
    private long _requests;
    private long _errors;

    /// <summary>Requests sent.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Requests that failed, plus failed checks.</summary>
    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>The first error descriptions.</summary>
    public IReadOnlyList<string> Samples => [.. _samples];

    /// <summary>Latencies in milliseconds.</summary>
    public IReadOnlyList<double> Latencies => [.. _latencies];

    /// <summary>Records one request that took <paramref name="elapsed"/>.</summary>
    public void Request(TimeSpan elapsed)
    {
        Interlocked.Increment(ref _requests);
        _latencies.Add(elapsed.TotalMilliseconds);
    }

    /// <summary>Records one error.</summary>
    public void Error(string description)
    {
        Interlocked.Increment(ref _errors);
        if (_samples.Count < MaxSamples)
        {
            _samples.Enqueue(description);
        }
    }

    /// <summary>Times <paramref name="send"/> and records it as one request.</summary>
    public async Task<HttpResponseMessage> TimeAsync(Func<Task<HttpResponseMessage>> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        var watch = Stopwatch.StartNew();
        try
        {
            return await send();
        }
        finally
        {
            Request(watch.Elapsed);
        }
    }
}
