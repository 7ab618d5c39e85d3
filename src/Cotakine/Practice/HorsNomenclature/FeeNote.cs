using Cotakine.Practice.Invoicing;

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

    /// <summary>
    /// A new note for care the caller has checked (<see cref="HnCare.Check"/>, <see cref="HnQuoteRule.RefuseNote"/>),
    /// following <paramref name="quote"/> when there is one: the label as typed without its outer spaces, the amount in cents.
    /// </summary>
    public static FeeNote Write(Guid practiceId, Guid patientId, DateOnly date, string label, decimal amount, HnQuote? quote)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (quote is not null && quote.PatientId != patientId)
        {
            throw new InvalidOperationException("Une note d'honoraires ne suit qu'un devis du même patient.");
        }

        return new FeeNote
        {
            Id = Guid.NewGuid(), PracticeId = practiceId, PatientId = patientId, HnQuoteId = quote?.Id, Date = date, Label = label.Trim(),
            AmountCents = Cents.From(amount),
        };
    }
}
