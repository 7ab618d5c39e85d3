using Cotakine.Catalog;
using Cotakine.Web.Features.Invoices;

namespace Cotakine.Web.Documents;

/// <summary>
/// The invoice / credit note PDF, written with the UI's <see cref="PdfLayout"/> (DejaVu fonts): number, practitioner
/// (RPPS, n° AM) and practice, patient and coverage, each session's date of care with its codes and amounts, then the
/// total and the AMO / AMC / patient shares, the tiers payant mention and the franchise médicale the caisse will withhold.
/// </summary>
internal static class InvoiceDocument
{
    public static byte[] Render(PdfFonts fonts, InvoiceSheet sheet, NgapCatalog catalog)
    {
        var i = sheet.Invoice;
        var pdf = new PdfLayout(fonts, sheet.Title);
        pdf.Title(sheet.Title)
            .Field("Émise le", Fr.Date(i.IssuedOn))
            .Field("Masseur-kinésithérapeute", $"{sheet.Practitioner.FirstName} {sheet.Practitioner.LastName}")
            .Field("N° RPPS", sheet.Practitioner.Rpps)
            .Field("N° Assurance Maladie", sheet.Practitioner.AmNumber)
            .Field("Cabinet", $"{sheet.Practice.Name}, {sheet.Practice.Address}")
            .Space()
            .Field("Patient", $"{sheet.Patient.LastName.ToUpperInvariant()} {sheet.Patient.FirstName}" + (sheet.Patient.BirthDate is { } b ? $", né(e) le {Fr.Date(b)}" : ""))
            .Field("Couverture", $"{Labels.Coverage(sheet.Patient.Coverage)}, {Labels.Regime(sheet.Patient.Regime)}");
        if (sheet.Credited is { } credited)
        {
            pdf.Field("Annule la facture", credited.Number);
        }

        pdf.Space().Table(
            [new("Date des soins", 70), new("Code", 60), new("Libellé", 170), new("Qté", 30, true), new("Prix unit.", 60, true), new("Montant", 65, true)],
            sheet.Sessions.SelectMany(s => s.Lines.OrderBy(l => l.Position).Select(l => (IReadOnlyList<string>)
            [
                Fr.Date(s.Date), l.Code, l.Label, Fr.Number(l.Quantity), Fr.Euros(l.UnitPriceCents / 100m), Fr.Euros(sheet.Signed(l.AmountCents)),
            ])));
        pdf.Space(4)
            .Field("Total", Fr.Euros(i.TotalCents / 100m), 11)
            .Field("Part assurance maladie obligatoire (AMO)", Fr.Euros(i.AmoCents / 100m))
            .Field("Part complémentaire (AMC)", Fr.Euros(i.AmcCents / 100m))
            .Field("Part patient", Fr.Euros(i.PatientCents / 100m))
            .Field("Tiers payant", i.TiersPayant ? "oui (l'assurance maladie paie directement sa part)" : "non (le patient règle la totalité)");
        if (sheet.Franchise(catalog) is { } franchise)
        {
            pdf.Space().Paragraph(franchise.Note, 8);
        }

        pdf.Space()
            .Paragraph($"Actes cotés selon la NGAP (référentiel {string.Join(", ", sheet.Sessions.Select(s => s.CatalogVersion).Distinct())}). Document établi par Cotakine.", 8);
        return pdf.Build();
    }
}
