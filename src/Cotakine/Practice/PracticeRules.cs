using System.Globalization;
using Cotakine.Catalog;

namespace Cotakine.Practice;

/// <summary>
/// The parameters of the practice's billing rules in force on one date, read once from the catalog's dated, sourced
/// rows (<c>data/ngap/rules.json</c>) into typed fields: a rule says <c>rules.TacitAgreementDays</c> instead of looking a
/// string key up, so a misspelt parameter is a compile error and a missing one a data error at the first read.
/// </summary>
/// <param name="TacitAgreementDays">A DAP sent and unanswered that many days is tacitly agreed (CSS D.315-5).</param>
/// <param name="AlertSessionsBefore">How many sessions before the référentiel threshold the kiné is told to send the DAP.</param>
/// <param name="LookbackMonths">The window of the « 30 séances sur 12 mois » rule.</param>
/// <param name="RaisedThresholdPriorSessions">Reimbursed sessions of the same act in the window that raise the threshold (15/30 rule).</param>
/// <param name="DirectAccessSessionsPerEpisode">Direct-access cap per patient and episode.</param>
/// <param name="DirectAccessEpisodeMonths">Length of a direct-access episode.</param>
/// <param name="RenewalWindowMonths">A prescription may be renewed by the kiné while younger than this.</param>
/// <param name="RenewalPrescriberId">The prescriber id written on the invoice of a renewal (« à vérifier », confidence unsure).</param>
public sealed record PracticeRules(
    int TacitAgreementDays,
    int AlertSessionsBefore,
    int LookbackMonths,
    int RaisedThresholdPriorSessions,
    int DirectAccessSessionsPerEpisode,
    int DirectAccessEpisodeMonths,
    int RenewalWindowMonths,
    string RenewalPrescriberId)
{
    /// <summary>The parameters in force on <paramref name="date"/>; throws when the data lacks one (a data error).</summary>
    public static PracticeRules On(NgapCatalog catalog, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        int Whole(string id) => (int)catalog.Parameter(id, date).Value;
        return new PracticeRules(
            Whole("dap.tacitAgreementDays"),
            Whole("dap.alertSessionsBefore"),
            Whole("dap.lookbackMonths"),
            Whole("dap.raisedThresholdPriorSessions"),
            Whole("directAccess.sessionsPerEpisode"),
            Whole("directAccess.episodeMonths"),
            Whole("renewal.windowMonths"),
            catalog.Parameter("renewal.prescriberId", date).Value.ToString("0", CultureInfo.InvariantCulture));
    }
}
