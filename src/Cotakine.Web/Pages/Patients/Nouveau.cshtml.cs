using Cotakine.Web.Api;
using Cotakine.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages.Patients;

/// <summary>« Nouveau patient »: identity and coverage, checked by <see cref="PatientWorkflow"/> like the API.</summary>
internal sealed class NouveauModel(PatientWorkflow workflow) : PageModel
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
        Errors.AddFrom(PatientWorkflow.Validate(request), Fields);
        if (!Errors.Any)
        {
            var (patient, errors) = await workflow.CreateAsync(request);
            Errors.AddFrom(errors, Fields);
            if (patient is not null)
            {
                return Redirect($"/patients/{patient.Id}");
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
