using System.Security.Claims;
using Cotakine.Persistence;
using Cotakine.Persistence.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cotakine.Web.Features.Account;

/// <summary>
/// Identity's sign-in with a server-side session: every sign-in (login form, API, registration, password change) opens a
/// <see cref="UserSession"/> row whose id goes into the cookie; <see cref="ValidateAsync"/> checks on every request that
/// the row still exists; signing out deletes it. Without it, a cookie stayed valid for its whole 8 hours after « Se
/// déconnecter » (the cookie is only a signed ticket): whoever had copied it kept reading and writing.
/// </summary>
internal sealed class SessionSignInManager(
    UserManager<AppUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation,
    CotakineDbContext db)
    : SignInManager<AppUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    /// <summary>The claim naming the session row.</summary>
    public const string SessionClaim = "cotakine:session";

    /// <inheritdoc />
    public override async Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        ArgumentNullException.ThrowIfNull(user);
        var session = new UserSession { Id = Guid.NewGuid(), UserId = user.Id, CreatedAt = TimeProvider.System.GetUtcNow() };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims, new Claim(SessionClaim, session.Id.ToString())]);
    }

    /// <inheritdoc />
    public override async Task SignOutAsync()
    {
        if (SessionOf(Context.User) is { } id)
        {
            await db.UserSessions.Where(s => s.Id == id).ExecuteDeleteAsync();
        }

        await base.SignOutAsync();
    }

    /// <summary>Closes every session of <paramref name="user"/> (all browsers, all copies of the cookie), this one included.</summary>
    public async Task RevokeAllAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await db.UserSessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync();
        await UserManager.UpdateSecurityStampAsync(user);
    }

    /// <summary>
    /// The cookie handler's check of each request (<see cref="CookieAuthenticationEvents.OnValidatePrincipal"/>): a cookie
    /// whose session was closed, or one from before sessions existed, is refused and removed; the request goes on anonymous.
    /// </summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<CotakineDbContext>().UserSessions;
        if (userId is not null && SessionOf(context.Principal) is { } id && await sessions.AnyAsync(s => s.Id == id && s.UserId == userId))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    private static Guid? SessionOf(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirstValue(SessionClaim), out var id) ? id : null;
}
