namespace Cotakine.Web;

/// <summary>
/// The roles of a practice's users, put in the auth cookie by <see cref="PracticeClaimsFactory"/>: a kiné (linked to a
/// practitioner row) sees everything of the practice; a secrétaire (no practitioner row) manages patients, sessions and
/// invoices but never reads the clinical notes.
/// </summary>
internal static class Roles
{
    /// <summary>A masseur-kinésithérapeute of the practice.</summary>
    public const string Kine = "kine";

    /// <summary>A secretary: billing and administration, no clinical notes.</summary>
    public const string Secretary = "secretaire";
}
