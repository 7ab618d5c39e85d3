namespace Cotakine.BenchHost;

/// <summary>What the year batch found: sessions re-quoted, amounts that differ from the stored ones, sessions not billable as they are.</summary>
internal sealed class BatchCounts
{
    public long Sessions { get; set; }

    public long TotalMismatches { get; set; }

    public long AmoMismatches { get; set; }

    public long NotBillable { get; set; }

    public long TotalCents { get; set; }

    public BatchCounts Add(BatchCounts other)
    {
        Sessions += other.Sessions;
        TotalMismatches += other.TotalMismatches;
        AmoMismatches += other.AmoMismatches;
        NotBillable += other.NotBillable;
        TotalCents += other.TotalCents;
        return this;
    }
}
