using System.Net;
using Cotakine.Persistence.Entities;
using Microsoft.AspNetCore.Identity;

namespace Cotakine.Web.Features.Account;

/// <summary>
/// Signing in with an e-mail and a password, for <c>POST /api/account/login</c> and « Connexion ». Whatever the reason of
/// a refusal (unknown address, wrong password, too many failures from this address), the answer is the same and so is
/// the work: one password hash is checked every time. Before, an unknown address answered in 3 ms and a known one in
/// 121 ms, and a locked account answered 429 instead of 401: both told an outsider which addresses have an account.
/// </summary>
internal sealed class SignIn(SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher, LoginThrottling throttling)
{
    /// <summary>The one refusal, for every reason.</summary>
    public const string Refused = "Adresse e-mail ou mot de passe incorrect : vérifiez-les et recommencez.";

    // A hash of a random password made like the real ones, checked when there is no real one to check.
    private static string? _decoy;

    /// <summary>Signs in (cookie and server-side session) or says no; <paramref name="client"/> is the caller's address.</summary>
    public async Task<bool> ExecuteAsync(string email, string password, IPAddress? client)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(password);
        var account = email.Trim();
        using (await LoginThrottling.EnterAsync(account))
        {
            var user = await signIn.UserManager.FindByEmailAsync(account);
            if (user is null || throttling.IsLocked(account, client) || !await signIn.CanSignInAsync(user))
            {
                hasher.VerifyHashedPassword(user ?? new AppUser(), Decoy(), password);
                if (user is not null)
                {
                    throttling.Failed(account, client);
                }

                return false;
            }

            // No Identity lockout (lockoutOnFailure: false): the lock is per address (LoginThrottling), so that nobody
            // locks the rightful owner out from elsewhere.
            var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: false);
            if (!result.Succeeded)
            {
                throttling.Failed(account, client);
                return false;
            }

            throttling.Succeeded(account, client);
            await signIn.SignInAsync(user, isPersistent: false);
            return true;
        }
    }

    private string Decoy() => _decoy ??= hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString("N"));
}
