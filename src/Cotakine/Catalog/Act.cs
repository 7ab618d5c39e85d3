namespace Cotakine.Catalog;

/// <summary>
/// An act of the nomenclature with a stable identity (<c>ric-lca</c>: « rééducation après reconstruction du LCA »),
/// whatever code it carries on a given date. Searching, quoting and history work on the act;
/// the code is what is in force on the date of care (<see cref="On"/>).
/// </summary>
public sealed class Act
{
    /// <summary>Creates an act; the loader checks the invariants (periods ordered and not overlapping).</summary>
    public Act(
        string id,
        string letter,
        ActKind kind,
        string label,
        string shortLabel,
        string article,
        string? section,
        string articleLabel,
        string region,
        bool referentiel,
        bool horsReferentiel,
        DapRule? dap,
        BilanCadence? bilanCadence,
        string? travelGroup,
        int? maxPerDay,
        bool acuteRespiratory,
        bool isolatedBilan,
        string? formerCode,
        IReadOnlyList<string> successors,
        IReadOnlyList<ActPeriod> periods,
        IReadOnlyList<SourceNote> notes,
        IReadOnlyList<Deviation> deviations,
        CumulationExclusion? noOtherAct = null)
    {
        Id = id;
        Letter = letter;
        Kind = kind;
        Label = label;
        ShortLabel = shortLabel;
        Article = article;
        Section = section;
        ArticleLabel = articleLabel;
        Region = region;
        Referentiel = referentiel;
        HorsReferentiel = horsReferentiel;
        Dap = dap;
        BilanCadence = bilanCadence;
        TravelGroup = travelGroup;
        MaxPerDay = maxPerDay;
        AcuteRespiratory = acuteRespiratory;
        IsolatedBilan = isolatedBilan;
        FormerCode = formerCode;
        Successors = successors;
        Periods = periods;
        Notes = notes;
        Deviations = deviations;
        NoOtherAct = noOtherAct;
    }

    /// <summary>Stable identifier, never reused (a slug of the indication).</summary>
    public string Id { get; }

    /// <summary>The key letter (<c>RIC</c>, <c>AMK</c>…).</summary>
    public string Letter { get; }

    /// <summary>Act, bilan or supplement.</summary>
    public ActKind Kind { get; }

    /// <summary>The NGAP label, in French.</summary>
    public string Label { get; }

    /// <summary>A short label for lists and search results.</summary>
    public string ShortLabel { get; }

    /// <summary>The NGAP article number (<c>1</c>…<c>11</c>) or chapter reference for bilans.</summary>
    public string Article { get; }

    /// <summary>The section within article 1 (A rachis, B membre supérieur…), when there is one.</summary>
    public string? Section { get; }

    /// <summary>Human reference to the NGAP place of the act (« Titre XIV, chap. II, art. 1er — rachis »).</summary>
    public string ArticleLabel { get; }

    /// <summary>Anatomical region or field, used by the two-sessions-a-day rule.</summary>
    public string Region { get; }

    /// <summary>Whether a HAS référentiel applies (a DAP threshold).</summary>
    public bool Referentiel { get; }

    /// <summary>Whether the NGAP label says explicitly « hors référentiel ».</summary>
    public bool HorsReferentiel { get; }

    /// <summary>The référentiel threshold, when <see cref="Referentiel"/>.</summary>
    public DapRule? Dap { get; }

    /// <summary>When the act is a BDK: at which sessions it is due.</summary>
    public BilanCadence? BilanCadence { get; }

    /// <summary>The group whose specific travel indemnity this act opens (IFO, IFN… then IFS), or null for IFD.</summary>
    public string? TravelGroup { get; }

    /// <summary>The most sessions of this act billable per day, when the NGAP sets one.</summary>
    public int? MaxPerDay { get; }

    /// <summary>Acute respiratory act (désencombrement urgent): the only act that article 11 B lets cumulate with another rééducation.</summary>
    public bool AcuteRespiratory { get; }

    /// <summary>A bilan isolé: billable only when no rééducation treatment is running or prescribed.</summary>
    public bool IsolatedBilan { get; }

    /// <summary>The code the act replaced on 22 February 2024 (<c>AMS 7.5</c>), for new acts.</summary>
    public string? FormerCode { get; }

    /// <summary>For a former code, the ids of the 2024 acts it became (correspondence old → new).</summary>
    public IReadOnlyList<string> Successors { get; }

    /// <summary>Coefficients by period, oldest first, never overlapping.</summary>
    public IReadOnlyList<ActPeriod> Periods { get; }

    /// <summary>Remarks with their confidence (conditions, unsure points).</summary>
    public IReadOnlyList<SourceNote> Notes { get; }

    /// <summary>Recorded differences with a source, with the reason.</summary>
    public IReadOnlyList<Deviation> Deviations { get; }

    /// <summary>
    /// Set when the act's cotation already includes every other rééducation of the session, the acute respiratory act
    /// included (PLL): then article 11 B does not apply beside it.
    /// </summary>
    public CumulationExclusion? NoOtherAct { get; }

    /// <summary>The first day the act exists.</summary>
    public DateOnly FirstDay => Periods[0].Validity.From;

    /// <summary>The act as in force on <paramref name="date"/>, or null when it is not in force then.</summary>
    public ActVersion? On(DateOnly date)
    {
        foreach (var period in Periods)
        {
            if (period.Validity.Contains(date))
            {
                return new ActVersion(this, period);
            }
        }

        return null;
    }

    /// <summary>Every version of the act, oldest first.</summary>
    public IEnumerable<ActVersion> Versions => Periods.Select(p => new ActVersion(this, p));

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Label})";
}
