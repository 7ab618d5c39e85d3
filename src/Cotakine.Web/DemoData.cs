using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Persistence.Entities;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Prescriptions;
using Cotakine.Practice.Sessions;
using Cotakine.Quoting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Patient = Cotakine.Practice.Patients.Patient;

namespace Cotakine.Web;

/// <summary>
/// Migrates the database at start and, when it has no practice yet and the server is for this machine alone (or
/// <c>--demo</c> asks), creates the demo practice so that a first run shows something: account <see cref="Email"/> /
/// <see cref="Password"/>, three patients, a prescription, a plan, three sessions and an invoice. Never on a server
/// others can reach: its password is published in the README.
/// </summary>
public static class DemoData
{
    /// <summary>Login of the demo practitioner.</summary>
    public const string Email = "demo@cotakine.fr";

    /// <summary>Password of the demo practitioner (documented in the README; change it on a real installation).</summary>
    public const string Password = "Demo-Kine-2026";

    /// <summary>
    /// Applies migrations, then seeds the demo practice if the database is empty and <paramref name="demo"/>; says whether
    /// the database has an account afterwards (false: the first start waits for the first account).
    /// </summary>
    public static async Task<bool> InitializeAsync(IServiceProvider services, bool demo)
    {
        ArgumentNullException.ThrowIfNull(services);
        var db = services.GetRequiredService<CotakineDbContext>();
        await PersistenceSetup.MigrateAsync(db);
        if (await db.Users.AnyAsync() || await db.Practices.AnyAsync())
        {
            return true;
        }

        if (!demo)
        {
            return false;
        }

        var clock = services.GetRequiredService<PracticeCalendar>();
        var catalog = services.GetRequiredService<NgapCatalog>();
        var today = clock.Today;
        var practice = new PracticeProfile { Id = Guid.NewGuid(), Name = "Cabinet de démonstration", Department = "75", Zone = TravelZone.Plaine, Address = "1 rue de la Santé, 75013 Paris" };
        var actor = services.GetRequiredService<CurrentActor>();
        actor.PracticeId = practice.Id;
        actor.Name = "demo-seed";
        var practitioner = new Practitioner { Id = Guid.NewGuid(), PracticeId = practice.Id, Rpps = "10001234567", AmNumber = "751234567", LastName = "Martin", FirstName = "Camille" };
        db.Practices.Add(practice);
        db.Practitioners.Add(practitioner);
        var marie = new Patient { Id = Guid.NewGuid(), PracticeId = practice.Id, LastName = "Durand", FirstName = "Marie", BirthDate = new DateOnly(1980, 4, 12), Coverage = Coverage.Standard, Regime = Regime.General };
        db.Patients.AddRange(
            marie,
            new Patient { Id = Guid.NewGuid(), PracticeId = practice.Id, LastName = "Petit", FirstName = "Louis", BirthDate = new DateOnly(1951, 9, 3), Coverage = Coverage.Ald, Regime = Regime.General },
            new Patient { Id = Guid.NewGuid(), PracticeId = practice.Id, LastName = "Bernard", FirstName = "Chloé", BirthDate = new DateOnly(1992, 1, 30), Coverage = Coverage.AtMp, Regime = Regime.AlsaceMoselle, AtMpDate = today.AddDays(-40) });
        var prescription = new Prescription
        {
            Id = Guid.NewGuid(), PracticeId = practice.Id, PatientId = marie.Id, Date = today.AddDays(-20), PrescriberName = "Dr Leroy",
            PrescriberRpps = "10009876543", PrescriberAmNumber = "751111111", Indication = "Rééducation après méniscectomie", Segment = "genou",
            Laterality = Laterality.Right, SessionCount = 15,
        };
        db.Prescriptions.Add(prescription);
        var act = catalog.FindAct("ric-meniscectomie")!;
        var start = today.AddDays(-14);
        var plan = TreatmentPlan.Open(practice.Id, marie.Id, practitioner.Id, prescription.Id, PlanOrigin.Prescription, act, 15, start, 0, catalog.RulesOn(start));
        db.Plans.Add(plan);
        await db.SaveChangesAsync();

        var users = services.GetRequiredService<UserManager<AppUser>>();
        // The published password would fail the password rules (it holds the address's « demo »): they guard real accounts,
        // and this one exists only on a server of this machine alone, so it is hashed as is rather than validated.
        var demoUser = new AppUser { UserName = Email, Email = Email, PracticeId = practice.Id, PractitionerId = practitioner.Id };
        demoUser.PasswordHash = users.PasswordHasher.HashPassword(demoUser, Password);
        var result = await users.CreateAsync(demoUser);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Compte de démonstration : " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        var quoter = services.GetRequiredService<SessionQuoter>();
        var sessions = new List<Session>();
        for (var n = 1; n <= 3; n++)
        {
            var date = plan.StartDate.AddDays(2 * n);
            var input = new SessionInput(date, new TimeOnly(9, 0), PlaceOfCare.Cabinet, null, false);
            Quote quote;
            try
            {
                quote = quoter(SessionPricing.Request(plan, act, marie.ForQuote(), catalog.FindDepartment(practice.Department)!, practice.Zone, n, input,
                    SessionHistory.None, today, catalog.RulesOn(today)));
            }
            catch (NotImplementedException)
            {
                return true; // The quote engine is not there yet: the demo stops before sessions.
            }

            sessions.Add(Session.Record(plan, n, input, quote));
        }

        db.Sessions.AddRange(sessions);
        await db.SaveChangesAsync();
        await new InvoiceLedger(db).IssueAsync(practitioner.Id, marie.Id, [sessions[0]], tiersPayant: true, amcCents: 0, clock);
        return true;
    }
}
