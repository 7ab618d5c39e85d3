using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cotakine.Persistence.Configurations;

/// <summary>One balance per document (same key), read by state for the Journée and the list filters.</summary>
public sealed class InvoiceBalanceConfiguration : IEntityTypeConfiguration<InvoiceBalance>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<InvoiceBalance> builder)
    {
        builder.ToTable("InvoiceBalances");
        builder.HasKey(b => b.InvoiceId);
        builder.HasOne<Invoice>().WithOne().HasForeignKey<InvoiceBalance>(b => b.InvoiceId);
        builder.HasOne<PracticeProfile>().WithMany().HasForeignKey(b => b.PracticeId);
        // The day view and the « impayées » / « payées » filters read a practice's invoices in one state.
        builder.HasIndex(b => new { b.PracticeId, b.State });
    }
}
