using Cotakine.Practice;
using Cotakine.Practice.HorsNomenclature;
using Cotakine.Practice.Patients;

namespace Cotakine.Web.Features.HorsNomenclature;

/// <summary>One devis or note d'honoraires with what its page and PDF print.</summary>
internal sealed record HnDocument(
    Guid Id, bool IsQuote, DateOnly Date, string Label, decimal Amount, Patient Patient, PracticeProfile Practice, Practitioner? Practitioner,
    HnQuote? Quote, bool DevisRequired, decimal Threshold)
{
    /// <summary>A short reference printed on the document (the id's first 8 characters, upper case).</summary>
    public string Reference => Id.ToString("N")[..8].ToUpperInvariant();

    public string Title => IsQuote ? "Devis — soins hors nomenclature" : "Note d'honoraires — soins hors nomenclature";
}
