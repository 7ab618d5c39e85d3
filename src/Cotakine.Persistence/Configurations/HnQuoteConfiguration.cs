using Cotakine.Practice.HorsNomenclature;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cotakine.Persistence.Configurations;

/// <summary>A hors-nomenclature devis.</summary>
public sealed class HnQuoteConfiguration : IEntityTypeConfiguration<HnQuote>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<HnQuote> builder)
    {
        builder.ToTable("HnQuotes");
    }
}
