using Cotakine.Territories;

namespace Cotakine.Catalog;

/// <summary>
/// The whole nomenclature as reviewed, effective-dated data: acts and their coefficients, point values, travel
/// indemnities, majorations, holidays, AMO rates and rule parameters, each with its validity and source.
/// Immutable once loaded; <see cref="Version"/> identifies the data (version of <c>catalog.json</c> + content hash),
/// so a quote can say which catalog priced it.
/// </summary>
public sealed class NgapCatalog
{
    private readonly Dictionary<string, Act> _actsById;
    private readonly ActCodeIndex _versionsByCode;

    // Indexes built once: quoting asks for point values and parameters several times per session, and scanning the
    // lists with LINQ dominated its cost. Each keeps the catalog's row order, so "the first matching row" is unchanged.
    private readonly Dictionary<string, PointValue[]> _pointValuesByLetter;
    private readonly PointValue[] _defaultPointValues;
    private readonly Dictionary<string, RuleParameter[]> _parametersById;

    internal NgapCatalog(
        string version,
        DateOnly reviewedOn,
        IReadOnlyDictionary<string, string> sources,
        IReadOnlyList<KeyLetter> keyLetters,
        IReadOnlyList<PointValue> pointValues,
        IReadOnlyDictionary<string, Department> departments,
        IReadOnlySet<string> alsaceMoselle,
        IReadOnlyList<Act> acts,
        TransitionPeriod transition,
        IReadOnlyList<FlatIndemnity> flatIndemnities,
        IReadOnlyList<SpecificIndemnity> specificIndemnities,
        IReadOnlyList<KilometreRate> kilometreRates,
        IReadOnlyList<KilometreThreshold> kilometreThresholds,
        IReadOnlyList<Forfait> forfaits,
        IReadOnlyList<Majoration> majorations,
        IReadOnlyList<HolidayRule> holidays,
        IReadOnlyList<AmoRate> amoRates,
        IReadOnlyList<FeeRule> feeRules,
        RuleParameter quoteThreshold,
        FranchiseRules franchise,
        IReadOnlyList<Announcement> announcements,
        IReadOnlyList<RuleParameter> parameters)
    {
        Version = version;
        ReviewedOn = reviewedOn;
        Sources = sources;
        KeyLetters = keyLetters;
        PointValues = pointValues;
        Departments = departments;
        AlsaceMoselle = alsaceMoselle;
        Acts = acts;
        Transition = transition;
        FlatIndemnities = flatIndemnities;
        SpecificIndemnities = specificIndemnities;
        KilometreRates = kilometreRates;
        KilometreThresholds = kilometreThresholds;
        Forfaits = forfaits;
        Majorations = majorations;
        Holidays = new HolidayCalendar(holidays);
        AmoRates = amoRates;
        FeeRules = feeRules;
        QuoteThreshold = quoteThreshold;
        Franchise = franchise;
        Announcements = announcements;
        Parameters = parameters;

        // The indexes are built with plain loops over reference-type collections: LINQ over value types (DateOnly,
        // tuples, ActCode) made the runtime compile many generic methods at each start of the command line.
        _actsById = new Dictionary<string, Act>(acts.Count, StringComparer.Ordinal);
        var bilanActs = new List<Act>();
        foreach (var act in acts)
        {
            _actsById.Add(act.Id, act);
            if (act.BilanCadence is not null)
            {
                bilanActs.Add(act);
            }
        }

        BilanActs = bilanActs;
        _versionsByCode = new ActCodeIndex(acts).SortedByStart();

        var byLetter = new Dictionary<string, List<PointValue>>(StringComparer.Ordinal);
        var defaults = new List<PointValue>();
        DateOnly? coveredFrom = null;
        foreach (var row in pointValues)
        {
            if (row.IsDefault)
            {
                defaults.Add(row);
                coveredFrom = coveredFrom is { } earliest && earliest <= row.Validity.From ? earliest : row.Validity.From;
            }

            foreach (var letter in row.Letters)
            {
                if (!byLetter.TryGetValue(letter, out var rows))
                {
                    rows = [];
                    byLetter.Add(letter, rows);
                }

                if (rows.Count == 0 || !ReferenceEquals(rows[^1], row))
                {
                    rows.Add(row);
                }
            }
        }

        CoveredFrom = coveredFrom ?? throw new InvalidOperationException("Aucune valeur du point par défaut dans le référentiel.");
        _pointValuesByLetter = ToArrays(byLetter);
        _defaultPointValues = [.. defaults];

        var byId = new Dictionary<string, List<RuleParameter>>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            if (!byId.TryGetValue(parameter.Id, out var rows))
            {
                rows = [];
                byId.Add(parameter.Id, rows);
            }

            rows.Add(parameter);
        }

