using System.Security.Claims;
using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Quoting;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Settings;

/// <summary>The practice's settings as asked: name, département code, travel zone (null when none was chosen), address.</summary>
internal sealed record PracticeCommand(string? Name, string? Department, TravelZone? Zone, string? Address);

/// <summary>
/// Saves the settings that drive billing (département → tariff territory and holidays; zone → kilometre allowance;
/// address printed on documents), checked by <see cref="PracticeProfile.Check"/>, for « Réglages ». A kiné's decision
/// (<see cref="Roles"/>): a secrétaire gets the problem <c>role</c> and nothing changes; the change is in the audit log.
/// </summary>
internal sealed class SavePractice(CotakineDbContext db, NgapCatalog catalog)
{
    /// <summary>Saves <paramref name="command"/>, or says why not (nothing written then).</summary>
    public async Task<Problems> ExecuteAsync(PracticeCommand command, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(user);
        if (!Roles.IsKine(user))
        {
            return new Problems().Add("role", Roles.KineOnly);
        }

        var problems = PracticeProfile.Check(catalog, command.Name, command.Department, command.Zone, command.Address);
        if (problems.Any)
        {
            return problems;
        }

        var practice = await db.Practices.SingleAsync(p => p.Id == db.CurrentPracticeId, cancellationToken);
        practice.Change(catalog, command.Name!, command.Department!, command.Zone!.Value, command.Address);
        await db.SaveChangesAsync(cancellationToken);
        return problems;
    }
}
