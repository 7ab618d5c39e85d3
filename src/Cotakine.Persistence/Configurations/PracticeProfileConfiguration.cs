using Cotakine.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cotakine.Persistence.Configurations;

/// <summary>A practice (the tenant every other row belongs to): table <c>Practices</c>, bounded texts.</summary>
public sealed class PracticeProfileConfiguration : IEntityTypeConfiguration<PracticeProfile>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<PracticeProfile> builder)
    {
        builder.ToTable("Practices");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Department).HasMaxLength(3);
        builder.Property(p => p.Address).HasMaxLength(500);
    }
}
