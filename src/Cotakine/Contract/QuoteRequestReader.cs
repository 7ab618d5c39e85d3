using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Cotakine.Catalog;
using Cotakine.Quoting;
using Cotakine.Territories;

namespace Cotakine.Contract;

/// <summary>
/// Reads the quote request of the public contract (<c>CONTRACT.md</c>, « cotakine quote ») into a domain
/// <see cref="QuoteRequest"/>, or says in French what is wrong, field by field.
/// </summary>
/// <remarks>
/// <para>The contract is strict on purpose: an unknown property (at any level), a wrong type, a missing required field
/// or a value out of range is invalid input, never silently ignored, because a practice software that misspells
/// <c>sesionNumber</c> must learn it before it bills. Every error found is reported, not only the first.</para>
/// <para>Lenient only where the contract says so: act codes in any case, with a decimal comma and extra spaces
/// (<see cref="ActCode.TryParse"/>). An optional property set to <c>null</c> counts as absent.</para>
/// <para>Beyond the contract (allowed: additions only) the request may carry
/// <c>fees: [{"kind": "depassement" | "hors-nomenclature", "amount": 20, "label": "…"}]</c>.</para>
/// <para>Built on <see cref="JsonDocument"/>, without the reflection serializer, so it stays trimming- and AOT-friendly.</para>
/// </remarks>
public sealed class QuoteRequestReader(NgapCatalog catalog)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    /// <summary>The catalog that resolves départements.</summary>
    public NgapCatalog Catalog { get; } = catalog ?? throw new ArgumentNullException(nameof(catalog));

    /// <summary>Reads a request from JSON text.</summary>
    /// <returns>True with <paramref name="request"/> set when valid; false with at least one error otherwise.</returns>
    public bool TryRead(string? json, [NotNullWhen(true)] out QuoteRequest? request, out IReadOnlyList<ContractError> errors)
    {
        request = null;
        if (string.IsNullOrWhiteSpace(json) || json.Trim('\uFEFF', ' ', '\t', '\r', '\n').Length == 0)
        {
            errors = [new ContractError("", "la requête est vide : un objet JSON est attendu.")];
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.TrimStart('\uFEFF'), DocumentOptions);
        }
        catch (JsonException e)
        {
            errors = [NotJson(e)];
            return false;
        }

        using (document)
        {
            return TryRead(document.RootElement, out request, out errors);
        }
    }

    /// <summary>Reads a request from UTF-8 bytes (a leading byte order mark is allowed).</summary>
    /// <returns>True with <paramref name="request"/> set when valid; false with at least one error otherwise.</returns>
    public bool TryRead(ReadOnlyMemory<byte> utf8, [NotNullWhen(true)] out QuoteRequest? request, out IReadOnlyList<ContractError> errors)
    {
        request = null;
        var span = utf8.Span;
        if (span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
            span = utf8.Span;
        }

        if (span.Trim(" \t\r\n"u8).IsEmpty)
        {
            errors = [new ContractError("", "la requête est vide : un objet JSON est attendu.")];
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException e)
        {
            errors = [NotJson(e)];
            return false;
        }

        using (document)
        {
            return TryRead(document.RootElement, out request, out errors);
        }
    }

    /// <summary>Reads a request from an already parsed JSON value (the web API hands its body here).</summary>
    /// <returns>True with <paramref name="request"/> set when valid; false with at least one error otherwise.</returns>
    public bool TryRead(JsonElement root, [NotNullWhen(true)] out QuoteRequest? request, out IReadOnlyList<ContractError> errors)
    {
        var state = new State(Catalog);
        request = state.ReadRoot(root);
        errors = state.Errors;
        if (state.Errors.Count > 0)
        {
            request = null;
            return false;
        }

        return request is not null;
    }

    private static ContractError NotJson(JsonException e)
    {
        var where = e.LineNumber is { } line
            ? $" (ligne {line + 1}, colonne {(e.BytePositionInLine ?? 0) + 1})"
            : "";
        return new ContractError(e.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : "", $"le texte n'est pas du JSON valide{where}.");
    }

    /// <summary>One read: collects every error with its path.</summary>
    /// <remarks>The allowed names and enum values are static arrays: a request is read on every quote, and building them
    /// per call (with the list of admitted values, needed only for an error message) cost more than the parse.</remarks>
    private sealed class State(NgapCatalog catalog)
    {
        private static readonly string[] RootProperties = ["date", "time", "department", "place", "acts", "urgent", "travel", "series", "patient", "fees"];
        private static readonly string[] TravelProperties = ["distanceKm", "zone", "sameAgglomeration"];
        private static readonly string[] SeriesProperties = ["sessionNumber", "sessionsLast12Months", "dapAgreed", "sessionsToday"];
        private static readonly string[] PatientProperties = ["coverage", "regime"];
        private static readonly string[] FeeProperties = ["kind", "amount", "label"];
        private static readonly (string Name, PlaceOfCare Value)[] Places = [("cabinet", PlaceOfCare.Cabinet), ("domicile", PlaceOfCare.Domicile), ("etablissement", PlaceOfCare.Etablissement)];
        private static readonly (string Name, TravelZone Value)[] Zones = [("plaine", TravelZone.Plaine), ("montagne", TravelZone.Montagne), ("pied-ski", TravelZone.PiedSki)];
        private static readonly (string Name, Coverage Value)[] Coverages = [("standard", Coverage.Standard), ("ald", Coverage.Ald), ("at-mp", Coverage.AtMp), ("maternite", Coverage.Maternite), ("c2s", Coverage.C2s)];
        private static readonly (string Name, Regime Value)[] Regimes = [("general", Regime.General), ("alsace-moselle", Regime.AlsaceMoselle)];
        private static readonly (string Name, FeeKind Value)[] FeeKinds = [("depassement", FeeKind.Depassement), ("hors-nomenclature", FeeKind.HorsNomenclature)];

        public List<ContractError> Errors { get; } = [];

        private void Error(string field, string message) => Errors.Add(new ContractError(field, message));

        public QuoteRequest? ReadRoot(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error("", $"la requête doit être un objet JSON, pas {Describe(root)}.");
                return null;
            }

            var props = Properties(root, "", RootProperties);

            var date = Required(props, "date", "date") is { } d ? ReadDate(d, "date") : null;
            var time = Optional(props, "time") is { } t ? ReadTime(t, "time") : null;
            var department = Required(props, "department", "department") is { } dep ? ReadDepartment(dep, "department") : null;
            var place = Required(props, "place", "place") is { } p
                ? ReadEnum(p, "place", Places)
                : null;
            var acts = Required(props, "acts", "acts") is { } a ? ReadActs(a, "acts") : null;
            var urgent = Optional(props, "urgent") is { } u ? ReadBool(u, "urgent") : false;
            var travel = Optional(props, "travel") is { } tr ? ReadTravel(tr, "travel") : null;
            var series = Optional(props, "series") is { } s ? ReadSeries(s, "series") : null;
            var patient = Optional(props, "patient") is { } pa ? ReadPatient(pa, "patient") : Patient.Default;
            var fees = Optional(props, "fees") is { } f ? ReadFees(f, "fees") : [];

            if (Errors.Count > 0 || date is null || department is null || place is null || acts is null || patient is null || fees is null)
            {
                return null;
            }

            return new QuoteRequest(date.Value, time, department, place.Value, acts, urgent ?? false, travel, series, patient, fees);
        }

        private Props Properties(JsonElement obj, string path, string[] allowed)
        {
            var result = new Props(allowed);
            foreach (var property in obj.EnumerateObject())
            {
                var index = result.IndexOf(property);
                if (index >= 0 && result.TryAdd(index, property.Value))
                {
                    continue;
                }

                var field = Join(path, property.Name);
                if (index < 0)
                {
                    var hint = allowed.FirstOrDefault(n => string.Equals(n, property.Name, StringComparison.OrdinalIgnoreCase));
                    Error(field, hint is null
                        ? $"propriété inconnue (propriétés admises : {string.Join(", ", allowed)})."
                        : $"propriété inconnue ; vouliez-vous dire « {hint} » ? (les noms sont sensibles à la casse)");
                }
                else
                {
                    Error(field, "propriété présente deux fois.");
                }
            }

            return result;
        }

        private JsonElement? Required(Props props, string name, string field)
        {
            if (props.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                return value;
            }

            Error(field, "champ obligatoire manquant.");
            return null;
        }

        private static JsonElement? Optional(Props props, string name) =>
            props.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

        private string? ReadString(JsonElement value, string field, string expected)
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                return value.GetString()!;
            }

            Error(field, $"type incorrect : {expected} attendu, {Describe(value)} reçu.");
            return null;
        }

        private DateOnly? ReadDate(JsonElement value, string field)
        {
            if (ReadString(value, field, "une date « AAAA-MM-JJ »") is not { } text)
            {
                return null;
            }

            if (IsoDate.TryParse(text, out var date))
            {
                if (date < catalog.CoveredFrom)
                {
                    Error(field, $"« {text} » est antérieure à la période couverte par le référentiel (à partir du {catalog.CoveredFrom:dd/MM/yyyy}).");
                    return null;
                }

                return date;
            }

            Error(field, $"« {text} » n'est pas une date valide (format attendu AAAA-MM-JJ, jour existant du calendrier).");
            return null;
        }

        private TimeOnly? ReadTime(JsonElement value, string field)
        {
            if (ReadString(value, field, "une heure « HH:MM »") is not { } text)
            {
                return null;
            }

            if (HourMinute.TryParse(text, out var time))
            {
                return time;
            }

            Error(field, $"« {text} » n'est pas une heure valide (format attendu HH:MM sur 24 h, par exemple « 10:30 »).");
            return null;
        }

        private Department? ReadDepartment(JsonElement value, string field)
        {
            if (ReadString(value, field, "un code de département en chaîne (« 75 », « 2A », « 974 »)") is not { } text)
            {
                return null;
            }

            if (catalog.FindDepartment(text) is { } department)
            {
                return department;
            }

            Error(field, $"« {text} » n'est pas un département connu (attendu : 01…95, 2A, 2B, 971…976).");
            return null;
        }

        private T? ReadEnum<T>(JsonElement value, string field, (string Name, T Value)[] values)
            where T : struct, Enum
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                // Compared without materialising the string: the text is needed only for the error message.
                foreach (var (name, enumValue) in values)
                {
                    if (value.ValueEquals(name))
                    {
                        return enumValue;
                    }
                }
            }

            var names = string.Join(" | ", values.Select(v => v.Name));
            if (ReadString(value, field, $"une chaîne ({names})") is not { } text)
            {
                return null;
            }

            Error(field, $"valeur « {text} » inconnue (valeurs admises : {names}).");
            return null;
        }

        private bool? ReadBool(JsonElement value, string field)
        {
            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return value.GetBoolean();
            }

            Error(field, $"type incorrect : booléen (true ou false) attendu, {Describe(value)} reçu.");
            return null;
        }

        private decimal? ReadDecimal(JsonElement value, string field)
        {
            if (value.ValueKind != JsonValueKind.Number)
            {
                Error(field, $"type incorrect : nombre attendu, {Describe(value)} reçu.");
                return null;
            }

            if (value.TryGetDecimal(out var number))
            {
                return number;
            }

            Error(field, $"nombre hors limites ({value.GetRawText()}).");
            return null;
        }

        private int? ReadInt(JsonElement value, string field)
        {
            if (value.ValueKind != JsonValueKind.Number)
            {
                Error(field, $"type incorrect : nombre entier attendu, {Describe(value)} reçu.");
                return null;
            }

            if (value.TryGetInt32(out var number))
            {
                return number;
            }

            Error(field, $"nombre entier attendu, {value.GetRawText()} reçu.");
            return null;
        }

        private List<ActCode>? ReadActs(JsonElement value, string field)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                Error(field, $"type incorrect : tableau de codes d'actes attendu (par exemple [\"RAM 8.09\"]), {Describe(value)} reçu.");
                return null;
            }

            if (value.GetArrayLength() == 0)
            {
                Error(field, "au moins un code d'acte est attendu (par exemple [\"RAM 8.09\"]).");
                return null;
            }

            var acts = new List<ActCode>();
            var index = 0;
            var before = Errors.Count;
            foreach (var item in value.EnumerateArray())
            {
                var itemIndex = index++;
                if (item.ValueKind == JsonValueKind.String && ActCode.TryParse(item.GetString(), out var code))
                {
                    acts.Add(code);
                    continue;
                }

                // The path (« acts[1] ») is built only for an error.
                var itemField = $"{field}[{itemIndex}]";
                if (ReadString(item, itemField, "un code d'acte en chaîne (« RAM 8.09 »)") is { } text)
                {
                    Error(itemField, $"« {text} » n'est pas un code d'acte (attendu : une lettre-clé et un coefficient, par exemple « RAM 8.09 »).");
                }
            }

            return Errors.Count == before ? acts : null;
        }

        private Travel? ReadTravel(JsonElement value, string field)
        {
            if (!IsObject(value, field, "un objet { distanceKm, zone, sameAgglomeration }"))
            {
                return null;
            }

            var props = Properties(value, field, TravelProperties);
            var distanceField = Join(field, "distanceKm");
            decimal? distance = null;
            if (Required(props, "distanceKm", distanceField) is { } d && ReadDecimal(d, distanceField) is { } km)
            {
                if (km < 0)
                {
                    Error(distanceField, $"la distance doit être positive ou nulle ({d.GetRawText()} reçu).");
                }
                else
                {
                    distance = km;
                }
            }

            var zone = Optional(props, "zone") is { } z
                ? ReadEnum(z, Join(field, "zone"), Zones)
                : TravelZone.Plaine;
            var same = Optional(props, "sameAgglomeration") is { } s ? ReadBool(s, Join(field, "sameAgglomeration")) : false;
            return distance is { } dist && zone is { } zn && same is { } sm ? new Travel(dist, zn, sm) : null;
        }

        private SeriesPosition? ReadSeries(JsonElement value, string field)
        {
            if (!IsObject(value, field, "un objet { sessionNumber, sessionsLast12Months, dapAgreed }"))
            {
                return null;
            }

            var props = Properties(value, field, SeriesProperties);
            int? number = 1;
            if (Optional(props, "sessionNumber") is { } n)
            {
                var numberField = Join(field, "sessionNumber");
                number = ReadInt(n, numberField);
                if (number < 1)
                {
                    Error(numberField, $"le rang de la séance commence à 1 ({n.GetRawText()} reçu).");
                    number = null;
                }
            }

            int? last = 0;
            if (Optional(props, "sessionsLast12Months") is { } l)
            {
                var lastField = Join(field, "sessionsLast12Months");
                last = ReadInt(l, lastField);
                if (last < 0)
                {
                    Error(lastField, $"le nombre de séances doit être positif ou nul ({l.GetRawText()} reçu).");
                    last = null;
                }
            }

            int? today = 0;
            if (Optional(props, "sessionsToday") is { } t)
            {
                var todayField = Join(field, "sessionsToday");
                today = ReadInt(t, todayField);
                if (today < 0)
                {
                    Error(todayField, $"le nombre de séances déjà facturées ce jour doit être positif ou nul ({t.GetRawText()} reçu).");
                    today = null;
                }
            }

            var dap = Optional(props, "dapAgreed") is { } a ? ReadBool(a, Join(field, "dapAgreed")) : false;
            return number is { } nb && last is { } ls && dap is { } dp && today is { } td ? new SeriesPosition(nb, ls, dp, td) : null;
        }

        private Patient? ReadPatient(JsonElement value, string field)
        {
            if (!IsObject(value, field, "un objet { coverage, regime }"))
            {
                return null;
            }

            var props = Properties(value, field, PatientProperties);
            var coverage = Optional(props, "coverage") is { } c
                ? ReadEnum(c, Join(field, "coverage"), Coverages)
                : Coverage.Standard;
            var regime = Optional(props, "regime") is { } r
                ? ReadEnum(r, Join(field, "regime"), Regimes)
                : Regime.General;
            return coverage is { } cv && regime is { } rg ? new Patient(cv, rg) : null;
        }

        private List<Fee>? ReadFees(JsonElement value, string field)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                Error(field, $"type incorrect : tableau attendu, {Describe(value)} reçu.");
                return null;
            }

            var fees = new List<Fee>();
            var index = 0;
            var before = Errors.Count;
            foreach (var item in value.EnumerateArray())
            {
                var itemField = $"{field}[{index++}]";
                if (!IsObject(item, itemField, "un objet { kind, amount, label }"))
                {
                    continue;
                }

                var props = Properties(item, itemField, FeeProperties);
                var kind = Required(props, "kind", Join(itemField, "kind")) is { } k
                    ? ReadEnum(k, Join(itemField, "kind"), FeeKinds)
                    : null;
                decimal? amount = null;
                var amountField = Join(itemField, "amount");
                if (Required(props, "amount", amountField) is { } a && ReadDecimal(a, amountField) is { } euros)
                {
                    if (euros <= 0)
                    {
                        Error(amountField, $"le montant doit être strictement positif ({a.GetRawText()} reçu).");
                    }
                    else if (euros != Math.Round(euros, 2))
                    {
                        Error(amountField, $"le montant a au plus deux décimales ({a.GetRawText()} reçu).");
                    }
                    else
                    {
                        amount = euros;
                    }
                }

                var label = Optional(props, "label") is { } lb ? ReadString(lb, Join(itemField, "label"), "une chaîne") : null;
                if (kind is { } kd && amount is { } am)
                {
                    fees.Add(new Fee(kd, am, label));
                }
            }

            return Errors.Count == before ? fees : null;
        }

        private bool IsObject(JsonElement value, string field, string expected)
        {
            if (value.ValueKind == JsonValueKind.Object)
            {
                return true;
            }

            Error(field, $"type incorrect : {expected} attendu, {Describe(value)} reçu.");
            return false;
        }

        /// <summary>
        /// The properties of one object by allowed name: an array in the order of the allowed names, compared on the UTF-8
        /// bytes, instead of a dictionary of materialised names per object.
        /// </summary>
        private readonly struct Props(string[] allowed)
        {
            private readonly JsonElement?[] _values = new JsonElement?[allowed.Length];

            public int IndexOf(JsonProperty property)
            {
                for (var i = 0; i < allowed.Length; i++)
                {
                    if (property.NameEquals(allowed[i]))
                    {
                        return i;
                    }
                }

                return -1;
            }

            /// <summary>Keeps the first value of a name; false when the name was already present.</summary>
            public bool TryAdd(int index, JsonElement value)
            {
                if (_values[index] is not null)
                {
                    return false;
                }

                _values[index] = value;
                return true;
            }

            public bool TryGetValue(string name, out JsonElement value)
            {
                var index = Array.IndexOf(allowed, name);
                if (index >= 0 && _values[index] is { } found)
                {
                    value = found;
                    return true;
                }

                value = default;
                return false;
            }
        }

        private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

        private static string Describe(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Object => "un objet",
            JsonValueKind.Array => "un tableau",
            JsonValueKind.String => $"la chaîne « {value.GetString()} »",
            JsonValueKind.Number => $"le nombre {value.GetRawText()}",
            JsonValueKind.True or JsonValueKind.False => $"le booléen {value.GetRawText()}",
            JsonValueKind.Null => "null",
            _ => "une valeur",
        };
    }
}
