using Cotakine.Practice.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cotakine.Persistence.Configurations;

/// <summary>One priced line of a session's quote (quantity and rate as decimals of fixed precision).</summary>
public sealed class SessionLineConfiguration : IEntityTypeConfiguration<SessionLine>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<SessionLine> builder)
    {
        builder.ToTable("SessionLines");
        builder.Property(l => l.Quantity).HasPrecision(9, 2);
        builder.Property(l => l.Rate).HasPrecision(5, 4);
    }
}
