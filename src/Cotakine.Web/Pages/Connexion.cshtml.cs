using Cotakine.Web.Features.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages;

/// <summary>
/// « Connexion »: email and password (<see cref="SignIn"/>, the same answer as the API whatever the reason of a refusal),
/// then back to the page asked (<c>?retour=</c>, local addresses only). On an error the email typed is kept; the password
/// never is. On a first start without any account, leads to « Premier compte ».
/// </summary>
internal sealed class ConnexionModel(SignIn signIn, RegistrationGate gate) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? Retour { get; set; }

    [BindProperty(Name = "email")]
    public string? Email { get; set; }

    [BindProperty(Name = "motdepasse")]
    public string? Password { get; set; }

    public FormErrors Errors { get; } = new();

    public IActionResult OnGet() => gate.SetupCode is null ? Page() : Redirect("/premier-compte");

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            Errors.Add("email", "Adresse e-mail : champ obligatoire.");
        }

        if (string.IsNullOrEmpty(Password))
        {
            Errors.Add("motdepasse", "Mot de passe : champ obligatoire.");
        }

        if (!Errors.Any)
        {
            if (await signIn.ExecuteAsync(Email!, Password!, HttpContext.Connection.RemoteIpAddress))
            {
                return LocalRedirect(Url.IsLocalUrl(Retour) ? Retour! : "/");
            }

            Errors.Add("motdepasse", Features.Account.SignIn.Refused);
        }

        Password = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
