using System.Security.Claims;
using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Prescriptions;
using Cotakine.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Documents;

/// <summary>What the pre-filled demande d'accord préalable (DAP) prints for a plan.</summary>
internal sealed record DapDocumentView(
    TreatmentPlan Plan, Patient Patient, PracticeProfile Practice, Practitioner Practitioner, Prescription? Prescription,
    Act Act, string Code, int Threshold, int SessionsDone, int SessionsRequested, DapStatus Status, int TacitDays, string Argumentaire, DateOnly Today)
{
    public string PatientName => $"{Patient.LastName.ToUpperInvariant()} {Patient.FirstName}";

    public string Prescriber => Prescription is null
        ? "accès direct (sans prescription)"
        : $"{Prescription.PrescriberName ?? "nom non renseigné"} — RPPS {Prescription.PrescriberRpps ?? "non renseigné"}, n° AM {Prescription.PrescriberAmNumber ?? "non renseigné"}"
          + (Prescription.Date is { } d ? $", prescription du {Fr.Date(d)}" : ", date de prescription non renseignée");
}

/// <summary>
/// The pre-filled demande d'accord préalable of a plan whose act has a référentiel threshold (NGAP Titre XIV, ngap-facts §J):
/// patient, prescriber, act and code, threshold, sessions done and requested beyond it, and the kiné's argumentaire
/// (typed on the page, not stored: it travels in the link to the PDF). The caisse's silence for
/// <c>dap.tacitAgreementDays</c> days is an agreement; the document says so with the catalog's value.
/// </summary>
internal sealed class DapDocumentService(CotakineDbContext db, NgapCatalog catalog, PracticeCalendar clock)
{
    /// <summary>The document, null when the plan is unknown in this practice; <c>NoThreshold</c> when no référentiel applies.</summary>
    public async Task<(DapDocumentView? View, bool NoThreshold)> BuildAsync(Guid planId, string? argumentaire, ClaimsPrincipal user)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId);
        if (plan is null)
        {
            return (null, false);
        }

        if (plan.DapThreshold is not { } threshold)
        {
            return (null, true);
        }

        var today = clock.Today;
        var act = catalog.FindAct(plan.ActId)!;
        var code = plan.DapCode(act, today).ToString();
        var done = await db.Sessions.CountAsync(s => s.PlanId == plan.Id);
        var prescription = plan.PrescriptionId is { } pid ? await db.Prescriptions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pid) : null;
        var view = new DapDocumentView(
            plan,
            await db.Patients.AsNoTracking().SingleAsync(p => p.Id == plan.PatientId),
            await db.Practices.AsNoTracking().SingleAsync(p => p.Id == plan.PracticeId),
            await db.Practitioners.AsNoTracking().SingleAsync(p => p.Id == plan.PractitionerId),
            prescription, act, code, threshold, done, Math.Max(0, plan.SessionCount - threshold),
            plan.DapToday(catalog, clock), (int)catalog.Parameter("dap.tacitAgreementDays", today).Value,
            argumentaire?.Trim() ?? "", today);
        return (view, false);
    }

    /// <summary>The sentence on the tacit agreement.</summary>
    public static string TacitNote(DapDocumentView v) =>
        $"Sans réponse de la caisse {v.TacitDays} jours après réception de la demande complète, l'accord est réputé acquis (CSS art. D.315-5).";

    /// <summary>The PDF (same content as the printable page).</summary>
    public static byte[] Pdf(PdfFonts fonts, DapDocumentView v)
    {
        var pdf = new PdfLayout(fonts, "Demande d'accord préalable");
        pdf.Title("Demande d'accord préalable — masso-kinésithérapie")
            .Paragraph("Actes soumis à référentiel : poursuite des soins au-delà du seuil (NGAP, Titre XIV).", 9)
            .Space()
            .Paragraph("Assuré(e) / patient(e)", 11, bold: true)
            .Field("Nom et prénom", v.PatientName)
            .Field("Date de naissance", v.Patient.BirthDate is { } b ? Fr.Date(b) : "non renseignée")
            .Field("Couverture", $"{Labels.Coverage(v.Patient.Coverage)}, {Labels.Regime(v.Patient.Regime)}")
            .Space()
            .Paragraph("Prescripteur", 11, bold: true)
            .Paragraph(v.Prescriber)
            .Space()
            .Paragraph("Masseur-kinésithérapeute", 11, bold: true)
            .Field("Nom", $"{v.Practitioner.FirstName} {v.Practitioner.LastName}")
            .Field("RPPS", v.Practitioner.Rpps)
            .Field("N° Assurance Maladie", v.Practitioner.AmNumber)
            .Field("Cabinet", $"{v.Practice.Name}, {v.Practice.Address}")
            .Space()
            .Paragraph("Soins", 11, bold: true)
            .Field("Acte", $"{v.Act.Label}")
            .Field("Cotation", $"{v.Code} (article {v.Act.Article})")
            .Field("Seuil du référentiel", $"{v.Threshold} séances")
            .Field("Séances réalisées", $"{v.SessionsDone} (plan de {v.Plan.SessionCount} séances débuté le {Fr.Date(v.Plan.StartDate)})")
            .Field("Séances demandées au-delà du seuil", $"{v.SessionsRequested}")
            .Space()
            .Paragraph("Argumentaire", 11, bold: true)
            .Paragraph(v.Argumentaire.Length == 0 ? "(à compléter : bilan, objectifs, évolution justifiant la poursuite des soins)" : v.Argumentaire)
            .Space()
            .Paragraph(TacitNote(v), 9)
            .Paragraph($"Établie le {Fr.Date(v.Today)}. Signature du masseur-kinésithérapeute :", 9);
        return pdf.Build();
    }
}
