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

    /// <summary>Payments.</summary>
    public DbSet<Payment> Payments => Set<Payment>();

    /// <summary>What is paid and still due on each invoice, moved with every payment and credit note by <see cref="InvoiceLedger"/>.</summary>
    public DbSet<InvoiceBalance> InvoiceBalances => Set<InvoiceBalance>();

    /// <summary>Hors-nomenclature devis.</summary>
    public DbSet<HnQuote> HnQuotes => Set<HnQuote>();

    /// <summary>Notes d'honoraires.</summary>
    public DbSet<FeeNote> FeeNotes => Set<FeeNote>();

    /// <summary>Audit log.</summary>
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.Entity<PracticeProfile>(e =>
        {
            e.ToTable("Practices");
            e.Property(p => p.Name).HasMaxLength(200);
            e.Property(p => p.Department).HasMaxLength(3);
            e.Property(p => p.Address).HasMaxLength(500);
        });
        builder.Entity<Practitioner>(e =>
        {
            e.ToTable("Practitioners");
            e.Property(p => p.Rpps).HasMaxLength(11);
            e.Property(p => p.AmNumber).HasMaxLength(9);
            e.HasIndex(p => p.Rpps).IsUnique();
            e.HasOne<PracticeProfile>().WithMany().HasForeignKey(p => p.PracticeId);
        });
        builder.Entity<AppUser>(e => e.HasOne<PracticeProfile>().WithMany().HasForeignKey(u => u.PracticeId));
        builder.Entity<Patient>(e =>
        {
            e.ToTable("Patients");
            e.HasOne<PracticeProfile>().WithMany().HasForeignKey(p => p.PracticeId);
        });
        builder.Entity<Prescription>(e =>
        {
            e.ToTable("Prescriptions");
            e.HasOne<Patient>().WithMany().HasForeignKey(p => p.PatientId);
        });
        builder.Entity<TreatmentPlan>(e =>
        {
            e.ToTable("TreatmentPlans");
            e.HasOne<Patient>().WithMany().HasForeignKey(p => p.PatientId);
            e.HasOne<Practitioner>().WithMany().HasForeignKey(p => p.PractitionerId);
            e.HasOne<Prescription>().WithMany().HasForeignKey(p => p.PrescriptionId);
            e.Property(p => p.RenewalPrescriberId).HasMaxLength(9);
            e.Property(p => p.ClinicalNotes).HasMaxLength(8000);
        });
        builder.Entity<Session>(e =>
        {
            e.ToTable("Sessions");
            e.HasOne<TreatmentPlan>().WithMany().HasForeignKey(s => s.PlanId);
            e.HasIndex(s => new { s.PlanId, s.Number }).IsUnique();
            // The day view reads a practice's sessions of one day; invoicing and credit notes look sessions up by invoice.
            e.HasIndex(s => new { s.PracticeId, s.Date });
            e.HasIndex(s => s.InvoiceId);
            e.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.SessionId);
            e.HasMany(s => s.Issues).WithOne().HasForeignKey(i => i.SessionId);
            e.Property(s => s.TravelKm).HasPrecision(9, 2);
        });
        builder.Entity<SessionLine>(e =>
        {
            e.ToTable("SessionLines");
            e.Property(l => l.Quantity).HasPrecision(9, 2);
            e.Property(l => l.Rate).HasPrecision(5, 4);
        });
        builder.Entity<SessionIssue>(e =>
        {
            e.ToTable("SessionIssues");
            e.Property(i => i.Rule).HasMaxLength(40);
            e.Property(i => i.Code).HasMaxLength(40);
        });
        builder.Entity<Invoice>(e =>
        {
            e.ToTable("Invoices");
            e.HasIndex(i => new { i.PractitionerId, i.Year, i.Sequence }).IsUnique();
            // Lists and exports filter a practice's invoices by numbering year.
            e.HasIndex(i => new { i.PracticeId, i.Year });
            // The accounting journal reads a practice's documents by issue day.
            e.HasIndex(i => new { i.PracticeId, i.IssuedOn });
            // The invoice list: newest first (number as tie-break), and ranges of days as ranges of instants.
            e.HasIndex(i => new { i.PracticeId, i.IssuedAtUnixMicroseconds, i.Number });
            e.HasOne<Practitioner>().WithMany().HasForeignKey(i => i.PractitionerId);
            e.HasOne<Patient>().WithMany().HasForeignKey(i => i.PatientId);
            e.HasOne<Invoice>().WithMany().HasForeignKey(i => i.CreditedInvoiceId);
            e.Property(i => i.Number).HasMaxLength(20);
        });
        builder.Entity<InvoiceCounter>(e =>
        {
            e.ToTable("InvoiceCounters");
            e.HasKey(c => new { c.PractitionerId, c.Year });
        });
        builder.Entity<Payment>(e =>
        {
            e.ToTable("Payments");
            e.HasOne<Invoice>().WithMany().HasForeignKey(p => p.InvoiceId);
            // The livre des recettes reads a practice's payments by date.
            e.HasIndex(p => new { p.PracticeId, p.Date });
        });
        builder.Entity<InvoiceBalance>(e =>
        {
            e.ToTable("InvoiceBalances");
            e.HasKey(b => b.InvoiceId);
            e.HasOne<Invoice>().WithOne().HasForeignKey<InvoiceBalance>(b => b.InvoiceId);
            e.HasOne<PracticeProfile>().WithMany().HasForeignKey(b => b.PracticeId);
            // The day view and the « impayées » / « payées » filters read a practice's invoices in one state.
            e.HasIndex(b => new { b.PracticeId, b.State });
        });
        builder.Entity<HnQuote>(e => e.ToTable("HnQuotes"));
        builder.Entity<FeeNote>(e =>
        {
            e.ToTable("FeeNotes");
            e.HasIndex(n => new { n.PracticeId, n.Date });
        });
        builder.Entity<AuditEntry>(e =>
        {
            e.ToTable("AuditLog");
            e.HasIndex(a => new { a.PracticeId, a.EntityId });
        });

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
