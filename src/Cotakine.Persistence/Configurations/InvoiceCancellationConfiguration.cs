using Cotakine.Persistence.Entities;
using Cotakine.Practice.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cotakine.Persistence.Configurations;

/// <summary>The cancellation of an invoice by its credit note: the invoice is the key (one credit note each), the credit note unique.</summary>
public sealed class InvoiceCancellationConfiguration : IEntityTypeConfiguration<InvoiceCancellation>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<InvoiceCancellation> builder)
    {
        builder.ToTable("InvoiceCancellations");
        builder.HasKey(c => c.InvoiceId);
        builder.HasIndex(c => c.CreditNoteId).IsUnique();
        builder.HasOne<Invoice>().WithMany().HasForeignKey(c => c.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(c => c.CreditNoteId).OnDelete(DeleteBehavior.Restrict);
    }
}
