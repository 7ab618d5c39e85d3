namespace Cotakine.Practice.HorsNomenclature;

/// <summary>A devis for hors-nomenclature care (required from the catalog threshold, 70 €), kept apart from NGAP invoices.</summary>
public sealed class HnQuote : IPracticeOwned, IBillingData
{
    /// <inheritdoc />
    public Guid Id { get; set; }

    /// <inheritdoc />
    public Guid PracticeId { get; set; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; set; }

    /// <summary>Date of the devis.</summary>
    public DateOnly Date { get; set; }

    /// <summary>What is proposed.</summary>
    public string Label { get; set; } = "";

    /// <summary>Amount in cents.</summary>
    public long AmountCents { get; set; }
}
