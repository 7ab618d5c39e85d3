namespace Cotakine.Persistence.Entities;

/// <summary>
/// One signed-in browser or client of an account: the session cookie names its row, and every request checks that the row
/// is still there. Signing out deletes the row, « se déconnecter partout » and a password change delete all the account's
/// rows, so a copied or forgotten cookie stops working at once instead of for the rest of its 8 hours.
/// </summary>
public sealed class UserSession
{
    /// <summary>Identifier, carried in the cookie (a random GUID: it says nothing about the account).</summary>
    public Guid Id { get; set; }

    /// <summary>The account (<see cref="AppUser"/> id).</summary>
    public string UserId { get; set; } = "";

    /// <summary>When the session was opened (UTC, wall clock).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
