using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Plans;

namespace Cotakine.Web.Features.Plans;

/// <summary>
/// Records a step of a plan's DAP — sent, agreed, refused — on the given day (today by default), for
/// <c>POST /api/plans/{id}/dap</c> and the plan's page; the plan guards the transition (<see cref="TreatmentPlan.Record"/>).
/// </summary>
internal sealed class RecordDap(CotakineDbContext db, PracticeCalendar calendar)
{
    /// <summary>Moves the DAP of <paramref name="plan"/>, or says why not (nothing written then).</summary>
    public async Task<Problems> ExecuteAsync(TreatmentPlan plan, DapRequest request)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(request);
        var problems = new Problems();
        if (request.Status is not { } status)
        {
            return problems.Add("status", "attendu sent, agreed ou refused (l'accord tacite se constate seul)");
        }

        if (problems.Add(plan.Record(status, request.Date ?? calendar.Today)).Any)
        {
            return problems;
        }

        await db.SaveChangesAsync();
        return problems;
    }
}
