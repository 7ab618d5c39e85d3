using Cotakine.Persistence.Entities;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cotakine.Persistence.Configurations;

/// <summary>The live billing of a session: the session is the key (one live invoice each), looked up by invoice when it is credited.</summary>
public sealed class BilledSessionConfiguration : IEntityTypeConfiguration<BilledSession>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<BilledSession> builder)
    {
        builder.ToTable("BilledSessions");
        builder.HasKey(b => b.SessionId);
        builder.HasIndex(b => b.InvoiceId);
        builder.HasOne<Session>().WithMany().HasForeignKey(b => b.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(b => b.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}
