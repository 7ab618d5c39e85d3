using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Cotakine.Catalog;
using Cotakine.Practice;
using Cotakine.Quoting;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.BenchHost;

/// <summary>
/// Re-quotes and re-checks every session of the synthetic centre in one batch: one reader streams the sessions
/// (untracked projection, one query) in blocks into a bounded channel, and one worker per core quotes each block and
/// compares the new total and AMO share with the amounts stored when the session was priced. Memory stays flat: only
/// the plans (tens of thousands) are held, never the sessions.
/// </summary>
internal static class BatchRequote
{
    private const int BlockSize = 4096;

    /// <summary>Runs the batch; <paramref name="processed"/> is advanced as blocks are done (read it for a progress bar).</summary>
    public static BatchCounts Run(BatchDatabase database, NgapCatalog catalog, StrongBox<long> processed)
    {
        var plans = LoadPlans(database, catalog);
        var engine = new QuoteEngine(catalog);
        var channel = Channel.CreateBounded<BatchSession[]>(new BoundedChannelOptions(Environment.ProcessorCount * 2) { SingleWriter = true });

        var reader = Task.Run(async () =>
        {
            try
            {
                using var db = database.Open();
                var block = new List<BatchSession>(BlockSize);
                var query = db.Sessions.AsNoTracking()
                    .Select(s => new BatchSession(s.PlanId, s.Number, s.Date, s.Time, s.Place, s.TravelKm, s.Urgent, s.TotalCents, s.AmoCents));
                foreach (var session in query.AsEnumerable())
                {
                    block.Add(session);
                    if (block.Count == BlockSize)
                    {
                        await channel.Writer.WriteAsync(block.ToArray());
                        block.Clear();
                    }
                }

                if (block.Count > 0)
                {
                    await channel.Writer.WriteAsync(block.ToArray());
                }

                channel.Writer.Complete();
            }
#pragma warning disable CA1031 // Handed to the workers, which rethrow it to the command.
            catch (Exception e)
#pragma warning restore CA1031
            {
                channel.Writer.Complete(e);
            }
        });

        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(async () =>
        {
            var counts = new BatchCounts();
            await foreach (var block in channel.Reader.ReadAllAsync())
            {
                foreach (var session in block)
                {
                    var quote = engine.Quote(plans[session.PlanId].Request(session));
                    counts.Sessions++;
                    counts.TotalMismatches += BatchPlan.Cents(quote.Total) == session.TotalCents ? 0 : 1;
                    counts.AmoMismatches += BatchPlan.Cents(quote.Amo) == session.AmoCents ? 0 : 1;
                    counts.NotBillable += quote.IsBillable ? 0 : 1;
                    counts.TotalCents += BatchPlan.Cents(quote.Total);
                }

                Interlocked.Add(ref processed.Value, block.Length);
            }

            return counts;
        })).ToArray();

        Task.WaitAll([reader, .. workers]);
        return workers.Select(w => w.Result).Aggregate(new BatchCounts(), (sum, c) => sum.Add(c));
    }

    private static Dictionary<Guid, BatchPlan> LoadPlans(BatchDatabase database, NgapCatalog catalog)
    {
        using var db = database.Open();
        var practices = db.Practices.AsNoTracking().ToDictionary(p => p.Id);
        var patients = db.Patients.AsNoTracking().ToDictionary(p => p.Id, p => new Patient(p.Coverage, p.Regime));
        return db.Plans.AsNoTracking().AsEnumerable().ToDictionary(p => p.Id, p =>
        {
            var practice = practices[p.PracticeId];
            var act = catalog.FindAct(p.ActId) ?? throw new BenchFailureException($"Plan {p.Id} : acte « {p.ActId} » absent de la nomenclature.");
            var department = catalog.FindDepartment(practice.Department) ?? throw new BenchFailureException($"Cabinet {practice.Id} : département « {practice.Department} » inconnu.");
            return new BatchPlan(p, act, patients[p.PatientId], department, practice.Zone, catalog.RulesOn(p.StartDate));
        });
    }
}
