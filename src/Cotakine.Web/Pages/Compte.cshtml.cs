using Cotakine.Persistence.Entities;
using Cotakine.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages;

/// <summary>
/// « Mon compte »: change the password (<see cref="ChangePassword"/>, as <c>POST /api/account/password</c>: every other
/// session is closed) and « Se déconnecter partout » (every session of the account, this one included).
/// </summary>
internal sealed class CompteModel(ChangePassword change, SignInManager<AppUser> signIn, UserManager<AppUser> users) : PageModel
{
    private static readonly Dictionary<string, (string, string)> Fields = new()
    {
        ["currentPassword"] = ("actuel", "Mot de passe actuel"),
        ["newPassword"] = ("nouveau", "Nouveau mot de passe"),
    };

    public FormErrors Errors { get; } = new();

    [BindProperty(SupportsGet = true, Name = "enregistre")]
    public bool Saved { get; set; }

    public void OnGet()
    {
    }

    /// <summary>Changes the password.</summary>
    public async Task<IActionResult> OnPostAsync(string? actuel, string? nouveau, string? confirmation)
    {
        if (!string.IsNullOrEmpty(nouveau) && nouveau != confirmation)
        {
            Errors.Add("confirmation", "Confirmation : elle ne reprend pas le nouveau mot de passe.");
        }
        else
        {
            Errors.AddFrom(await change.ExecuteAsync(User, actuel, nouveau), Fields);
        }

        if (!Errors.Any)
        {
            return Redirect("/compte?enregistre=true");
        }

        Saved = false;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Closes every session of the account, then the login page.</summary>
    public async Task<IActionResult> OnPostPartoutAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await ((SessionSignInManager)signIn).RevokeAllAsync(user);
        }

        await signIn.SignOutAsync();
        return Redirect("/connexion");
    }
}
