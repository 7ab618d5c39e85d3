using Cotakine.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages;

/// <summary>
/// « Connexion »: email and password (ASP.NET Core Identity), then back to the page asked (<c>?retour=</c>, local
/// addresses only). On an error the email typed is kept; the password never is.
/// </summary>
internal sealed class ConnexionModel(SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? Retour { get; set; }

    [BindProperty(Name = "email")]
    public string? Email { get; set; }

    [BindProperty(Name = "motdepasse")]
    public string? Password { get; set; }

    public FormErrors Errors { get; } = new();

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
            var user = await signIn.UserManager.FindByEmailAsync(Email!.Trim());
            var result = user is null ? null : await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true);
            if (result is { Succeeded: true })
            {
                return LocalRedirect(Url.IsLocalUrl(Retour) ? Retour! : "/");
            }

            Errors.Add("motdepasse", result is { IsLockedOut: true }
                ? LoginThrottling.LockedOutMessage
                : "Adresse e-mail ou mot de passe incorrect : vérifiez-les et recommencez.");
        }

        Password = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
