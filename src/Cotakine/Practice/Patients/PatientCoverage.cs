using Cotakine.Quoting;

namespace Cotakine.Practice.Patients;

/// <summary>
/// How a patient is covered for the care: the coverage (standard, ALD, AT-MP, maternité, C2S) sets the AMO rate
/// with the régime (Alsace-Moselle pays more); an AT-MP is identified by the date of the accident, which must appear
/// on the invoice.
/// </summary>
public sealed record PatientCoverage(Coverage Coverage, Regime Regime, DateOnly? AtMpDate)
{
    /// <summary>The quote engine's view of the patient.</summary>
    public Quoting.Patient ToQuotePatient() => new(Coverage, Regime);

    /// <summary>Why the coverage is inconsistent (on <c>atMpDate</c>), or null.</summary>
    public Problem? Problem() =>
        Coverage == Coverage.AtMp && AtMpDate is null
            ? new Problem("atMpDate", "la date de l'accident du travail est obligatoire pour une prise en charge AT-MP")
            : null;
}
