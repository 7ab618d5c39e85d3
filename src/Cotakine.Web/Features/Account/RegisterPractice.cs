using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Persistence.Entities;
using Cotakine.Practice;
using Cotakine.Quoting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Account;

/// <summary>A new practice with its first kiné and their account, as asked.</summary>
internal sealed record RegisterRequest(
    string? Email, string? Password, string? PracticeName, string? Department, TravelZone? Zone, string? Address,
    string? Rpps, string? AmNumber, string? LastName, string? FirstName, string? SetupCode = null);

/// <summary>What registering gave: the account (signed in when asked), the problems, or <see cref="Closed"/>.</summary>
internal sealed record RegisterOutcome(AppUser? User, Problems Problems, bool Closed = false);

/// <summary>
/// Opens a practice with its first practitioner and account, for <c>POST /api/account/register</c>, the first-start page
/// (<c>/premier-compte</c>) and <c>cotakine users add</c>: only when <see cref="RegistrationGate"/> admits it; the
/// practitioner checked and normalised by <see cref="Practitioner.Check"/> as in Réglages; the password by the password
/// rules. A refused address does not say whether it already has an account.
/// </summary>
internal sealed class RegisterPractice(CotakineDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, NgapCatalog catalog, RegistrationGate gate)
{
    /// <summary>Registers; signs the new account in when <paramref name="signInAfter"/>.</summary>
    public async Task<RegisterOutcome> ExecuteAsync(RegisterRequest request, bool signInAfter, bool trusted = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!trusted && !gate.Admits(request.SetupCode))
        {
            return new RegisterOutcome(null, new Problems(), Closed: true);
        }

        var problems = new Problems();
        Required(problems, "email", request.Email);
        Required(problems, "password", request.Password);
        Required(problems, "practiceName", request.PracticeName);
        if (request.Zone is null)
        {
            problems.Add("zone", "champ obligatoire");
        }

        if (request.Department is null || catalog.FindDepartment(request.Department) is null)
        {
            problems.Add("department", "département inconnu (ex. 75, 2A, 971)");
        }

        foreach (var problem in Practitioner.Check(request.LastName, request.FirstName, request.Rpps, request.AmNumber))
        {
            problems.Add(problem);
        }

        var rppsNumber = Practitioner.NormalRpps(request.Rpps);
        if (!problems.Any && await db.Practitioners.IgnoreQueryFilters().AnyAsync(p => p.Rpps == rppsNumber))
        {
            problems.Add("rpps", "ce numéro RPPS a déjà un compte");
        }

        if (problems.Any)
        {
            return new RegisterOutcome(null, problems);
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
        db.Actor.PracticeId ??= practice.Id;
        db.Actor.Name = request.Email!.Trim();
        var practitioner = Practitioner.Register(practice.Id, request.LastName!, request.FirstName!, request.Rpps!, request.AmNumber!);
        db.Practices.Add(practice);
        db.Practitioners.Add(practitioner);
        await db.SaveChangesAsync();
        var user = new AppUser { UserName = request.Email!.Trim(), Email = request.Email!.Trim(), PracticeId = practice.Id, PractitionerId = practitioner.Id };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            // One line per field and reason: a taken address (DuplicateEmail and DuplicateUserName) reads as a malformed one.
            foreach (var (field, message) in created.Errors
                         .Select(e => (e.Code.Contains("Password", StringComparison.Ordinal) || e.Code == PasswordRules.CommonCode ? "password" : "email", AccountMessages.Translate(e)))
                         .Distinct())
            {
                problems.Add(field, message);
            }

            return new RegisterOutcome(null, problems);
        }

        await transaction.CommitAsync();
        gate.FirstAccountCreated();
        if (signInAfter)
        {
            await signIn.SignInAsync(user, isPersistent: false);
        }

        return new RegisterOutcome(user, problems);
    }

    private static void Required(Problems problems, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(field, "champ obligatoire");
        }
    }
}
