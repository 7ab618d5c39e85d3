using Microsoft.AspNetCore.Identity;

namespace Cotakine.Persistence.Entities;

/// <summary>An account (ASP.NET Core Identity, hashed password) tied to one practice and, for a kiné, to their practitioner row.</summary>
public sealed class AppUser : IdentityUser
{
    /// <summary>The practice whose data the user sees, and only that one.</summary>
    public Guid PracticeId { get; set; }

    /// <summary>The practitioner the user is, when a kiné (null for a secretary).</summary>
    public Guid? PractitionerId { get; set; }
}
