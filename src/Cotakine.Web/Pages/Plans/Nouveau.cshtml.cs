using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Prescriptions;
using Cotakine.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Pages.Plans;

/// <summary>
/// « Nouveau plan de soins » from a prescription: the act picked with the live act search (labels, prices, référentiel
/// caps), the number of sessions (the prescription's by default) and the start; opened by <see cref="OpenPlan"/> (the API's path).
/// </summary>
internal sealed class NouveauModel(CotakineDbContext db, NgapCatalog catalog, OpenPlan openPlan, PracticeCalendar clock) : PageModel
{
    private static readonly Dictionary<string, (string, string)> Fields = new()
    {
        ["actId"] = ("acte", "Acte"),
        ["sessionCount"] = ("seances", "Nombre de séances"),
        ["origin"] = ("origine", "Origine"),
        ["startDate"] = ("debut", "Début du plan"),
        ["prescriptionId"] = ("origine", "Prescription"),
        ["practitionerId"] = ("origine", "Kinésithérapeute"),
        ["patientId"] = ("origine", "Patient"),
    };

    public Prescription Prescription { get; private set; } = null!;

    public Patient Patient { get; private set; } = null!;

    [BindProperty(Name = "acte")] public string[] Acte { get; set; } = [];

    [BindProperty(Name = "origine")] public string? Origine { get; set; } = "prescription";

    [BindProperty(Name = "debut")] public string? Debut { get; set; }

    [BindProperty(Name = "seances")] public string? Seances { get; set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Debut = Fr.Iso(clock.Today);
        Seances = Prescription.SessionCount?.ToString(Fr.Culture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var start = FormValues.Date(Debut, "debut", "Début du plan", Errors, required: true);
        var count = FormValues.Whole(Seances, "seances", "Nombre de séances", Errors);
        if (count is null && !Errors.Any)
        {
            Errors.Add("seances", "Nombre de séances : champ obligatoire.");
        }

        string? actId = null;
        if (Acte.Length == 0)
        {
            Errors.Add("acte", "Acte : choisissez l'acte du plan dans la recherche (tapez quelques lettres puis Entrée).");
        }
        else if (Acte.Length > 1)
        {
            Errors.Add("acte", $"Acte : un plan porte sur un seul acte ; retirez-en {Acte.Length - 1}.");
        }
        else if (start is { } day)
        {
            actId = ActCode.TryParse(Acte[0], out var code) && catalog.Find(code, day) is { } version ? version.Act.Id : null;
            if (actId is null)
            {
                Errors.Add("acte", $"Acte : « {Acte[0]} » n'est pas en vigueur le {Fr.Date(day)} ; cherchez l'acte à nouveau.");
            }
        }

        if (!Errors.Any)
        {
            var origin = Origine == "renouvellement" ? PlanOrigin.Renewal : PlanOrigin.Prescription;
            var (plan, errors) = await openPlan.ExecuteAsync(new PlanRequest(Patient.Id, null, Prescription.Id, origin, actId, count, start));
            Errors.AddFrom(errors, Fields);
            if (plan is not null)
            {
                return Redirect($"/plans/{plan.Id}");
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var prescription = await db.Prescriptions.SingleOrDefaultAsync(p => p.Id == id);
        if (prescription is null)
        {
            return false;
        }

        Prescription = prescription;
        Patient = await db.Patients.SingleAsync(p => p.Id == prescription.PatientId);
        return true;
    }
}
