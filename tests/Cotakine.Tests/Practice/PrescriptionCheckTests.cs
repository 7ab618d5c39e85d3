using Cotakine.Practice.Prescriptions;

namespace Cotakine.Tests.Practice;

/// <summary>
/// The mentions a prescription must carry. Source: CPAM memo (seed 004, CPAM 49 / CPTS Grand Saumurois), ngap-facts §K.1:
/// date, prescriber identifiers (n° AM and RPPS), indication, segment with laterality, AT date when AT/MP; the number of
/// sessions is optional (CPAM memo retained over the contradicting Cofidoc list).
/// </summary>
public sealed class PrescriptionCheckTests
{
    private static Prescription Complete() => new()
    {
        Date = new DateOnly(2026, 2, 20), PrescriberName = "Dr Leroy", PrescriberRpps = "10009876543", PrescriberAmNumber = "751111111",
        Indication = "Rééducation après méniscectomie", Segment = "genou", Laterality = Laterality.Right,
    };

    [Fact]
    public void A_complete_prescription_without_a_session_count_misses_nothing() =>
        // Source: seed 004 / §K.1 — the number of sessions is optional, set by the kiné after the BDK.
        Assert.Empty(PrescriptionCheck.MissingMentions(Complete()));

    [Fact]
    public void Every_missing_mention_is_listed_in_french()
    {
        var empty = new Prescription { Segment = " ", Laterality = Laterality.Unspecified, AtMp = true };
        var missing = PrescriptionCheck.MissingMentions(empty);
        Assert.Equal(
            [
                "date de la prescription", "n° Assurance Maladie du prescripteur", "n° RPPS du prescripteur", "indication médicale",
                "segment anatomique à rééduquer", "latéralité du segment (gauche, droite, bilatéral, ou sans objet)", "date de l'accident du travail",
            ],
            missing);
    }

    [Theory]
    [InlineData("1234", null, "n° RPPS du prescripteur invalide")]
    [InlineData(null, "75-11", "n° Assurance Maladie du prescripteur invalide")]
    public void A_malformed_prescriber_identifier_is_named(string? rpps, string? am, string expected)
    {
        var prescription = Complete();
        prescription.PrescriberRpps = rpps ?? prescription.PrescriberRpps;
        prescription.PrescriberAmNumber = am ?? prescription.PrescriberAmNumber;
        var problem = Assert.Single(PrescriptionCheck.MissingMentions(prescription));
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void At_mp_with_its_date_is_complete()
    {
        // Source: seed 004 / §K.1 — « AT (avec date) / MP ».
        var prescription = Complete();
        prescription.AtMp = true;
        prescription.AtMpDate = new DateOnly(2026, 1, 15);
        Assert.Empty(PrescriptionCheck.MissingMentions(prescription));
    }
}
