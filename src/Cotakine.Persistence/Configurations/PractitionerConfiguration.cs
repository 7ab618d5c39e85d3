using Cotakine.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cotakine.Persistence.Configurations;

/// <summary>A kiné of a practice: one RPPS per person in the whole database (unique), invoices numbered per practitioner.</summary>
public sealed class PractitionerConfiguration : IEntityTypeConfiguration<Practitioner>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Practitioner> builder)
    {
        builder.ToTable("Practitioners");
        builder.Property(p => p.Rpps).HasMaxLength(11);
        builder.Property(p => p.AmNumber).HasMaxLength(9);
        builder.HasIndex(p => p.Rpps).IsUnique();
        builder.HasOne<PracticeProfile>().WithMany().HasForeignKey(p => p.PracticeId);
    }
}
