namespace Cotakine.Practice.Prescriptions;

/// <summary>
/// A medical prescription of masso-kinésithérapie as read from the paper: every mention of the CPAM memo
/// (ngap-facts §K.1) is a field, so that <see cref="PrescriptionCheck"/> can list what is missing. Nullable fields are
/// the ones a prescriber may forget; <see cref="SessionCount"/> is optional by rule (the kiné sets it after the bilan).
/// </summary>
public sealed class Prescription : IPracticeOwned
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; set; }

    /// <inheritdoc />
    public Guid PracticeId { get; set; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; set; }

    /// <summary>Date of the prescription.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>Prescriber's name.</summary>
    public string? PrescriberName { get; set; }

    /// <summary>Prescriber's RPPS.</summary>
    public string? PrescriberRpps { get; set; }

    /// <summary>Prescriber's n° AM.</summary>
    public string? PrescriberAmNumber { get; set; }

    /// <summary>Indication médicale.</summary>
    public string? Indication { get; set; }

    /// <summary>Segment anatomique.</summary>
    public string? Segment { get; set; }

    /// <summary>Laterality.</summary>
    public Laterality Laterality { get; set; }

    /// <summary>Number of sessions, when prescribed.</summary>
    public int? SessionCount { get; set; }

    /// <summary>Urgent start.</summary>
    public bool Urgent { get; set; }

    /// <summary>« Y compris dimanche et jours fériés ».</summary>
    public bool IncludingSundaysAndHolidays { get; set; }

    /// <summary>Accident du travail / maladie professionnelle.</summary>
    public bool AtMp { get; set; }

    /// <summary>Date of the work accident.</summary>
    public DateOnly? AtMpDate { get; set; }

    /// <summary>Care within an ALD.</summary>
    public bool Ald { get; set; }

    /// <summary>
    /// Why a prescription may not be recorded (fields as in the API's JSON): it belongs to a patient of the practice, and
    /// a number of sessions, when prescribed, is at least 1. Missing mentions do not refuse it (<see cref="PrescriptionCheck"/>).
    /// </summary>
    public static Problems Check(bool patientKnown, int? sessionCount)
    {
        var problems = new Problems();
        if (!patientKnown)
        {
            problems.Add("patientId", "patient inconnu dans ce cabinet");
        }

        if (sessionCount is < 1)
        {
            problems.Add("sessionCount", "le nombre de séances, s'il est prescrit, est au moins 1");
        }

        return problems;
    }

    /// <summary>
    /// The written mentions as kept: without outer spaces, a blank one is a missing one (null), whether it came from the
    /// form or the API, so that <see cref="PrescriptionCheck"/> and the documents read them alike.
    /// </summary>
    public void Normalise()
    {
        PrescriberName = Mention(PrescriberName);
        PrescriberRpps = Mention(PrescriberRpps);
        PrescriberAmNumber = Mention(PrescriberAmNumber);
        Indication = Mention(Indication);
        Segment = Mention(Segment);
    }

    private static string? Mention(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
