using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using Cotakine.Territories;

namespace Cotakine.Catalog.Loading;

/// <summary>
/// Reads the nomenclature files of <c>data/ngap/</c> (embedded in this assembly, or a newer set from a folder) and
/// checks them before anyone uses them: every field present and typed, every source declared, every key letter known,
/// no act with overlapping periods, no code designating two acts on the same day. A bad file fails with its name, the
/// row and the reason (<see cref="CatalogLoadException"/>).
/// </summary>
public static class CatalogLoader
{
    /// <summary>The files of a catalog, in load order.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        "catalog.json", "key-letters.json", "point-values.json", "territories.json", "acts.json", "diagnostics.json",
        "legacy-acts.json", "travel.json", "majorations.json", "holidays.json", "coverage.json", "announcements.json",
        "rules.json",
    ];

    /// <summary>The rule parameters the quote engine reads: a catalog without them fails to load.</summary>
    public static IReadOnlyList<string> RequiredParameters { get; } =
        ["cumul.secondActRate", "dap.tacitAgreementDays", "dap.alertSessionsBefore", "dap.raisedThresholdPriorSessions"];

    private static readonly Lazy<NgapCatalog> EmbeddedCatalog = new(() => Load(OpenEmbedded, EmbeddedHash()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The catalog shipped with this release (loaded and checked once).</summary>
    public static NgapCatalog Embedded => EmbeddedCatalog.Value;

    /// <summary>Loads a catalog from a folder holding the same files (a newer catalog without a release).</summary>
    public static NgapCatalog LoadFromDirectory(string directory) =>
        Load(file =>
        {
            var path = Path.Combine(directory, file);
            return System.IO.File.Exists(path) ? System.IO.File.OpenRead(path) : null;
        });

    private static Stream? OpenEmbedded(string file) =>
        typeof(CatalogLoader).Assembly.GetManifestResourceStream($"Cotakine.Data.ngap.{file}");

    /// <summary>
    /// The SHA-256 of the embedded files, computed at build time (src/Cotakine/Cotakine.csproj) and compiled in as a
    /// constant: hashing at start-up loaded the cryptography assembly and OpenSSL on every run of the command line, and
    /// reading it from a resource still cost a stream reader. A test checks it against the hash computed at load.
    /// </summary>
    internal static string EmbeddedHash() => EmbeddedCatalogHash.Sha256;

    /// <summary>Loads a catalog from any source of files; <paramref name="open"/> returns null for a missing file.</summary>
    public static NgapCatalog Load(Func<string, Stream?> open) => Load(open, knownHash: null);

    /// <summary>
    /// Loads a catalog whose SHA-256 (lower-case hex, of the files in <see cref="Files"/> order) is already known, or
    /// hashes the files when <paramref name="knownHash"/> is null.
    /// </summary>
    internal static NgapCatalog Load(Func<string, Stream?> open, string? knownHash)
    {
        ArgumentNullException.ThrowIfNull(open);
        var documents = new Dictionary<string, JsonDocument>(StringComparer.Ordinal);
        var contents = knownHash is null ? new List<byte[]>(Files.Count) : null;
        try
        {
            foreach (var file in Files)
            {
                using var stream = open(file) ?? throw new CatalogLoadException(file, "fichier", "fichier absent du référentiel");
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                var bytes = buffer.ToArray();
                contents?.Add(bytes);
                try
                {
                    documents[file] = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow });
                }
                catch (JsonException e)
                {
                    throw new CatalogLoadException(file, $"ligne {e.LineNumber + 1}", $"JSON invalide ({e.Message})");
                }
            }

            var builder = new CatalogBuilder(documents);
            return builder.Build((knownHash ?? Sha256Hex(contents!))[..12]);
        }
        finally
        {
            foreach (var document in documents.Values)
            {
                document.Dispose();
            }
        }
    }

    /// <summary>
    /// The SHA-256 of the files one after the other, in lower-case hex. A method of its own, so that loading the embedded
    /// catalog (hash known) never loads the cryptography assembly.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string Sha256Hex(List<byte[]> contents)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var bytes in contents)
        {
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private sealed class CatalogBuilder(IReadOnlyDictionary<string, JsonDocument> documents)
    {
        private HashSet<string> _sources = [];

        private IEnumerable<JsonRow> Rows(string file, string arrayName)
        {
            var root = documents[file].RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(arrayName, out var array) || array.ValueKind != JsonValueKind.Array)
            {
                throw new CatalogLoadException(file, "racine", $"liste « {arrayName} » manquante");
            }

            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                yield return new JsonRow(item, file, arrayName + JsonRow.RowIndex(index++), _sources);
            }
        }

        private JsonRow Root(string file) => new(documents[file].RootElement, file, "racine", _sources);

        public NgapCatalog Build(string contentHash)
        {
            var manifest = Root("catalog.json");
            var version = manifest.String("version");
            var reviewedOn = manifest.Date("reviewedOn");
            var sourcesRow = manifest.Child("sources") ?? throw manifest.Fail("champ « sources » manquant");
            var sources = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in documents["catalog.json"].RootElement.GetProperty("sources").EnumerateObject())
            {
                sources[property.Name] = sourcesRow.String(property.Name);
            }

            sourcesRow.EnsureNoUnknownProperty();
            manifest.EnsureNoUnknownProperty();
            _sources = [.. sources.Keys];

            var letters = ReadLetters();
            var pointValues = ReadPointValues(letters);
            var (departments, alsaceMoselle) = ReadTerritories();
            var transition = ReadTransition();
            var acts = new List<Act>();
            acts.AddRange(ReadActs("acts.json", letters));
            acts.AddRange(ReadActs("diagnostics.json", letters));
            acts.AddRange(ReadActs("legacy-acts.json", letters));
            var travel = ReadTravel();
            CheckActs(acts, travel.Specific);
            var majorations = ReadMajorations();
            var holidays = ReadHolidays(departments);
            var (amoRates, feeRules, quoteThreshold, franchise) = ReadCoverage();
            var announcements = ReadAnnouncements(letters);
            var parameters = ReadParameters();

            return new NgapCatalog(
                $"{version}+{contentHash}", reviewedOn, sources, letters, pointValues, departments, alsaceMoselle, acts,
                transition, travel.Flat, travel.Specific, travel.Rates, travel.Thresholds, travel.Forfaits, majorations,
                holidays, amoRates, feeRules, quoteThreshold, franchise, announcements, parameters);
        }

        private List<KeyLetter> ReadLetters()
        {
            var result = new List<KeyLetter>();
            foreach (var row in Rows("key-letters.json", "letters"))
            {
                var letter = row.String("letter");
                row.Row += $" ({letter})";
                var kind = row.String("kind");
                if (kind is not ("legacy" or "diagnostic" or "telesoin" or "reeducation"))
                {
                    throw row.Fail($"champ « kind » : legacy, diagnostic, telesoin ou reeducation attendu, « {kind} » reçu");
                }

                result.Add(new KeyLetter(letter, row.String("label"), kind, row.Validity(), row.Sources(), row.Confidence(), row.OptionalString("notQuoted")));
                row.EnsureNoUnknownProperty();
                if (result.Count(l => l.Letter == letter) > 1)
                {
                    throw row.Fail($"lettre-clé « {letter} » déclarée deux fois");
                }
            }

            return result;
        }

        private static TerritoryKind ParseTerritory(JsonRow row, string name = "territory") => row.String(name) switch
        {
            "metro" => TerritoryKind.Metro,
            "drom" => TerritoryKind.Drom,
            var other => throw row.Fail($"champ « {name} » : metro ou drom attendu, « {other} » reçu"),
        };

        private List<PointValue> ReadPointValues(List<KeyLetter> letters)
        {
            var result = new List<PointValue>();
            foreach (var row in Rows("point-values.json", "pointValues"))
            {
                var names = row.Strings("letters");
                foreach (var name in names)
                {
                    if (name != "*" && letters.All(l => l.Letter != name))
                    {
                        throw row.Fail($"lettre-clé inconnue « {name} »");
                    }
                }

                var value = new PointValue(names, ParseTerritory(row), row.Decimal("value"), row.Validity(), row.Sources(), row.Confidence());
                if (value.Value <= 0)
                {
                    throw row.Fail("champ « value » : valeur du point positive attendue");
                }

                row.EnsureNoUnknownProperty();
                var clash = result.FirstOrDefault(p => p.Territory == value.Territory && p.Validity.Overlaps(value.Validity) && p.Letters.Intersect(value.Letters).Any());
                if (clash is not null)
                {
                    throw row.Fail($"périodes qui se chevauchent pour {string.Join(", ", value.Letters)} ({value.Territory}) : {clash.Validity.From:yyyy-MM-dd} et {value.Validity.From:yyyy-MM-dd}");
                }

                result.Add(value);
            }

            foreach (var territory in new[] { TerritoryKind.Metro, TerritoryKind.Drom })
            {
                // A plain test, not LINQ's Where over an enum array: the runtime compiled that at every start.
                if (result.Any(p => p.IsDefault && p.Territory == territory))
                {
                    continue;
                }

                throw new CatalogLoadException("point-values.json", "pointValues", $"aucune valeur du point par défaut (lettres [\"*\"]) pour le territoire {territory.ToString().ToLowerInvariant()}");
            }

            return result;
        }

        private (Dictionary<string, Department> Departments, HashSet<string> AlsaceMoselle) ReadTerritories()
        {
            var root = Root("territories.json");
            var alsace = root.Strings("alsaceMoselle").ToHashSet(StringComparer.Ordinal);
            var departments = new Dictionary<string, Department>(StringComparer.Ordinal);
            foreach (var row in Rows("territories.json", "territories"))
            {
                var kind = ParseTerritory(row, "kind");
                var timeZone = row.String("timeZone");
                var name = row.OptionalString("name");
                _ = row.Sources();
                foreach (var code in row.Strings("departments"))
                {
                    if (!departments.TryAdd(code, new Department(code, kind, timeZone, name, alsace.Contains(code))))
                    {
                        throw row.Fail($"département « {code} » déclaré deux fois");
                    }
                }

                row.EnsureNoUnknownProperty();
            }

            foreach (var code in alsace.Where(code => !departments.ContainsKey(code)))
            {
                throw root.Fail($"alsaceMoselle : département inconnu « {code} »");
            }

            return (departments, alsace);
        }

        private TransitionPeriod ReadTransition()
        {
            var root = Root("legacy-acts.json");
            var row = root.Child("transition") ?? throw root.Fail("champ « transition » manquant");
            var transition = new TransitionPeriod(row.Date("lastDayOfOldCodes"), row.Date("toleratedUntil"), row.String("text"), row.Sources(), row.Confidence());
            row.EnsureNoUnknownProperty();
            return transition;
        }

        private IEnumerable<Act> ReadActs(string file, List<KeyLetter> letters)
        {
            var result = new List<Act>();
            foreach (var row in Rows(file, "acts"))
            {
                var id = row.String("id");
                row.Row += $" ({id})";
                var letter = row.String("letter");
                var keyLetter = letters.FirstOrDefault(l => l.Letter == letter) ?? throw row.Fail($"lettre-clé inconnue « {letter} »");
                var kind = row.String("kind") switch
                {
                    "reeducation" => ActKind.Reeducation,
                    "bilan" => ActKind.Bilan,
                    "supplement" => ActKind.Supplement,
                    var other => throw row.Fail($"champ « kind » : reeducation, bilan ou supplement attendu, « {other} » reçu"),
                };

                DapRule? dap = null;
                if (row.Child("dap") is { } dapRow)
                {
                    dap = new DapRule(dapRow.Int("sessionsBeforeDap"), dapRow.OptionalInt("sessionsBeforeDapAfter12MonthsOf30"), dapRow.Sources(), dapRow.Confidence());
                    dapRow.EnsureNoUnknownProperty();
                    if (dap.SessionsBeforeDap < 0)
                    {
                        throw dapRow.Fail("champ « sessionsBeforeDap » : nombre positif ou nul attendu");
                    }
                }

                BilanCadence? cadence = null;
                if (row.Child("bilanCadence") is { } cadenceRow)
                {
                    cadence = new BilanCadence(cadenceRow.Int("first"), cadenceRow.Int("next"), cadenceRow.Int("every"), cadenceRow.Sources(), cadenceRow.Confidence())
                    {
                        WithArticles = cadenceRow.Strings("withArticles", required: false),
                    };
                    cadenceRow.EnsureNoUnknownProperty();
                    if (cadence.First < 1 || cadence.Next <= cadence.First || cadence.Every < 1)
                    {
                        throw cadenceRow.Fail("rythme de bilan incohérent (first ≥ 1, next > first, every ≥ 1)");
                    }
                }

                var periods = new List<ActPeriod>();
                foreach (var periodRow in row.Children("periods", required: true))
                {
                    var period = new ActPeriod(periodRow.Decimal("coefficient"), periodRow.Validity(), periodRow.Sources(), periodRow.Confidence(), periodRow.Bool("planned"));
                    periodRow.EnsureNoUnknownProperty();
                    if (period.Coefficient <= 0)
                    {
                        throw periodRow.Fail("champ « coefficient » : nombre positif attendu");
                    }

                    var overlap = periods.FirstOrDefault(p => p.Validity.Overlaps(period.Validity));
                    if (overlap is not null)
                    {
                        throw periodRow.Fail($"périodes qui se chevauchent pour l'acte « {id} » ({ActCode.FormatCoefficient(overlap.Coefficient)} et {ActCode.FormatCoefficient(period.Coefficient)})");
                    }

                    if (periods.Count > 0 && period.Validity.From <= periods[^1].Validity.From)
                    {
                        throw periodRow.Fail("périodes à ranger de la plus ancienne à la plus récente");
                    }

                    if (!keyLetter.Validity.Contains(period.Validity.From) || (period.Validity.To is { } to && !keyLetter.Validity.Contains(to)) || (period.Validity.To is null && keyLetter.Validity.To is not null))
                    {
                        throw periodRow.Fail($"période hors de la validité de la lettre-clé {letter}");
                    }

                    periods.Add(period);
                }

                if (periods.Count == 0)
                {
                    throw row.Fail("au moins une période attendue dans « periods »");
                }

                var notes = row.Children("notes").Select(n =>
                {
                    var note = new SourceNote(n.String("text"), n.Confidence());
                    n.EnsureNoUnknownProperty();
                    return note;
                }).ToList();
                var deviations = row.Children("deviations").Select(d =>
                {
                    _ = d.Sources();
                    d.Row += string.Empty;
                    var deviation = new Deviation(d.String("source"), d.String("field"), d.OptionalString("theirs") ?? string.Empty, d.String("why"));
                    d.EnsureNoUnknownProperty();
                    return deviation;
                }).ToList();

                CumulationExclusion? noOtherAct = null;
                if (row.Child("noOtherAct") is { } exclusionRow)
                {
                    noOtherAct = new CumulationExclusion(exclusionRow.String("text"), exclusionRow.Sources(), exclusionRow.Confidence());
                    exclusionRow.EnsureNoUnknownProperty();
                }

                var act = new Act(
                    id, letter, kind, row.String("label"), row.String("shortLabel"), row.String("article"), row.OptionalString("section"),
                    row.String("articleLabel"), row.String("region"), row.RequiredBool("referentiel"), row.Bool("horsReferentiel"), dap, cadence,
                    row.OptionalString("travelGroup"), row.OptionalInt("maxPerDay"), row.Bool("acuteRespiratory"), row.Bool("isolatedBilan"),
                    row.OptionalString("formerCode"), row.Strings("successors", required: false), periods, notes, deviations, noOtherAct);
                if (act.Referentiel != (dap is not null))
                {
                    throw row.Fail(act.Referentiel ? "acte soumis à référentiel sans seuil « dap »" : "seuil « dap » sur un acte hors référentiel");
                }

                if (act.FormerCode is { } former && !ActCode.TryParse(former, out _))
                {
                    throw row.Fail($"champ « formerCode » : code invalide « {former} »");
                }

                row.EnsureNoUnknownProperty();
                result.Add(act);
            }

            return result;
        }

        private static void CheckActs(List<Act> acts, IReadOnlyList<SpecificIndemnity> specific)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var act in acts)
            {
                if (!ids.Add(act.Id))
                {
                    throw new CatalogLoadException("acts", act.Id, $"identifiant « {act.Id} » utilisé deux fois");
                }
            }

            foreach (var act in acts)
            {
                foreach (var successor in act.Successors.Where(s => !ids.Contains(s)))
                {
                    throw new CatalogLoadException("legacy-acts.json", act.Id, $"successeur inconnu « {successor} »");
                }

                if (act.TravelGroup is { } group && specific.All(s => s.TravelGroup != group))
                {
                    throw new CatalogLoadException("acts.json", act.Id, $"travelGroup « {group} » sans indemnité dans travel.json");
                }
            }

            foreach (var versions in new ActCodeIndex(acts).Groups)
            {
                for (var i = 0; i < versions.Count; i++)
                {
                    for (var j = i + 1; j < versions.Count; j++)
                    {
                        if (versions[i].Act != versions[j].Act && versions[i].Validity.Overlaps(versions[j].Validity))
                        {
                            throw new CatalogLoadException("acts", versions[j].Act.Id, $"le code {versions[j].Code} désigne aussi « {versions[i].Act.Id} » sur la même période");
                        }
                    }
                }
            }
        }

        private (List<FlatIndemnity> Flat, List<SpecificIndemnity> Specific, List<KilometreRate> Rates, List<KilometreThreshold> Thresholds, List<Forfait> Forfaits) ReadTravel()
        {
            var flat = Rows("travel.json", "flatIndemnities").Select(row =>
            {
                var item = new FlatIndemnity(row.String("code"), row.String("label"), row.Decimal("amount"), row.Validity(), row.Sources(), row.Confidence());
                row.EnsureNoUnknownProperty();
                return item;
            }).ToList();
            CheckNoOverlap(flat, f => f.Code, f => f.Validity, "travel.json", "flatIndemnities");

            var specific = Rows("travel.json", "specificIndemnities").Select(row =>
            {
                var item = new SpecificIndemnity(row.String("travelGroup"), row.String("code"), row.Validity(), row.Sources(), row.Confidence());
                row.EnsureNoUnknownProperty();
                if (!flat.Any(f => f.Code == item.Code && f.Validity.Contains(item.Validity.From)))
                {
                    throw row.Fail($"indemnité « {item.Code} » sans montant au {item.Validity.From:yyyy-MM-dd} dans flatIndemnities");
                }

                return item;
            }).ToList();
            CheckNoOverlap(specific, s => s.TravelGroup, s => s.Validity, "travel.json", "specificIndemnities");

            var rates = Rows("travel.json", "kilometreRates").Select(row =>
            {
                var item = new KilometreRate(row.String("code"), Zone(row), ParseTerritory(row), row.Decimal("rate"), row.Validity(), row.Sources(), row.Confidence());
                row.EnsureNoUnknownProperty();
                return item;
            }).ToList();
            CheckNoOverlap(rates, r => $"{r.Zone}/{r.Territory}", r => r.Validity, "travel.json", "kilometreRates");

            var thresholds = Rows("travel.json", "kilometreThresholds").Select(row =>
            {
                var item = new KilometreThreshold(Zone(row), row.Decimal("minimumOneWayKm"), row.Decimal("deductedKmEachWay"), row.Validity(), row.Sources(), row.Confidence(), row.OptionalString("note"));
                row.EnsureNoUnknownProperty();
                return item;
            }).ToList();
            CheckNoOverlap(thresholds, t => t.Zone, t => t.Validity, "travel.json", "kilometreThresholds");

            var forfaits = Rows("travel.json", "forfaits").Select(row =>
            {
                var item = new Forfait(row.String("code"), row.String("label"), row.Decimal("amount"), row.Validity(), row.Sources(), row.Confidence(), row.OptionalString("note"));
                row.EnsureNoUnknownProperty();
                return item;
            }).ToList();
            _ = Root("travel.json");
            return (flat, specific, rates, thresholds, forfaits);
        }

        private static string Zone(JsonRow row) => row.String("zone") switch
        {
            "plaine" or "montagne" or "pied-ski" => row.String("zone"),
            var other => throw row.Fail($"champ « zone » : plaine, montagne ou pied-ski attendu, « {other} » reçu"),
        };

        private static void CheckNoOverlap<T>(List<T> items, Func<T, string> key, Func<T, Validity> validity, string file, string list)
        {
            for (var i = 0; i < items.Count; i++)
            {
                for (var j = i + 1; j < items.Count; j++)
                {
                    if (key(items[i]) == key(items[j]) && validity(items[i]).Overlaps(validity(items[j])))
                    {
                        throw new CatalogLoadException(file, $"{list}[{j}]", $"périodes qui se chevauchent pour « {key(items[j])} »");
                    }
                }
            }
        }

        private List<Majoration> ReadMajorations()
        {
            var result = Rows("majorations.json", "majorations").Select(row =>
            {
                var item = new Majoration(row.String("code"), row.String("kind"), row.String("label"), row.Decimal("amount"), row.OptionalTime("startsAt"), row.OptionalTime("endsAt"), row.OptionalTime("saturdayFrom"), row.Validity(), row.Sources(), row.Confidence())
                {
                    CallFrom = row.OptionalTime("callFrom"),
                    CallUntil = row.OptionalTime("callUntil"),
                };
                row.EnsureNoUnknownProperty();
                if (item.Kind == "nuit" && (item.StartsAt is null || item.EndsAt is null))
                {
                    throw row.Fail("majoration de nuit sans « startsAt » / « endsAt »");
                }

                if (item.Kind == "nuit" && (item.CallFrom is null || item.CallUntil is null))
                {
                    throw row.Fail("majoration de nuit sans heures d'appel « callFrom » / « callUntil »");
                }

                if (item.Kind == "dimanche-ferie" && item.SaturdayFrom is null)
                {
                    throw row.Fail("majoration de dimanche sans « saturdayFrom »");
                }

                return item;
            }).ToList();
            CheckNoOverlap(result, m => m.Kind, m => m.Validity, "majorations.json", "majorations");
            foreach (var kind in new[] { "nuit", "dimanche-ferie" }.Where(k => result.All(m => m.Kind != k)))
            {
                throw new CatalogLoadException("majorations.json", "majorations", $"majoration « {kind} » manquante");
            }

            return result;
        }

        private List<HolidayRule> ReadHolidays(Dictionary<string, Department> departments)
        {
            return Rows("holidays.json", "holidays").Select(row =>
            {
                var kind = row.String("kind");
                var scope = row.String("scope");
                if (scope is not ("national" or "alsace-moselle") && !departments.ContainsKey(scope))
                {
                    throw row.Fail($"champ « scope » : national, alsace-moselle ou un département attendu, « {scope} » reçu");
                }

                HolidayRule item = kind switch
                {
                    "fixed" => new HolidayRule(row.String("name"), scope, row.Int("month"), row.Int("day"), null, row.Sources(), row.Confidence()),
                    "easter" => new HolidayRule(row.String("name"), scope, null, null, row.Int("offsetDays"), row.Sources(), row.Confidence()),
                    _ => throw row.Fail($"champ « kind » : fixed ou easter attendu, « {kind} » reçu"),
                };
                if (item.Month is { } month && (month is < 1 or > 12 || item.Day is not { } day || day < 1 || day > DateTime.DaysInMonth(2024, month)))
                {
                    throw row.Fail("date fixe impossible");
                }

                row.EnsureNoUnknownProperty();
                return item;
            }).ToList();
        }

        private (List<AmoRate>, List<FeeRule>, RuleParameter, FranchiseRules) ReadCoverage()
        {
            var rates = Rows("coverage.json", "amoRates").Select(row =>
            {
                var item = new AmoRate(row.String("coverage"), row.String("regime"), row.Decimal("rate"), row.Validity(), row.Sources(), row.Confidence(), row.OptionalString("complementary"));
                if (item.Complementary is not (null or "c2s"))
                {
                    throw row.Fail($"champ « complementary » : « c2s » attendu, « {item.Complementary} » reçu");
                }

                row.EnsureNoUnknownProperty();
                if (item.Rate is < 0 or > 1)
                {
                    throw row.Fail("champ « rate » : taux entre 0 et 1 attendu");
                }

                return item;
            }).ToList();
            CheckNoOverlap(rates, r => $"{r.Coverage}/{r.Regime}", r => r.Validity, "coverage.json", "amoRates");
            var fees = Rows("coverage.json", "feeRules").Select(row =>
            {
                var item = new FeeRule(row.String("coverage"), row.RequiredBool("feesAllowed"), row.String("text"), row.Sources(), row.Confidence());
                row.EnsureNoUnknownProperty();
                return item;
            }).ToList();
            var root = Root("coverage.json");
            var thresholdRow = root.Child("quoteThreshold") ?? throw root.Fail("champ « quoteThreshold » manquant");
            var threshold = new RuleParameter("fees.quoteThreshold", thresholdRow.Decimal("amount"), thresholdRow.String("text"), new Validity(DateOnly.MinValue, null), thresholdRow.Sources(), thresholdRow.Confidence());
            thresholdRow.EnsureNoUnknownProperty();
            var franchiseRow = root.Child("franchise") ?? throw root.Fail("champ « franchise » manquant");
            var franchiseRates = franchiseRow.Children("rates", required: true).Select(row =>
            {
                var item = new FranchiseRate(row.Decimal("perAct"), row.Decimal("dailyCap"), row.Decimal("annualCap"), row.Validity(), row.Sources(), row.Confidence());
                row.EnsureNoUnknownProperty();
                if (item.PerAct <= 0 || item.DailyCap < item.PerAct || item.AnnualCap < item.DailyCap)
                {
                    throw row.Fail("franchise : montant par acte positif, plafond journalier ≥ montant par acte et plafond annuel ≥ plafond journalier attendus");
                }

                return item;
            }).ToList();
            CheckNoOverlap(franchiseRates, _ => "franchise", r => r.Validity, "coverage.json", "franchise.rates");
            var exemptions = franchiseRow.Children("exemptions").Select(row =>
            {
                var item = new FranchiseExemption(row.String("coverage"), row.RequiredBool("exempt"), row.String("text"), row.Sources(), row.Confidence());
                row.EnsureNoUnknownProperty();
                return item;
            }).ToList();
            var franchise = new FranchiseRules(franchiseRow.String("text"), franchiseRates, exemptions);
            franchiseRow.EnsureNoUnknownProperty();
            return (rates, fees, threshold, franchise);
        }

        private List<Announcement> ReadAnnouncements(List<KeyLetter> letters)
        {
            return Rows("announcements.json", "announcements").Select(row =>
            {
                var item = new Announcement(row.String("id"), row.Date("announcedFor"), row.Strings("letters"), row.Strings("articles"), row.String("text"), row.Sources(), row.Confidence());
                foreach (var letter in item.Letters.Where(l => letters.All(k => k.Letter != l)))
                {
                    throw row.Fail($"lettre-clé inconnue « {letter} »");
                }

                row.EnsureNoUnknownProperty();
                return item;
            }).ToList();
        }

        private List<RuleParameter> ReadParameters()
        {
            var result = Rows("rules.json", "parameters").Select(row =>
            {
                var item = new RuleParameter(row.String("id"), row.Decimal("value"), row.String("text"), row.Validity(), row.Sources(), row.Confidence());
                row.EnsureNoUnknownProperty();
                return item;
            }).ToList();
            CheckNoOverlap(result, p => p.Id, p => p.Validity, "rules.json", "parameters");
            foreach (var id in RequiredParameters.Where(id => result.All(p => p.Id != id)))
            {
                throw new CatalogLoadException("rules.json", "parameters", $"paramètre « {id} » manquant (utilisé par le moteur de cotation)");
            }

            return result;
        }
    }
}
