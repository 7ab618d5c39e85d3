using System.Security.Claims;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Plans;

namespace Cotakine.Web.Features.Plans;

/// <summary>
/// Sets a plan's clinical notes, for <c>PUT /api/plans/{id}/clinical-notes</c> and the plan's page: written and read by
/// the kinés only (<see cref="Roles"/>; a secrétaire gets <c>Allowed = false</c>, nothing changed), bounded and trimmed by
/// the plan (<see cref="TreatmentPlan.SetClinicalNotes"/>).
/// </summary>
internal sealed class SetClinicalNotes(CotakineDbContext db)
{
    /// <summary>Clinical notes are for the kinés: a secrétaire neither reads nor writes them.</summary>
    public static bool MayRead(ClaimsPrincipal user) => !user.IsInRole(Roles.Secretary);

    /// <summary>The plan's clinical notes as <paramref name="user"/> may see them: none for a secrétaire.</summary>
    public static string? For(TreatmentPlan plan, ClaimsPrincipal user) => MayRead(user) ? plan.ClinicalNotes : null;

    /// <summary>Sets the notes when <paramref name="user"/> may; the problems when they are refused.</summary>
    public async Task<(bool Allowed, Problems Problems)> ExecuteAsync(TreatmentPlan plan, string? notes, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var problems = new Problems();
        if (!MayRead(user))
        {
            return (false, problems);
        }

        if (problems.Add(plan.SetClinicalNotes(notes)).Any)
        {
            return (true, problems);
        }

        await db.SaveChangesAsync();
        return (true, problems);
    }
}
