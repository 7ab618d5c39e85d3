using Cotakine.Persistence.Entities;
using Cotakine.Practice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cotakine.Persistence.Configurations;

/// <summary>An account belongs to one practice.</summary>
public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.HasOne<PracticeProfile>().WithMany().HasForeignKey(u => u.PracticeId);
    }
}
