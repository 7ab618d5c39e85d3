using System.Security.Claims;
using Cotakine.Persistence;
using Cotakine.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cotakine.Web;

/// <summary>
/// Puts the user's practice id and role in the auth cookie, so that each request knows which practice's rows it may see
/// and whether the user may read clinical notes (<see cref="Roles"/>: a user without a practitioner row is a secrétaire),
/// and the practitioner's name, so that every page shows who is logged in without a query.
/// </summary>
internal sealed class PracticeClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options, CotakineDbContext db)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    public const string PracticeClaim = "cotakine:practice";

    /// <summary>« Camille Martin »: the name the layout shows (read by the UI library under this claim type).</summary>
    public const string DisplayNameClaim = "cotakine:display-name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PracticeClaim, user.PracticeId.ToString()));
        identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, user.PractitionerId is null ? Roles.Secretary : Roles.Kine));
        var practitioner = user.PractitionerId is { } id
            ? await db.Practitioners.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.Id == id)
            : null;
        identity.AddClaim(new Claim(DisplayNameClaim, practitioner is null ? user.Email ?? "" : $"{practitioner.FirstName} {practitioner.LastName}"));
        return identity;
    }
}
