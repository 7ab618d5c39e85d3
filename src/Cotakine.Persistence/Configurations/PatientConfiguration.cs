using Cotakine.Practice;
using Cotakine.Practice.Patients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cotakine.Persistence.Configurations;

/// <summary>A patient belongs to one practice.</summary>
public sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.ToTable("Patients");
        builder.HasOne<PracticeProfile>().WithMany().HasForeignKey(p => p.PracticeId);
    }
}
