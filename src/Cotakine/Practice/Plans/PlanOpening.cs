using Cotakine.Catalog;

namespace Cotakine.Practice.Plans;

/// <summary>
/// The rules for opening a treatment plan (ngap-facts §K.2, §K.3), with their parameters read from the catalog on the
/// plan's start date: a renewal by the kiné needs a prescription less than <c>renewal.windowMonths</c> months old;
/// direct access is capped at <c>directAccess.sessionsPerEpisode</c> sessions per episode of
/// <c>directAccess.episodeMonths</c> months. Returns French problems keyed by field, empty when the plan may open.
/// </summary>
public static class PlanOpening
{
    /// <summary>The problems of opening a plan, keyed by the request field they concern.</summary>
    public static IReadOnlyDictionary<string, string> Check(
        NgapCatalog catalog, PlanOrigin origin, DateOnly start, DateOnly? prescriptionDate, int sessionCount)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new Dictionary<string, string>();
        if (sessionCount < 1)
        {
            problems["sessionCount"] = "le nombre de séances doit être au moins 1";
        }

        switch (origin)
        {
            case PlanOrigin.Prescription or PlanOrigin.Renewal when prescriptionDate is null:
                problems["prescriptionId"] = "une prescription est nécessaire pour ce plan de soins";
                break;
            case PlanOrigin.Renewal:
                var months = (int)catalog.Parameter("renewal.windowMonths", start).Value;
                if (prescriptionDate!.Value.AddMonths(months) <= start)
                {
                    problems["origin"] = $"renouvellement impossible : la prescription a plus de {months} mois (avenant 7)";
                }

                break;
            case PlanOrigin.DirectAccess:
                var cap = (int)catalog.Parameter("directAccess.sessionsPerEpisode", start).Value;
                if (sessionCount > cap)
                {
                    problems["sessionCount"] = $"accès direct sans diagnostic médical : {cap} séances au plus par épisode de soins";
                }

                break;
        }

        return problems;
    }

    /// <summary>
    /// The direct-access episode a plan starting on <paramref name="start"/> falls in, given the patient's earlier
    /// direct-access plans (start, planned sessions), and the sessions already planned in it. Episodes are chained in
    /// date order: an episode opens with a plan and lasts <c>directAccess.episodeMonths</c>; a plan starting after its
    /// last day opens the next one. The cap <c>directAccess.sessionsPerEpisode</c> is per patient and episode, across
    /// plans (ngap-facts §K.3).
    /// </summary>
    public static (DateOnly EpisodeStart, int Planned) DirectAccessEpisode(NgapCatalog catalog, IEnumerable<(DateOnly Start, int Sessions)> earlierPlans, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(earlierPlans);
        DateOnly? episode = null;
        var planned = 0;
        foreach (var plan in earlierPlans.Where(p => p.Start <= start).OrderBy(p => p.Start))
        {
            if (episode is null || plan.Start > DirectAccessEpisodeEnd(catalog, episode.Value))
            {
                episode = plan.Start;
                planned = 0;
            }

            planned += plan.Sessions;
        }

        return episode is { } open && start <= DirectAccessEpisodeEnd(catalog, open) ? (open, planned) : (start, 0);
    }

    /// <summary>The last day of a direct-access episode started on <paramref name="start"/>.</summary>
    public static DateOnly DirectAccessEpisodeEnd(NgapCatalog catalog, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return start.AddMonths((int)catalog.Parameter("directAccess.episodeMonths", start).Value).AddDays(-1);
    }
}
