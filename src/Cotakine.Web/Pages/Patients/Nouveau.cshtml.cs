using Cotakine.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages.Patients;

/// <summary>« Nouveau patient »: identity and coverage, NIR, caisse, address and commune, contact, médecin traitant and complementary insurer, registered by <see cref="CreatePatient"/> like the API.</summary>
internal sealed class NouveauModel(CreatePatient createPatient) : PageModel
{
    private static readonly Dictionary<string, (string, string)> Fields = new()
    {
        ["lastName"] = ("nom", "Nom"),
        ["firstName"] = ("prenom", "Prénom"),
        ["coverage"] = ("couverture", "Couverture"),
        ["atMpDate"] = ("atmp", "Date de l'accident du travail"),
        ["nir"] = ("nir", "N° de sécurité sociale"),
        ["caisse"] = ("caisse", "Caisse"),
        ["address"] = ("adresse", "Adresse"),
        ["postalCode"] = ("codepostal", "Code postal"),
        ["commune"] = ("commune", "Commune"),
        ["phone"] = ("telephone", "Téléphone"),
        ["email"] = ("email", "E-mail"),
        ["primaryCarePhysician"] = ("medecin", "Médecin traitant"),
        ["amcName"] = ("amc", "Complémentaire"),
        ["amcMemberNumber"] = ("adherent", "N° d'adhérent"),
        ["amcPercent"] = ("amcpart", "Part de la complémentaire"),
    };

    [BindProperty(Name = "nom")] public string? Nom { get; set; }

    [BindProperty(Name = "prenom")] public string? Prenom { get; set; }

    [BindProperty(Name = "naissance")] public string? Naissance { get; set; }

    [BindProperty(Name = "couverture")] public string? Couverture { get; set; } = "standard";

    [BindProperty(Name = "regime")] public string? Regime { get; set; } = "general";

    [BindProperty(Name = "atmp")] public string? AtMp { get; set; }

    [BindProperty(Name = "nir")] public string? Nir { get; set; }

    [BindProperty(Name = "caisse")] public string? Caisse { get; set; }

    [BindProperty(Name = "adresse")] public string? Adresse { get; set; }

    [BindProperty(Name = "codepostal")] public string? CodePostal { get; set; }

    [BindProperty(Name = "commune")] public string? Commune { get; set; }

    [BindProperty(Name = "telephone")] public string? Telephone { get; set; }

    [BindProperty(Name = "email")] public string? Email { get; set; }

    [BindProperty(Name = "medecin")] public string? Medecin { get; set; }

    [BindProperty(Name = "amc")] public string? Amc { get; set; }

    [BindProperty(Name = "adherent")] public string? Adherent { get; set; }

    [BindProperty(Name = "amcpart")] public string? AmcPart { get; set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var birth = FormValues.Date(Naissance, "naissance", "Date de naissance", Errors);
        var atMp = FormValues.Date(AtMp, "atmp", "Date de l'accident du travail", Errors);
        int? amcPercent = null;
        if (!string.IsNullOrWhiteSpace(AmcPart))
        {
            if (int.TryParse(AmcPart.Trim().TrimEnd('%').Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var percent))
            {
                amcPercent = percent;
            }
            else
            {
                Errors.Add("amcpart", $"Part de la complémentaire : « {AmcPart} » n'est pas un pourcentage entier (ex. 100).");
            }
        }

        var request = new PatientRequest(
            Nom, Prenom, birth, FormValues.Coverage(Couverture), FormValues.Regime(Regime), atMp,
            Nir, Caisse, Adresse, CodePostal, Commune, Telephone, Email, Medecin, Amc, Adherent, amcPercent);
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
            Errors.AddFrom(request.Details().Check(), Fields);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
