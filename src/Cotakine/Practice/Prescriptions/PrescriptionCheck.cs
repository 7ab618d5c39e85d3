using Cotakine.Practice;

namespace Cotakine.Practice.Prescriptions;

/// <summary>
/// Checks a prescription against the CPAM memo « Prescription de masso-kinésithérapie — comment bien prescrire ? »
/// (seed 004, ngap-facts §K.1): date, prescriber identifiers (n° AM and RPPS), indication médicale, segment anatomique
/// with its laterality, and the date of the accident when AT is ticked. The number of sessions is optional (CPAM memo
/// retained over Cofidoc's list). Returns the missing mentions in French, empty when the prescription is complete.
/// </summary>
public static class PrescriptionCheck
{
    /// <summary>The missing or malformed mentions, in French, in the memo's order.</summary>
    public static IReadOnlyList<string> MissingMentions(Prescription prescription)
    {
        ArgumentNullException.ThrowIfNull(prescription);
        var missing = new List<string>();
        if (prescription.Date is null)
        {
            missing.Add("date de la prescription");
        }

        if (string.IsNullOrWhiteSpace(prescription.PrescriberAmNumber))
        {
            missing.Add("n° Assurance Maladie du prescripteur");
        }
        else if (IdentifierCheck.AmNumber(prescription.PrescriberAmNumber) is { } amProblem)
        {
            missing.Add($"n° Assurance Maladie du prescripteur invalide : {amProblem}");
        }

        if (string.IsNullOrWhiteSpace(prescription.PrescriberRpps))
        {
            missing.Add("n° RPPS du prescripteur");
        }
        else if (IdentifierCheck.Rpps(prescription.PrescriberRpps) is { } rppsProblem)
        {
            missing.Add($"n° RPPS du prescripteur invalide : {rppsProblem}");
        }

        if (string.IsNullOrWhiteSpace(prescription.Indication))
        {
            missing.Add("indication médicale");
        }

        if (string.IsNullOrWhiteSpace(prescription.Segment))
        {
            missing.Add("segment anatomique à rééduquer");
        }

        if (prescription.Laterality == Laterality.Unspecified)
        {
            missing.Add("latéralité du segment (gauche, droite, bilatéral, ou sans objet)");
        }

        if (prescription.AtMp && prescription.AtMpDate is null)
        {
            missing.Add("date de l'accident du travail");
        }

        return missing;
    }
}
