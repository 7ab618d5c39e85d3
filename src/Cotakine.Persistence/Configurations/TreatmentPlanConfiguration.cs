using Cotakine.Practice;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Prescriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cotakine.Persistence.Configurations;

/// <summary>A plan: its patient, kiné and prescription; bounded renewal id and clinical notes.</summary>
public sealed class TreatmentPlanConfiguration : IEntityTypeConfiguration<TreatmentPlan>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<TreatmentPlan> builder)
    {
        builder.ToTable("TreatmentPlans");
        builder.HasOne<Patient>().WithMany().HasForeignKey(p => p.PatientId);
        builder.HasOne<Practitioner>().WithMany().HasForeignKey(p => p.PractitionerId);
        builder.HasOne<Prescription>().WithMany().HasForeignKey(p => p.PrescriptionId);
        builder.Property(p => p.RenewalPrescriberId).HasMaxLength(9);
        builder.Property(p => p.ClinicalNotes).HasMaxLength(TreatmentPlan.ClinicalNotesMaxLength);
    }
}
