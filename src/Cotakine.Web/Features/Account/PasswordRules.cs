using System.Globalization;
using System.Text;
using Cotakine.Persistence.Entities;
using Microsoft.AspNetCore.Identity;

namespace Cotakine.Web.Features.Account;

/// <summary>
/// Refuses the passwords guessed first: the common ones of French users and of this trade (<c>common-passwords.txt</c>,
/// embedded, with its source), whatever digits or signs are put around them (« Azerty1234 », « Password12 »,
/// « Motdepasse2026! »), and a password made of the account's own address. The length and character rules are Identity's
/// (<see cref="MinimumLength"/> characters, a digit, a capital and a small letter).
/// </summary>
internal sealed class PasswordRules : IPasswordValidator<AppUser>
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinimumLength = 10;

    /// <summary>Identity's error code for a common password (translated by <see cref="AccountApi"/>).</summary>
    public const string CommonCode = "PasswordTooCommon";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    /// <summary>Whether <paramref name="password"/> is one of the common ones, dressed up or not.</summary>
    public static bool IsCommon(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var core = Core(password);
        // Also with the usual letter-for-digit swaps inside the word (« P4ssw0rd1234 » → password).
        return core.Length == 0 || Common.Value.Contains(core) ||
               Common.Value.Contains(core.Replace('0', 'o').Replace('1', 'i').Replace('3', 'e').Replace('4', 'a').Replace('5', 's').Replace('@', 'a').Replace('$', 's'));
    }

    /// <inheritdoc />
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var local = (user.Email ?? "").Split('@')[0];
        var own = local.Length >= 4 && Core(password).Contains(Core(local), StringComparison.Ordinal);
        return Task.FromResult(IsCommon(password) || own
            ? IdentityResult.Failed(new IdentityError { Code = CommonCode, Description = "mot de passe trop courant ou trop facile à deviner" })
            : IdentityResult.Success);
    }

    /// <summary>Lower case, no accents, without the digits and signs at both ends (« Soleil-2026! » → soleil).</summary>
    private static string Core(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c);
            }
        }

        return plain.ToString().Trim().Trim("0123456789!?.,;:-_+*/#&@$%=()[]{}'\"~^ ".ToCharArray());
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(PasswordRules).Assembly.GetManifestResourceStream("Cotakine.Web.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt manque dans l'assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim());
            }
        }

        return words;
    }
}
