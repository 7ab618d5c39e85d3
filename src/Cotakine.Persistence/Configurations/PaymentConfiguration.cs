using Cotakine.Practice.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cotakine.Persistence.Configurations;

/// <summary>A payment of an invoice, read by date for the livre des recettes.</summary>
public sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("Payments");
        builder.HasOne<Invoice>().WithMany().HasForeignKey(p => p.InvoiceId);
        // The livre des recettes reads a practice's payments by date.
        builder.HasIndex(p => new { p.PracticeId, p.Date });
    }
}
