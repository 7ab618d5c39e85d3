using Cotakine.Practice.Invoicing;

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

    /// <summary>
    /// A new devis for care the caller has checked (<see cref="HnCare.Check"/>): the label as typed without its outer
    /// spaces, the amount in cents.
    /// </summary>
    public static HnQuote Establish(Guid practiceId, Guid patientId, DateOnly date, string label, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(label);
        return new HnQuote
        {
            Id = Guid.NewGuid(), PracticeId = practiceId, PatientId = patientId, Date = date, Label = label.Trim(), AmountCents = Cents.From(amount),
        };
    }
}
