using System.Security.Claims;
using Cotakine.Persistence.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cotakine.Web;

/// <summary>
/// Puts the user's practice id and role in the auth cookie, so that each request knows which practice's rows it may see
/// and whether the user may read clinical notes (<see cref="Roles"/>: a user without a practitioner row is a secrétaire).
/// </summary>
internal sealed class PracticeClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    public const string PracticeClaim = "cotakine:practice";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PracticeClaim, user.PracticeId.ToString()));
        identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, user.PractitionerId is null ? Roles.Secretary : Roles.Kine));
        return identity;
    }
}
