using Cotakine.Quoting;
using Cotakine.Web.Features.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages;

/// <summary>
/// « Premier compte »: on a first start that is not the demo practice (a server others can reach), the practice and its
/// first kiné's account, opened with the one-time code the server wrote in its console (<see cref="RegistrationGate"/>)
/// by <see cref="RegisterPractice"/>, the use case of <c>POST /api/account/register</c>. Gone once an account exists.
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
internal sealed class PremierCompteModel(RegisterPractice register, RegistrationGate gate) : PageModel
{
    private static readonly Dictionary<string, (string, string)> Fields = new()
    {
        ["setupCode"] = ("code", "Code de premier démarrage"),
        ["email"] = ("email", "Adresse e-mail"),
        ["password"] = ("motdepasse", "Mot de passe"),
        ["practiceName"] = ("cabinet", "Nom du cabinet"),
        ["department"] = ("departement", "Département"),
        ["zone"] = ("zone", "Zone"),
        ["lastName"] = ("nom", "Nom"),
        ["firstName"] = ("prenom", "Prénom"),
        ["rpps"] = ("rpps", "RPPS"),
        ["amNumber"] = ("am", "N° Assurance Maladie"),
    };

    public FormErrors Errors { get; } = new();

    [BindProperty(Name = "email")] public string? Email { get; set; }
    [BindProperty(Name = "cabinet")] public string? PracticeName { get; set; }
    [BindProperty(Name = "departement")] public string? Department { get; set; }
    [BindProperty(Name = "adresse")] public string? Address { get; set; }
    [BindProperty(Name = "nom")] public string? LastName { get; set; }
    [BindProperty(Name = "prenom")] public string? FirstName { get; set; }
    [BindProperty(Name = "rpps")] public string? Rpps { get; set; }
    [BindProperty(Name = "am")] public string? AmNumber { get; set; }

    public IActionResult OnGet() => gate.SetupCode is null ? Redirect("/connexion") : Page();

    public async Task<IActionResult> OnPostAsync(string? code, string? motdepasse, string? zone)
    {
        if (gate.SetupCode is null)
        {
            return Redirect("/connexion");
        }

        TravelZone? travelZone = zone switch { "montagne" => TravelZone.Montagne, "pied-ski" => TravelZone.PiedSki, "plaine" => TravelZone.Plaine, _ => null };
        var outcome = await register.ExecuteAsync(
            new RegisterRequest(Email, motdepasse, PracticeName, Department, travelZone, Address, Rpps, AmNumber, LastName, FirstName, code), signInAfter: true);
        if (outcome.User is not null)
        {
            return Redirect("/reglages");
        }

        if (outcome.Closed)
        {
            Errors.Add("code", "Code de premier démarrage : ce n'est pas celui écrit dans la console du serveur au démarrage.");
        }

        Errors.AddFrom(outcome.Problems, Fields);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
