using System.Security.Claims;
using Cotakine.Persistence;
using Cotakine.Practice;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Settings;

/// <summary>What saving a practitioner gave: the practitioner saved, or the problems (nothing written then).</summary>
internal sealed record PractitionerOutcome(Practitioner? Practitioner, Problems Problems);

/// <summary>
/// Adds a practitioner to the practice or changes one of its own, for <c>POST /api/practice/practitioners</c> and
/// « Réglages »: names and identifiers normalised and checked by <see cref="Practitioner.Check"/>, an RPPS registered
/// once across all practices. Before, only the page normalised what was typed (« 2a 1234 567 »). A kiné's decision
/// (<see cref="Roles"/>: the RPPS and n° AM are printed on every invoice): a secrétaire gets the problem <c>role</c>.
/// </summary>
internal sealed class SavePractitioner(CotakineDbContext db)
{
    /// <summary>Adds (<paramref name="id"/> null) or changes the practitioner, or says why not (<c>id</c> when unknown here).</summary>
    public async Task<PractitionerOutcome> ExecuteAsync(Guid? id, PractitionerRequest request, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        if (!Roles.IsKine(user))
        {
            return new PractitionerOutcome(null, new Problems().Add("role", Roles.KineOnly));
        }

        Practitioner? practitioner = null;
        if (id is { } known && (practitioner = await db.Practitioners.SingleOrDefaultAsync(p => p.Id == known)) is null)
        {
            return new PractitionerOutcome(null, new Problems().Add("id", "praticien inconnu dans ce cabinet"));
        }

        var rpps = Practitioner.NormalRpps(request.Rpps);
        var taken = IdentifierCheck.Rpps(rpps) is null && await db.Practitioners.IgnoreQueryFilters().AnyAsync(p => p.Rpps == rpps && p.Id != id);
        var problems = Practitioner.Check(request.LastName, request.FirstName, request.Rpps, request.AmNumber, taken);
        if (problems.Any)
        {
            return new PractitionerOutcome(null, problems);
        }

        if (practitioner is null)
        {
            practitioner = Practitioner.Register(db.CurrentPracticeId!.Value, request.LastName!, request.FirstName!, request.Rpps!, request.AmNumber!);
            db.Practitioners.Add(practitioner);
        }
        else
        {
            practitioner.Change(request.LastName!, request.FirstName!, request.Rpps!, request.AmNumber!);
        }

        await db.SaveChangesAsync();
        return new PractitionerOutcome(practitioner, problems);
    }
}
