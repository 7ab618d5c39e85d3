using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Sessions;
using Cotakine.Quoting;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.BenchHost;

/// <summary>
/// A synthetic year (2026) of a group practice of 100 kinés, written through EF Core in batches of untracked inserts:
/// plans of 8 to 30 sessions over the catalog's rééducation acts in force all year (the frequent letters weighted up),
/// two or three sessions a week, about one in eight at home with a travel distance, a few urgent evening visits,
/// patients of every cover and régime. The random sequence is seeded, so a size always gives the same centre. Each
/// session is priced when written, as the practice API does, so the batch can check its stored amounts.
/// </summary>
internal static class BatchCentre
{
    /// <summary>The synthetic centre's practice: every row the batch writes belongs to it.</summary>
    public static readonly Guid PracticeId = new("c07a0000-0000-4000-8000-000000002026");

    public const int Practitioners = 100;
    private const int PlansPerSave = 250;
    private static readonly DateOnly YearStart = new(2026, 1, 1);
    private static readonly DateOnly YearEnd = new(2026, 12, 31);

    /// <summary>Sessions of the synthetic centre in the database.</summary>
    public static int Count(BatchDatabase database)
    {
        using var db = database.Open();
        return db.Sessions.Count();
    }

    /// <summary>Removes the synthetic centre (another size was asked for); nothing of any other practice is touched.</summary>
    public static void Delete(BatchDatabase database)
    {
        using var db = database.Open();
        db.Sessions.ExecuteDelete();
        db.Plans.ExecuteDelete();
        db.Patients.ExecuteDelete();
        db.Practitioners.ExecuteDelete();
        db.Practices.Where(p => p.Id == PracticeId).ExecuteDelete();
    }

    /// <summary>Writes <paramref name="sessions"/> sessions; <paramref name="progress"/> receives the count written so far.</summary>
    public static void Generate(BatchDatabase database, NgapCatalog catalog, int sessions, Action<int> progress)
    {
        var random = new Random(2026);
        var acts = WeightedActs(catalog);
        var engine = new QuoteEngine(catalog);
        var department = catalog.FindDepartment("69")!;
        var practice = new PracticeProfile { Id = PracticeId, Name = "Centre de kinésithérapie (synthétique, 100 kinés)", Department = "69", Zone = TravelZone.Plaine, Address = "1 place Bellecour, 69002 Lyon" };
        var practitioners = Enumerable.Range(1, Practitioners).Select(i => new Practitioner
        {
            Id = Guid.CreateVersion7(), PracticeId = PracticeId, Rpps = $"9{i:D10}", AmNumber = $"69{i:D7}", LastName = $"Kiné {i:D3}", FirstName = "Synthétique",
        }).ToList();
        using (var db = database.Open())
        {
            db.Practices.Add(practice);
            db.Practitioners.AddRange(practitioners);
            db.SaveChanges();
        }

        var written = 0;
        while (written < sessions)
        {
            using var db = database.Open();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var p = 0; p < PlansPerSave && written < sessions; p++)
            {
                written += AddPlan(db, catalog, random, acts, engine, department, practitioners, sessions - written);
            }

            db.SaveChanges();
            progress(written);
        }
    }

    private static int AddPlan(CotakineDbContext db, NgapCatalog catalog, Random random, Act[] acts, QuoteEngine engine, Territories.Department department, List<Practitioner> practitioners, int left)
    {
        var act = acts[random.Next(acts.Length)];
        var patient = new Practice.Patients.Patient
        {
            Id = Guid.CreateVersion7(), PracticeId = PracticeId, LastName = $"Patient {random.Next(1_000_000):D6}", FirstName = "Synthétique",
            BirthDate = YearStart.AddDays(-random.Next(365 * 5, 365 * 90)),
            Coverage = random.Next(100) switch { < 70 => Coverage.Standard, < 88 => Coverage.Ald, < 95 => Coverage.AtMp, _ => Coverage.Maternite },
            Regime = random.Next(100) < 3 ? Regime.AlsaceMoselle : Regime.General,
        };
        var count = Math.Min(left, random.Next(8, 31));
        var start = YearStart.AddDays(random.Next(0, 330));
        var threshold = act.Referentiel ? act.Dap?.SessionsBeforeDap : null;
        var agreed = threshold is { } t && count > t && random.Next(10) > 0;
        var plan = TreatmentPlan.Open(
            PracticeId, patient.Id, practitioners[random.Next(practitioners.Count)].Id, null, PlanOrigin.Prescription, act, count, start, 0,
            catalog.RulesOn(start), Guid.CreateVersion7());
        if (agreed)
        {
            plan.SendDap(start);
            plan.AgreeDap(start);
        }

        var planId = plan.Id;
        db.Patients.Add(patient);

        var home = random.Next(100) < 12;
        var km = home ? Math.Round(0.5m + (decimal)random.NextDouble() * 14.5m, 1) : (decimal?)null;
        var batchPlan = new BatchPlan(plan, act, patient.ForQuote(), department, TravelZone.Plaine, catalog.RulesOn(start));
        var date = start;
        var number = 0;
        while (number < count && date <= YearEnd)
        {
            number++;
            var urgent = home && random.Next(100) < 5;
            var session = new BatchSession(
                planId, number, date, urgent ? new TimeOnly(20 + random.Next(2), 30) : new TimeOnly(8 + random.Next(11), random.Next(2) * 30),
                home ? PlaceOfCare.Domicile : PlaceOfCare.Cabinet, km, urgent, 0, 0);
            var quote = engine.Quote(batchPlan.Request(session));
            db.Sessions.Add(new Session
            {
                Id = Guid.CreateVersion7(), PracticeId = PracticeId, PlanId = planId, Number = number, Date = date, Time = session.Time,
                Place = session.Place, TravelKm = km, Urgent = urgent, TotalCents = BatchPlan.Cents(quote.Total), AmoCents = BatchPlan.Cents(quote.Amo),
                CatalogVersion = quote.CatalogVersion,
            });
            date = date.AddDays(random.Next(2, 5));
            if (date.DayOfWeek == DayOfWeek.Sunday)
            {
                date = date.AddDays(1);
            }
        }

        db.Plans.Add(plan);
        return number;
    }

    /// <summary>Rééducation acts in force all through 2026, the frequent letters (RAM, RSC, RIC) repeated to weigh more.</summary>
    private static Act[] WeightedActs(NgapCatalog catalog) =>
        catalog.Acts
            .Where(a => a.Kind == ActKind.Reeducation && a.On(YearStart) is not null && a.On(YearEnd) is not null)
            .SelectMany(a => Enumerable.Repeat(a, a.Letter switch { "RAM" => 6, "RSC" => 5, "RIC" => 3, _ => 1 }))
            .ToArray();
}
