using Cotakine.Practice.Plans;
using Cotakine.Practice.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cotakine.Persistence.Configurations;

/// <summary>A session: one number per plan (unique), looked up by day and by invoice; its quote's lines and issues kept with it.</summary>
public sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("Sessions");
        builder.HasOne<TreatmentPlan>().WithMany().HasForeignKey(s => s.PlanId);
        builder.HasIndex(s => new { s.PlanId, s.Number }).IsUnique();
        // The day view reads a practice's sessions of one day; invoicing and credit notes look sessions up by invoice.
        builder.HasIndex(s => new { s.PracticeId, s.Date });
        builder.HasIndex(s => s.InvoiceId);
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.SessionId);
        builder.HasMany(s => s.Issues).WithOne().HasForeignKey(i => i.SessionId);
        builder.Property(s => s.TravelKm).HasPrecision(9, 2);
    }
}
