using Cotakine.Practice.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cotakine.Persistence.Configurations;

/// <summary>One issue of a session's quote.</summary>
public sealed class SessionIssueConfiguration : IEntityTypeConfiguration<SessionIssue>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<SessionIssue> builder)
    {
        builder.ToTable("SessionIssues");
        builder.Property(i => i.Rule).HasMaxLength(40);
        builder.Property(i => i.Code).HasMaxLength(40);
    }
}
