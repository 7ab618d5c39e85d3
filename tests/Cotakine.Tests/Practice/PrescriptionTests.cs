using Cotakine.Practice.Prescriptions;

namespace Cotakine.Tests.Practice;

/// <summary>
/// Recording a prescription as read from the paper (CPAM memo, ngap-facts §K.1): it belongs to a patient of the practice,
/// the number of sessions is optional but at least 1 when prescribed, and a blank mention is a missing one.
/// </summary>
public sealed class PrescriptionTests
{
    [Fact]
    public void A_prescription_needs_its_patient_and_at_least_one_session_when_a_number_is_written()
    {
        Assert.Empty(Prescription.Check(true, null));
        Assert.Equal(["patientId", "sessionCount"], Prescription.Check(false, 0).Select(p => p.Field));
    }

    [Fact]
    public void Blank_mentions_are_missing_ones_and_the_others_are_kept_without_outer_spaces()
    {
        var prescription = new Prescription { PrescriberName = " Dr Martin ", PrescriberRpps = "  ", Indication = "", Segment = "genou" };
        prescription.Normalise();
        Assert.Equal(("Dr Martin", null, null, "genou"), (prescription.PrescriberName, prescription.PrescriberRpps, prescription.Indication, prescription.Segment));
        Assert.Contains("n° RPPS du prescripteur", PrescriptionCheck.MissingMentions(prescription));
    }
}
