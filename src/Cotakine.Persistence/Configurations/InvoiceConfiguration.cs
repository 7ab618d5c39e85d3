using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cotakine.Persistence.Configurations;

/// <summary>An issued invoice or credit note: one number per practitioner and year (unique), indexed for the list, the journal and the year filters.</summary>
public sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.ToTable("Invoices");
        builder.HasIndex(i => new { i.PractitionerId, i.Year, i.Sequence }).IsUnique();
        // Lists and exports filter a practice's invoices by numbering year.
        builder.HasIndex(i => new { i.PracticeId, i.Year });
        // The accounting journal reads a practice's documents by issue day.
        builder.HasIndex(i => new { i.PracticeId, i.IssuedOn });
        // The invoice list: newest first (number as tie-break), and ranges of days as ranges of instants.
        builder.HasIndex(i => new { i.PracticeId, i.IssuedAtUnixMicroseconds, i.Number });
        builder.HasOne<Practitioner>().WithMany().HasForeignKey(i => i.PractitionerId);
        builder.HasOne<Patient>().WithMany().HasForeignKey(i => i.PatientId);
        builder.HasOne<Invoice>().WithMany().HasForeignKey(i => i.CreditedInvoiceId);
        builder.Property(i => i.Number).HasMaxLength(20);
    }
}
