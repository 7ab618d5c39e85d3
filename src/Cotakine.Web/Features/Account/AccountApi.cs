using System.Security.Claims;
using Cotakine.Persistence;
using Cotakine.Persistence.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Cotakine.Web.Features.Account;

internal sealed record LoginRequest(string? Email, string? Password);

internal sealed record MeResponse(string Email, Guid PracticeId, Guid? PractitionerId, string Role = Roles.Kine);

internal sealed record SecretaryRequest(string? Email, string? Password);

internal sealed record PasswordChangeRequest(string? CurrentPassword, string? NewPassword);

/// <summary>
/// Accounts: sign-in with a cookie and a server-side session (ASP.NET Core Identity, hashed passwords), sign-out (this
/// session, or everywhere), password change, opening a new practice (closed unless <c>Accounts:Registration=open</c>).
/// </summary>
internal static class AccountApi
{
    /// <summary>The refusal of a closed registration.</summary>
    public const string RegistrationClosed =
        "Inscription fermée sur ce serveur : un compte s'ouvre au premier démarrage, par « cotakine users add », ou si l'administrateur ouvre l'inscription (Accounts:Registration=open).";

    public static void MapAccountApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Compte");
        group.MapPost("/login", Login).AllowAnonymous();
        group.MapPost("/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.NoContent();
        });
        group.MapPost("/logout-everywhere", async (SignInManager<AppUser> signIn, UserManager<AppUser> users, HttpContext http) =>
        {
            if (await users.GetUserAsync(http.User) is { } user)
            {
                await ((SessionSignInManager)signIn).RevokeAllAsync(user);
            }

            await signIn.SignOutAsync();
            return TypedResults.NoContent();
        });
        group.MapPost("/password", ChangePassword);
        group.MapGet("/me", async (UserManager<AppUser> users, HttpContext http) =>
        {
            var user = await users.GetUserAsync(http.User);
            return user is null ? Results.Unauthorized() : TypedResults.Ok(Me(user));
        });
        group.MapPost("/register", Register).AllowAnonymous();
        group.MapPost("/secretaries", AddSecretary);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Login(LoginRequest request, SignIn signIn, HttpContext http)
    {
        var errors = new Errors();
        errors.Required("email", request.Email);
        errors.Required("password", request.Password);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        return await signIn.ExecuteAsync(request.Email!, request.Password!, http.Connection.RemoteIpAddress)
            ? TypedResults.NoContent()
            : TypedResults.Problem(title: SignIn.Refused, statusCode: StatusCodes.Status401Unauthorized);
    }

    private static async Task<Results<NoContent, ValidationProblem>> ChangePassword(PasswordChangeRequest request, ChangePassword change, HttpContext http)
    {
        var problems = await change.ExecuteAsync(http.User, request.CurrentPassword, request.NewPassword);
        return problems.Any ? Errors.Invalid(problems) : TypedResults.NoContent();
    }

    private static async Task<Results<Created<MeResponse>, ValidationProblem, ProblemHttpResult>> Register(RegisterRequest request, RegisterPractice register)
    {
        var outcome = await register.ExecuteAsync(request, signInAfter: true);
        return outcome switch
        {
            { Closed: true } => TypedResults.Problem(title: RegistrationClosed, statusCode: StatusCodes.Status403Forbidden),
            { User: { } user } => TypedResults.Created("/api/account/me", Me(user)),
            _ => Errors.Invalid(outcome.Problems),
        };
    }

    private static MeResponse Me(AppUser user) =>
        new(user.Email!, user.PracticeId, user.PractitionerId, user.PractitionerId is null ? Roles.Secretary : Roles.Kine);

    /// <summary>A kiné opens a secrétaire account in their practice (no practitioner row, so no clinical notes).</summary>
    private static async Task<Results<Created<MeResponse>, ValidationProblem, ProblemHttpResult>> AddSecretary(
        SecretaryRequest request, UserManager<AppUser> users, CotakineDbContext db, HttpContext http)
    {
        if (!Roles.IsKine(http.User))
        {
            return TypedResults.Problem(title: "Accès refusé : seul un kinésithérapeute ouvre un compte de secrétariat.", statusCode: StatusCodes.Status403Forbidden);
        }

        var errors = new Errors();
        errors.Required("email", request.Email);
        errors.Required("password", request.Password);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        var user = new AppUser { UserName = request.Email!.Trim(), Email = request.Email!.Trim(), PracticeId = db.CurrentPracticeId!.Value, PractitionerId = null };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                var field = error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email";
                errors.Add(field, $"{field} : {AccountMessages.Translate(error)}");
            }

            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        return TypedResults.Created("/api/account/me", Me(user));
    }
}
