namespace Cotakine.LoadSupport;

/// <summary>
/// What a load run measured and checked: requests and errors of the user loops (login included), their wall-clock
/// duration, when the last sign-in answered (password hashing is deliberately slow), latency percentiles, and the consistency problems found afterwards (invoice numbers with a gap or a
/// duplicate, an invoice or a patient or a payment missing or unexpected). A run is clean when both lists are empty.
/// </summary>
public sealed record LoadReport(
    int Users,
    int Practices,
    long Requests,
    long Errors,
    TimeSpan Duration,
    TimeSpan AllSignedIn,
    long Loops,
    long Invoices,
    double P50Milliseconds,
    double P95Milliseconds,
    double MaxMilliseconds,
    IReadOnlyList<string> ErrorSamples,
    IReadOnlyList<string> ConsistencyProblems)
{
    /// <summary>Requests per second over the loops' duration.</summary>
    public double RequestsPerSecond => Duration.TotalSeconds > 0 ? Requests / Duration.TotalSeconds : 0;

    /// <summary>No request error and no consistency problem.</summary>
    public bool Clean => Errors == 0 && ConsistencyProblems.Count == 0;
}
