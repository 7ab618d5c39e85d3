using Cotakine.Practice.Patients;
using Cotakine.Practice.Prescriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cotakine.Persistence.Configurations;

/// <summary>A prescription belongs to one patient.</summary>
public sealed class PrescriptionConfiguration : IEntityTypeConfiguration<Prescription>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Prescription> builder)
    {
        builder.ToTable("Prescriptions");
        builder.HasOne<Patient>().WithMany().HasForeignKey(p => p.PatientId);
    }
}
