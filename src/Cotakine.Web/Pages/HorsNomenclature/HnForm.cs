namespace Cotakine.Web.Pages.HorsNomenclature;

/// <summary>A hors-nomenclature form as typed (devis or note d'honoraires), so that nothing typed is lost on an error.</summary>
internal sealed record HnForm(string? PatientId, string? Date, string? Label, string? Amount, string? QuoteId);
