using System.Security.Claims;

namespace Cotakine.Web;

/// <summary>
/// The two roles of a practice's accounts, as the claim the cookie carries (<see cref="PracticeClaimsFactory"/>). A
/// secrétaire bills and administers; what is printed on invoices as the practice's identity (its practitioners, their RPPS
/// and n° AM, its département, which sets tariffs and time zone), the accounts, and the clinical notes are the kinés'.
/// </summary>
internal static class Roles
{
    /// <summary>A masseur-kinésithérapeute of the practice.</summary>
    public const string Kine = "kine";

    /// <summary>A secretary: billing and administration, no clinical notes, no practice identity.</summary>
    public const string Secretary = "secretaire";

    /// <summary>Whether <paramref name="user"/> is a kiné of the practice (not a secrétaire).</summary>
    public static bool IsKine(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Kine);
    }

    /// <summary>The refusal of a practice-identity change by a secrétaire.</summary>
    public const string KineOnly = "réservé aux kinésithérapeutes du cabinet";
}
