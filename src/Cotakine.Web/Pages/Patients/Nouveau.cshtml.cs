using Cotakine.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages.Patients;

/// <summary>« Nouveau patient »: identity and coverage, registered by <see cref="CreatePatient"/> like the API.</summary>
internal sealed class NouveauModel(CreatePatient createPatient) : PageModel
{
    private static readonly Dictionary<string, (string, string)> Fields = new()
    {
        ["lastName"] = ("nom", "Nom"),
        ["firstName"] = ("prenom", "Prénom"),
        ["coverage"] = ("couverture", "Couverture"),
        ["atMpDate"] = ("atmp", "Date de l'accident du travail"),
    };

    [BindProperty(Name = "nom")] public string? Nom { get; set; }

    [BindProperty(Name = "prenom")] public string? Prenom { get; set; }

    [BindProperty(Name = "naissance")] public string? Naissance { get; set; }

    [BindProperty(Name = "couverture")] public string? Couverture { get; set; } = "standard";

    [BindProperty(Name = "regime")] public string? Regime { get; set; } = "general";

    [BindProperty(Name = "atmp")] public string? AtMp { get; set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var birth = FormValues.Date(Naissance, "naissance", "Date de naissance", Errors);
        var atMp = FormValues.Date(AtMp, "atmp", "Date de l'accident du travail", Errors);
        var request = new PatientRequest(Nom, Prenom, birth, FormValues.Coverage(Couverture), FormValues.Regime(Regime), atMp);
        if (!Errors.Any)
        {
            var (patient, problems) = await createPatient.ExecuteAsync(request);
            if (patient is not null)
            {
                return Redirect($"/patients/{patient.Id}");
            }

            Errors.AddFrom(problems, Fields);
        }
        else
        {
            // A date the form could not read: nothing is saved, and the patient's other problems are said at once.
            Errors.AddFrom(Cotakine.Practice.Patients.Patient.Check(request.LastName, request.FirstName, request.Coverage, request.Regime ?? Cotakine.Quoting.Regime.General, request.AtMpDate), Fields);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
