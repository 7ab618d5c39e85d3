namespace Cotakine.Practice.HorsNomenclature;

/// <summary>A note d'honoraires for hors-nomenclature care, kept apart from NGAP invoices (its own table, no AMO share).</summary>
public sealed class FeeNote : IPracticeOwned, IBillingData
{
    /// <inheritdoc />
    public Guid Id { get; set; }

    /// <inheritdoc />
    public Guid PracticeId { get; set; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; set; }

    /// <summary>The devis it follows, when one was required.</summary>
    public Guid? HnQuoteId { get; set; }

    /// <summary>Date of care.</summary>
    public DateOnly Date { get; set; }

    /// <summary>What was done.</summary>
    public string Label { get; set; } = "";

    /// <summary>Amount in cents.</summary>
    public long AmountCents { get; set; }
}
