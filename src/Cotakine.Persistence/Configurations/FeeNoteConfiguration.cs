using Cotakine.Practice.HorsNomenclature;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cotakine.Persistence.Configurations;

/// <summary>A note d'honoraires, read by date.</summary>
public sealed class FeeNoteConfiguration : IEntityTypeConfiguration<FeeNote>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<FeeNote> builder)
    {
        builder.ToTable("FeeNotes");
        builder.HasIndex(n => new { n.PracticeId, n.Date });
    }
}
