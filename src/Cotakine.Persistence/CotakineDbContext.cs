using System.Linq.Expressions;
using Cotakine.Persistence.Entities;
using Cotakine.Practice;
using Cotakine.Practice.HorsNomenclature;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Prescriptions;
using Cotakine.Practice.Sessions;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Persistence;

/// <summary>
/// The practice database. Abstract because each provider has its own subclass and so its own migration set
/// (<see cref="SqliteCotakineDbContext"/>, <see cref="PostgresCotakineDbContext"/>): the model is shared, the SQL is not.
/// Every practice-owned table has a query filter on <see cref="CurrentPracticeId"/>, so a user never reads another
/// practice's rows even when an endpoint forgets to filter. Money is stored as integer cents.
/// </summary>
public abstract class CotakineDbContext : IdentityDbContext<AppUser>
{
    private readonly CurrentActor _actor;

    /// <summary>Creates the context for <paramref name="actor"/>.</summary>
    protected CotakineDbContext(DbContextOptions options, CurrentActor actor)
        : base(options)
    {
        _actor = actor;
    }

    /// <summary>The practice the queries are filtered on.</summary>
    public Guid? CurrentPracticeId => _actor.PracticeId;

    /// <summary>Who acts (for the audit log).</summary>
    public CurrentActor Actor => _actor;

    /// <summary>Practices.</summary>
    public DbSet<PracticeProfile> Practices => Set<PracticeProfile>();

    /// <summary>Practitioners.</summary>
    public DbSet<Practitioner> Practitioners => Set<Practitioner>();

    /// <summary>Patients.</summary>
    public DbSet<Patient> Patients => Set<Patient>();

    /// <summary>Prescriptions.</summary>
    public DbSet<Prescription> Prescriptions => Set<Prescription>();

    /// <summary>Treatment plans.</summary>
    public DbSet<TreatmentPlan> Plans => Set<TreatmentPlan>();

    /// <summary>Sessions.</summary>
    public DbSet<Session> Sessions => Set<Session>();

    /// <summary>Invoices and credit notes.</summary>
    public DbSet<Invoice> Invoices => Set<Invoice>();

    /// <summary>Numbering counters.</summary>
    public DbSet<InvoiceCounter> InvoiceCounters => Set<InvoiceCounter>();

    /// <summary>The live invoice of each billed session (key: the session; one live invoice per session).</summary>
    public DbSet<BilledSession> BilledSessions => Set<BilledSession>();

    /// <summary>The credit note of each cancelled invoice (key: the invoice; one credit note per invoice).</summary>
    public DbSet<InvoiceCancellation> InvoiceCancellations => Set<InvoiceCancellation>();

    /// <summary>Payments.</summary>
    public DbSet<Payment> Payments => Set<Payment>();

    /// <summary>What is paid and still due on each invoice, moved with every payment and credit note by <see cref="InvoiceLedger"/>.</summary>
    public DbSet<InvoiceBalance> InvoiceBalances => Set<InvoiceBalance>();

    /// <summary>Hors-nomenclature devis.</summary>
    public DbSet<HnQuote> HnQuotes => Set<HnQuote>();

    /// <summary>Notes d'honoraires.</summary>
    public DbSet<FeeNote> FeeNotes => Set<FeeNote>();

    /// <summary>Open sessions of the accounts (revoked by deleting the row).</summary>
    public DbSet<UserSession> UserSessions => Set<UserSession>();

    /// <summary>Audit log.</summary>
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        // One configuration class per entity (Configurations/), the mapping of the domain types as they are.
        builder.ApplyConfigurationsFromAssembly(typeof(CotakineDbContext).Assembly);

        Filter<Practitioner>(builder);
        Filter<Patient>(builder);
        Filter<Prescription>(builder);
        Filter<TreatmentPlan>(builder);
        Filter<Session>(builder);
        Filter<Invoice>(builder);
        Filter<Payment>(builder);
        Filter<InvoiceBalance>(builder);
        Filter<HnQuote>(builder);
        Filter<FeeNote>(builder);
        Filter<AuditEntry>(builder);
    }

    private void Filter<T>(ModelBuilder builder)
        where T : class, IPracticeOwned
    {
        Expression<Func<T, bool>> filter = e => e.PracticeId == CurrentPracticeId;
        builder.Entity<T>().HasQueryFilter(filter);
    }
}
