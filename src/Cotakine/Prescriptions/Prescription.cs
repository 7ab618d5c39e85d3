namespace Cotakine.Prescriptions;

/// <summary>
/// A medical prescription of masso-kinésithérapie as read from the paper: every mention of the CPAM memo
/// (ngap-facts §K.1) is a field, so that <see cref="PrescriptionCheck"/> can list what is missing. Nullable fields are
/// the ones a prescriber may forget; <see cref="SessionCount"/> is optional by rule (the kiné sets it after the bilan).
/// </summary>
public sealed record Prescription(
    DateOnly? Date,
    string? PrescriberName,
    string? PrescriberRpps,
    string? PrescriberAmNumber,
    string? Indication,
    string? Segment,
    Laterality Laterality,
    int? SessionCount,
    bool Urgent,
    bool IncludingSundaysAndHolidays,
    bool AtMp,
    DateOnly? AtMpDate,
    bool Ald);
