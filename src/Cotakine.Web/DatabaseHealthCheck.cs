using Cotakine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cotakine.Web;

/// <summary>
/// <c>/health</c> reports the database, not only the process: a read of the practices table (which proves the file or
/// server is there and migrated). Unavailable (see <see cref="DatabaseFailures"/>) or broken, the check is unhealthy and
/// <c>/health</c> answers 503, so a supervisor or load balancer stops sending patients' billing to a dead store.
/// </summary>
internal sealed class DatabaseHealthCheck(CotakineDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Practices.IgnoreQueryFilters().AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy("Base de données joignable.");
        }
#pragma warning disable CA1031 // Any failure of the probe is the answer « unhealthy », never a crash of /health.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy(
                DatabaseFailures.IsUnavailable(e) ? "Base de données indisponible." : "Base de données en erreur.", e);
        }
    }
}
