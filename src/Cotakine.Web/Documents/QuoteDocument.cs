using Cotakine.Quoting;

namespace Cotakine.Web.Documents;

/// <summary>
/// The « Devis de séance » PDF: the session as asked, each line with its reason, the totals (AMO / patient) and every
/// issue. Not an invoice: it says so, and which catalog priced it.
/// </summary>
public static class QuoteDocument
{
    /// <summary>Writes the PDF of <paramref name="quote"/> for <paramref name="request"/>.</summary>
    public static byte[] Render(PdfFonts fonts, QuoteRequest request, Quote quote)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(quote);
        var pdf = new PdfLayout(fonts, "Devis de séance");
        pdf.Title("Devis de séance")
            .Field("Date de la séance", Fr.Date(request.Date) + (request.Time is { } t ? $" à {t:HH\\:mm}" : ""))
            .Field("Lieu", Labels.Place(request.Place) + $" — département {request.Department.Code}" + (request.Department.Name is { } n ? $" ({n})" : ""))
            .Field("Patient", $"{Labels.Coverage(request.Patient.Coverage)}, {Labels.Regime(request.Patient.Regime)}")
            .Field("Urgence", request.Urgent ? "oui" : "non");
        if (request.Travel is { } travel)
        {
            pdf.Field("Trajet", $"{Fr.Number(travel.DistanceKm)} km aller, zone {Labels.Zone(travel.Zone)}{(travel.SameAgglomeration ? ", même agglomération" : "")}");
        }

        pdf.Space()
            .Table(
                [new("Code", 60), new("Libellé", 150), new("Qté", 30, true), new("Prix unit.", 55, true), new("Taux", 35, true), new("Montant", 60, true), new("Motif", 165)],
                quote.Lines.Select(l => (IReadOnlyList<string>)[l.Code, l.Label, Fr.Number(l.Quantity), Fr.Euros(l.UnitPrice), Fr.Number(l.Rate), Fr.Euros(l.Amount), l.Rule]))
            .Space(4)
            .Field("Total", Fr.Euros(quote.Total), 11)
            .Field("Part assurance maladie obligatoire (AMO)", Fr.Euros(quote.Amo))
            .Field("Reste à charge du patient (avant complémentaire)", Fr.Euros(quote.PatientShare))
            .Space();
        if (quote.Issues.Count == 0)
        {
            pdf.Paragraph("Aucune remarque : la séance est facturable telle quelle.");
        }
        else
        {
            pdf.Paragraph("Remarques", 11, bold: true);
            foreach (var issue in quote.Issues)
            {
                pdf.Paragraph($"{Labels.Severity(issue.Severity)} : {issue.Message}");
            }
        }

        pdf.Space()
            .Paragraph(quote.IsBillable ? "Séance facturable telle quelle." : "Séance non facturable en l'état : voir les erreurs ci-dessus.", 10, bold: true)
            .Paragraph($"Devis indicatif établi par Cotakine selon la NGAP (référentiel {quote.CatalogVersion}, valeur du point {Fr.Euros(quote.PointValue)}). Ce document n'est pas une facture.", 8);
        return pdf.Build();
    }
}
