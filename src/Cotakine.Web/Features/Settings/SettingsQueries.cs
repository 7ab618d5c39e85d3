using Cotakine.Persistence;
using Cotakine.Practice;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Settings;

/// <summary>The practice and its practitioners as stored.</summary>
internal sealed record PracticeSettings(PracticeProfile Practice, IReadOnlyList<Practitioner> Practitioners);

/// <summary>What <c>GET /api/practice</c> and « Réglages » show: the signed-in practice and its practitioners by name.</summary>
internal sealed class SettingsQueries(CotakineDbContext db)
{
    /// <summary>The practice and its practitioners (last name, first name), or null when no practice is signed in.</summary>
    public async Task<PracticeSettings?> LoadAsync(CancellationToken cancellationToken = default)
    {
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == db.CurrentPracticeId, cancellationToken);
        if (practice is null)
        {
            return null;
        }

        var practitioners = await db.Practitioners.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ToListAsync(cancellationToken);
        return new PracticeSettings(practice, practitioners);
    }
}