        _parametersById = ToArrays(byId);
        var reeducation = new HashSet<string>(StringComparer.Ordinal);
        foreach (var letter in keyLetters)
        {
            if (letter.Kind == "reeducation")
            {
                reeducation.Add(letter.Letter);
            }
        }

        ReeducationLetters = reeducation;
    }

    private static Dictionary<string, T[]> ToArrays<T>(Dictionary<string, List<T>> lists)
        where T : class
    {
        var result = new Dictionary<string, T[]>(lists.Count, StringComparer.Ordinal);
        foreach (var (key, list) in lists)
        {
            result.Add(key, [.. list]);
        }

        return result;
    }

    /// <summary>Identifies the loaded data: <c>catalog.json</c> version and a hash of the files.</summary>
    public string Version { get; }

    /// <summary>
    /// The first day the catalog can price (the earliest default point value): sessions before it are outside the data,
    /// and adapters reject them as invalid input rather than guess.
    /// </summary>
    public DateOnly CoveredFrom { get; }

    /// <summary>The day the data was last reviewed against its sources.</summary>
    public DateOnly ReviewedOn { get; }

    /// <summary>Short source names → full references.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>Key letters, legacy ones included.</summary>
    public IReadOnlyList<KeyLetter> KeyLetters { get; }

    /// <summary>Point values by letter, territory and period.</summary>
    public IReadOnlyList<PointValue> PointValues { get; }

    /// <summary>Départements by INSEE code.</summary>
    public IReadOnlyDictionary<string, Department> Departments { get; }

    /// <summary>The départements of the régime local d'Alsace-Moselle (57, 67, 68).</summary>
    public IReadOnlySet<string> AlsaceMoselle { get; }

    /// <summary>Every act, current and former (AMS/AMK/AMC before 22 February 2024).</summary>
    public IReadOnlyList<Act> Acts { get; }

    /// <summary>The 2024 transition from the former codes.</summary>
    public TransitionPeriod Transition { get; }

    /// <summary>IFD, IFS and the former specific indemnities.</summary>
    public IReadOnlyList<FlatIndemnity> FlatIndemnities { get; }

    /// <summary>Which specific indemnity each group of acts opens, by period.</summary>
    public IReadOnlyList<SpecificIndemnity> SpecificIndemnities { get; }

    /// <summary>IK / IKM / IKS rates by territory.</summary>
    public IReadOnlyList<KilometreRate> KilometreRates { get; }

    /// <summary>IK thresholds and deductions by zone.</summary>
    public IReadOnlyList<KilometreThreshold> KilometreThresholds { get; }

    /// <summary>FRD and FAD.</summary>
    public IReadOnlyList<Forfait> Forfaits { get; }

    /// <summary>Night and Sunday/holiday majorations.</summary>
    public IReadOnlyList<Majoration> Majorations { get; }

    /// <summary>Public holidays by territory.</summary>
    public HolidayCalendar Holidays { get; }

    /// <summary>AMO rates by coverage and régime.</summary>
    public IReadOnlyList<AmoRate> AmoRates { get; }

    /// <summary>Where dépassements and hors-nomenclature fees are forbidden.</summary>
    public IReadOnlyList<FeeRule> FeeRules { get; }

    /// <summary>The amount from which a written devis is required (70 €).</summary>
    public RuleParameter QuoteThreshold { get; }

    /// <summary>The franchise médicale on paramedical acts: amounts by period and exempt coverages (shown, never billed).</summary>
    public FranchiseRules Franchise { get; }

    /// <summary>Announced but unconfirmed changes.</summary>
    public IReadOnlyList<Announcement> Announcements { get; }

    /// <summary>Numeric rule parameters (cumulation rate, DAP delays…).</summary>
    public IReadOnlyList<RuleParameter> Parameters { get; }

    /// <summary>The acts that are a BDK (with a <see cref="Act.BilanCadence"/>), in catalog order: the bilans a session may be due.</summary>
    public IReadOnlyList<Act> BilanActs { get; }

    /// <summary>The key letters of kind « reeducation » (the letters a rééducation supplement needs an act of).</summary>
    public IReadOnlySet<string> ReeducationLetters { get; }

    /// <summary>The act with this id, or null.</summary>
    public Act? FindAct(string id) => _actsById.GetValueOrDefault(id);

    /// <summary>The act a code designates on <paramref name="date"/>, or null when the code is not in force that day.</summary>
    public ActVersion? Find(ActCode code, DateOnly date)
    {
        if (_versionsByCode.Versions(code) is { } versions)
        {
            foreach (var version in versions)
            {
                if (version.Validity.Contains(date))
                {
                    return version;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Why codes of <paramref name="code"/>'s key letter are not quoted (TMK, télésoin), or null when the letter is quoted
    /// or unknown: such a code is « not supported yet », not « unknown ».
    /// </summary>
    public string? NotQuoted(ActCode code)
    {
        foreach (var letter in KeyLetters)
        {
            if (letter.NotQuoted is not null && string.Equals(letter.Letter, code.Letter, StringComparison.OrdinalIgnoreCase))
            {
                return letter.NotQuoted;
            }
        }

        return null;
    }

    /// <summary>Every period, on any date, in which the code designated an act (empty for an unknown code).</summary>
    public IReadOnlyList<ActVersion> History(ActCode code) =>
        _versionsByCode.Versions(code)?.AsReadOnly() ?? (IReadOnlyList<ActVersion>)[];

    /// <summary>Acts in force on <paramref name="date"/>, with their version that day.</summary>
    public IEnumerable<ActVersion> InForce(DateOnly date) =>
        Acts.Select(a => a.On(date)).OfType<ActVersion>();

    /// <summary>The département, or null when the code is not one (the contract accepts <c>01</c>…<c>95</c>, <c>2A</c>, <c>2B</c>, <c>971</c>…<c>976</c>).</summary>
    public Department? FindDepartment(string code) => Departments.GetValueOrDefault(code.Trim().ToUpperInvariant());

    /// <summary>
    /// The point value of <paramref name="letter"/> in <paramref name="territory"/> on <paramref name="date"/>:
    /// a row naming the letter wins over the default (<c>*</c>) row; null when none is known (e.g. TMK in the DROM).
    /// </summary>
    public PointValue? PointValue(string letter, TerritoryKind territory, DateOnly date)
    {
        // A letter with rows of its own is never priced by the default (TMK stays 2.15 €, unknown in the DROM).
        var rows = _pointValuesByLetter.TryGetValue(letter, out var specific) ? specific : _defaultPointValues;
        foreach (var row in rows)
        {
            if (row.Territory == territory && row.Validity.Contains(date))
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>The value of a rule parameter on a date, or throws when the data lacks it (a data error, not a user error).</summary>
    public RuleParameter Parameter(string id, DateOnly date)
    {
        if (_parametersById.TryGetValue(id, out var rows))
        {
            foreach (var row in rows)
            {
                if (row.Validity.Contains(date))
                {
                    return row;
                }
            }
        }

        throw new InvalidOperationException($"Paramètre « {id} » absent du référentiel au {date:yyyy-MM-dd}.");
    }
}
