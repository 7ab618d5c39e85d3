using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Persistence.Entities;
using Cotakine.Practice;
using Cotakine.Quoting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Account;

internal sealed record LoginRequest(string? Email, string? Password);

internal sealed record RegisterRequest(
    string? Email, string? Password, string? PracticeName, string? Department, TravelZone? Zone, string? Address,
    string? Rpps, string? AmNumber, string? LastName, string? FirstName);

internal sealed record MeResponse(string Email, Guid PracticeId, Guid? PractitionerId, string Role = Roles.Kine);

internal sealed record SecretaryRequest(string? Email, string? Password);

/// <summary>Accounts: sign-in with a cookie (ASP.NET Core Identity, hashed passwords), sign-out, opening a new practice.</summary>
internal static class AccountApi
{
    public static void MapAccountApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/account").WithTags("Compte");
        group.MapPost("/login", Login).AllowAnonymous();
        group.MapPost("/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.NoContent();
        });
        group.MapGet("/me", async (UserManager<AppUser> users, HttpContext http) =>
        {
            var user = await users.GetUserAsync(http.User);
            return user is null ? Results.Unauthorized() : TypedResults.Ok(Me(user));
        });
        group.MapPost("/register", Register).AllowAnonymous();
        group.MapPost("/secretaries", AddSecretary);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Login(LoginRequest request, SignInManager<AppUser> signIn)
    {
        var errors = new Errors();
        errors.Required("email", request.Email);
        errors.Required("password", request.Password);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        var user = await signIn.UserManager.FindByEmailAsync(request.Email!);
        if (user is null)
        {
            return TypedResults.Problem(title: "Identifiants incorrects.", statusCode: StatusCodes.Status401Unauthorized);
        }

        // Login throttling: repeated failures lock the account for a while (Identity lockout, see CotakineWebApp).
        var result = await signIn.PasswordSignInAsync(user, request.Password!, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? TypedResults.NoContent()
            : result.IsLockedOut ? TypedResults.Problem(title: LoginThrottling.LockedOutMessage, statusCode: StatusCodes.Status429TooManyRequests)
            : TypedResults.Problem(title: "Identifiants incorrects.", statusCode: StatusCodes.Status401Unauthorized);
    }

    private static async Task<Results<Created<MeResponse>, ValidationProblem>> Register(
        RegisterRequest request, CotakineDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, NgapCatalog catalog)
    {
        var errors = new Errors();
        errors.Required("email", request.Email);
        errors.Required("password", request.Password);
        errors.Required("practiceName", request.PracticeName);
        errors.Required("zone", request.Zone);
        if (request.Department is null || catalog.FindDepartment(request.Department) is null)
        {
            errors.Add("department", "department : département inconnu (ex. 75, 2A, 971)");
        }

        // The practitioner's names and identifiers: the same checks and normalisation as Réglages and /api/practice.
        foreach (var problem in Practitioner.Check(request.LastName, request.FirstName, request.Rpps, request.AmNumber))
        {
            errors.Add(problem);
        }

        var rppsNumber = Practitioner.NormalRpps(request.Rpps);
        if (!errors.Any && await db.Practitioners.IgnoreQueryFilters().AnyAsync(p => p.Rpps == rppsNumber))
        {
            errors.Add("rpps", "rpps : ce numéro RPPS a déjà un compte");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var practice = new PracticeProfile
        {
            Id = Guid.NewGuid(),
            Name = request.PracticeName!.Trim(),
            Department = catalog.FindDepartment(request.Department!)!.Code,
            Zone = request.Zone!.Value,
            Address = request.Address?.Trim() ?? "",
        };
        var practitioner = Practitioner.Register(practice.Id, request.LastName!, request.FirstName!, request.Rpps!, request.AmNumber!);
        db.Practices.Add(practice);
        db.Practitioners.Add(practitioner);
        await db.SaveChangesAsync();
        var user = new AppUser { UserName = request.Email, Email = request.Email, PracticeId = practice.Id, PractitionerId = practitioner.Id };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                var field = error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email";
                errors.Add(field, $"{field} : {Translate(error)}");
            }

            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        await transaction.CommitAsync();
        await signIn.SignInAsync(user, isPersistent: false);
        return TypedResults.Created("/api/account/me", new MeResponse(user.Email!, practice.Id, practitioner.Id));
    }

    private static MeResponse Me(AppUser user) =>
        new(user.Email!, user.PracticeId, user.PractitionerId, user.PractitionerId is null ? Roles.Secretary : Roles.Kine);

    /// <summary>A kiné opens a secrétaire account in their practice (no practitioner row, so no clinical notes).</summary>
    private static async Task<Results<Created<MeResponse>, ValidationProblem, ProblemHttpResult>> AddSecretary(
        SecretaryRequest request, UserManager<AppUser> users, CotakineDbContext db, HttpContext http)
    {
        if (http.User.IsInRole(Roles.Secretary))
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

        var user = new AppUser { UserName = request.Email, Email = request.Email, PracticeId = db.CurrentPracticeId!.Value, PractitionerId = null };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                var field = error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email";
                errors.Add(field, $"{field} : {Translate(error)}");
            }

            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        return TypedResults.Created("/api/account/me", Me(user));
    }

    private static string Translate(IdentityError error) => error.Code switch
    {
        "DuplicateEmail" or "DuplicateUserName" => "cette adresse a déjà un compte",
        "InvalidEmail" or "InvalidUserName" => "adresse invalide",
        "PasswordTooShort" => "le mot de passe doit compter au moins 10 caractères",
        "PasswordRequiresDigit" => "le mot de passe doit contenir un chiffre",
        "PasswordRequiresLower" => "le mot de passe doit contenir une minuscule",
        "PasswordRequiresUpper" => "le mot de passe doit contenir une majuscule",
        _ => error.Description,
    };
}
