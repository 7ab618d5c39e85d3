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
        builder.Ignore(p => p.Details);
        builder.Property(p => p.Nir).HasMaxLength(Nir.Length);
        builder.Property(p => p.Caisse).HasMaxLength(PatientDetails.CaisseMaxLength);
        builder.Property(p => p.Address).HasMaxLength(PatientDetails.AddressMaxLength);
        builder.Property(p => p.PostalCode).HasMaxLength(PatientDetails.PostalCodeMaxLength);
        builder.Property(p => p.Commune).HasMaxLength(PatientDetails.CommuneMaxLength);
        builder.Property(p => p.Phone).HasMaxLength(PatientDetails.PhoneMaxLength);
        builder.Property(p => p.Email).HasMaxLength(PatientDetails.EmailMaxLength);
        builder.Property(p => p.PrimaryCarePhysician).HasMaxLength(PatientDetails.PhysicianMaxLength);
        builder.Property(p => p.AmcName).HasMaxLength(PatientDetails.AmcNameMaxLength);
        builder.Property(p => p.AmcMemberNumber).HasMaxLength(PatientDetails.AmcMemberNumberMaxLength);
    }
}
