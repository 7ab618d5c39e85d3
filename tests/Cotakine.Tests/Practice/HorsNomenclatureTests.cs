using Cotakine.Catalog.Loading;
using Cotakine.Practice.HorsNomenclature;

namespace Cotakine.Tests.Practice;

/// <summary>
/// Hors-nomenclature devis and notes d'honoraires. Source: coverage.json <c>quoteThreshold</c> (70,00 €, CSFE-TARIFS):
/// from that amount a written devis is given beforehand; a note follows only a devis of its own patient.
/// </summary>
public sealed class HorsNomenclatureTests
{
    private static readonly Cotakine.Catalog.NgapCatalog Catalog = CatalogLoader.Embedded;
    private static readonly DateOnly Day = new(2026, 3, 2);
    private static readonly Guid Practice = Guid.NewGuid();
    private static readonly Guid Jeanne = Guid.NewGuid();

    [Fact]
    public void The_care_needs_a_known_patient_a_date_a_label_and_a_positive_amount_to_the_cent()
    {
        Assert.Empty(HnCare.Check(true, Day, "Drainage", 45m));
        var problems = HnCare.Check(false, null, " ", 0m);
        Assert.Equal(["patientId", "date", "label", "amount"], problems.Select(p => p.Field));
        Assert.Equal("amount", Assert.Single(HnCare.Check(true, Day, "Drainage", 12.345m)).Field);
    }

    [Fact]
    public void A_note_from_70_euros_needs_a_devis_of_its_own_patient()
    {
        Assert.Null(HnQuoteRule.RefuseNote(Catalog, Jeanne, Day, 69.99m, null, null));
        var missing = HnQuoteRule.RefuseNote(Catalog, Jeanne, Day, 70m, null, null);
        Assert.Equal("hnQuoteId", missing!.Field);
        Assert.Contains("70,00\u00a0€", missing.Message, StringComparison.Ordinal);

        var devis = HnQuote.Establish(Practice, Jeanne, Day.AddDays(-1), " Drainage ", 120m);
        Assert.Null(HnQuoteRule.RefuseNote(Catalog, Jeanne, Day, 120m, devis.Id, devis));
        Assert.Equal("devis inconnu pour ce patient", HnQuoteRule.RefuseNote(Catalog, Guid.NewGuid(), Day, 120m, devis.Id, devis)!.Message);
        Assert.Equal("devis inconnu pour ce patient", HnQuoteRule.RefuseNote(Catalog, Jeanne, Day, 120m, Guid.NewGuid(), null)!.Message);
    }

    [Fact]
    public void The_factories_trim_the_label_keep_cents_and_link_only_the_patients_devis()
    {
        var devis = HnQuote.Establish(Practice, Jeanne, Day, " Drainage ", 90.5m);
        Assert.Equal(("Drainage", 9050L, Practice), (devis.Label, devis.AmountCents, devis.PracticeId));
        var note = FeeNote.Write(Practice, Jeanne, Day, "Drainage", 90.5m, devis);
        Assert.Equal(devis.Id, note.HnQuoteId);
        Assert.Throws<InvalidOperationException>(() => FeeNote.Write(Practice, Guid.NewGuid(), Day, "Drainage", 90.5m, devis));
    }
}
