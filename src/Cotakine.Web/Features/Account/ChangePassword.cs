using System.Security.Claims;
using Cotakine.Persistence.Entities;
using Cotakine.Practice;
using Microsoft.AspNetCore.Identity;

namespace Cotakine.Web.Features.Account;

/// <summary>
/// Changes the signed-in user's password, for <c>POST /api/account/password</c> and « Mot de passe » (<c>/compte</c>):
/// the current password is checked, the new one must pass the password rules (<see cref="PasswordRules"/>), then every
/// session of the account is closed (the other browsers, a copied cookie) and this one reopened with a new cookie.
/// </summary>
internal sealed class ChangePassword(UserManager<AppUser> users, SignInManager<AppUser> signIn)
{
    /// <summary>Changes the password, or says why not (fields <c>currentPassword</c>, <c>newPassword</c>; nothing changed then).</summary>
    public async Task<Problems> ExecuteAsync(ClaimsPrincipal principal, string? currentPassword, string? newPassword)
    {
        var problems = new Problems();
        if (string.IsNullOrEmpty(currentPassword))
        {
            problems.Add("currentPassword", "champ obligatoire");
        }

        if (string.IsNullOrEmpty(newPassword))
        {
            problems.Add("newPassword", "champ obligatoire");
        }

        if (problems.Any || await users.GetUserAsync(principal) is not { } user)
        {
            return problems.Any ? problems : problems.Add("currentPassword", "session inconnue : reconnectez-vous");
        }

        var changed = await users.ChangePasswordAsync(user, currentPassword!, newPassword!);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
            {
                problems.Add(error.Code == "PasswordMismatch" ? "currentPassword" : "newPassword",
                    error.Code == "PasswordMismatch" ? "mot de passe actuel incorrect" : AccountMessages.Translate(error));
            }

            return problems;
        }

        await ((SessionSignInManager)signIn).RevokeAllAsync(user);
        await signIn.SignInAsync(user, isPersistent: false);
        return problems;
    }
}

/// <summary>Identity's refusals said in French, one wording for the API and the pages.</summary>
internal static class AccountMessages
{
    /// <summary>Registration refusal of an address, whatever the reason (taken or malformed): it does not say which.</summary>
    public const string AddressRefused = "adresse refusée : vérifiez-la ou choisissez-en une autre";

    public static string Translate(IdentityError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => AddressRefused,
            "PasswordTooShort" => $"le mot de passe doit compter au moins {PasswordRules.MinimumLength} caractères",
            "PasswordRequiresDigit" => "le mot de passe doit contenir un chiffre",
            "PasswordRequiresLower" => "le mot de passe doit contenir une minuscule",
            "PasswordRequiresUpper" => "le mot de passe doit contenir une majuscule",
            PasswordRules.CommonCode => "mot de passe trop courant ou trop facile à deviner (« azerty », « motdepasse », « soleil »… même suivis de chiffres) : choisissez une phrase de plusieurs mots",
            _ => error.Description,
        };
    }
}
