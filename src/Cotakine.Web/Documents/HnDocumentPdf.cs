using Cotakine.Web.Features.HorsNomenclature;

namespace Cotakine.Web.Documents;

/// <summary>
/// The layout of a hors-nomenclature devis or note d'honoraires (PDF and the sentences the printable page shares with it):
/// both say they are not reimbursed by the Assurance maladie and recall the devis threshold. What is printed comes from
/// <see cref="HnDocumentQueries.FindAsync"/>.
/// </summary>
internal static class HnDocumentPdf
{
    public const string NotReimbursed = "Soins hors nomenclature : non remboursables par l'Assurance maladie.";

    /// <summary>The PDF of a devis or a note d'honoraires (same content as the printable page).</summary>
    public static byte[] Pdf(PdfFonts fonts, HnDocument doc)
    {
        var pdf = new PdfLayout(fonts, doc.Title);
        pdf.Title(doc.Title)
            .Paragraph(NotReimbursed, 11, bold: true)
            .Space()
            .Field("Cabinet", doc.Practice.Name)
            .Field("Adresse", doc.Practice.Address);
        if (doc.Practitioner is { } k)
        {
            pdf.Field("Masseur-kinésithérapeute", $"{k.FirstName} {k.LastName} — RPPS {k.Rpps}, n° AM {k.AmNumber}");
        }

        pdf.Space()
            .Field("Patient", $"{doc.Patient.LastName.ToUpperInvariant()} {doc.Patient.FirstName}" + (doc.Patient.BirthDate is { } b ? $", né(e) le {Fr.Date(b)}" : ""))
            .Field(doc.IsQuote ? "Date du devis" : "Date des soins", Fr.Date(doc.Date))
            .Field("Référence", doc.Reference);
        if (doc.Quote is { } q)
        {
            pdf.Field("Devis préalable", $"du {Fr.Date(q.Date)}, référence {q.Id.ToString("N")[..8].ToUpperInvariant()}");
        }

        pdf.Space()
            .Table([new("Soins", 380), new("Montant", 115, true)], [[doc.Label, Fr.Euros(doc.Amount)]])
            .Field("Total", Fr.Euros(doc.Amount), 11)
            .Space()
            .Paragraph(DevisNote(doc), 9)
            .Paragraph(doc.IsQuote
                ? "Devis remis au patient avant les soins. Bon pour accord (date et signature du patient) :"
                : "Acquittée le : ……………… Mode de règlement : ………………", 9);
        return pdf.Build();
    }

    /// <summary>The sentence about the devis threshold printed on both documents.</summary>
    public static string DevisNote(HnDocument doc) =>
        $"Un devis écrit préalable est obligatoire lorsque les honoraires non remboursables atteignent {Fr.Euros(doc.Threshold)}"
        + (doc.IsQuote ? "." : doc.Quote is not null ? " ; cette note fait suite au devis indiqué ci-dessus." : " ; pour ce montant, aucun devis n'était requis.");
}
