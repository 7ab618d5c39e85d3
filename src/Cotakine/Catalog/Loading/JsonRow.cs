using System.Globalization;
using System.Text.Json;

namespace Cotakine.Catalog.Loading;

/// <summary>
/// Reads one row of a data file and fails with the file, the row and the reason. It remembers which properties were
/// read so that a misspelt or unknown property is an error instead of being silently ignored.
/// </summary>
internal sealed class JsonRow
{
    private readonly JsonElement _element;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> _knownSources;

    public JsonRow(JsonElement element, string file, string row, IReadOnlySet<string> knownSources)
    {
        _element = element;
        File = file;
        Row = row;
        _knownSources = knownSources;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail("un objet JSON est attendu");
        }
    }

    public string File { get; }

    public string Row { get; set; }

    public CatalogLoadException Fail(string reason) => new(File, Row, reason);

    private JsonElement? Get(string name)
    {
        _read.Add(name);
        return _element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
    }

    private JsonElement Required(string name) => Get(name) ?? throw Fail($"champ « {name} » manquant");

    public string String(string name)
    {
        var value = Required(name);
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw Fail($"champ « {name} » : texte non vide attendu");
        }

        return value.GetString()!;
    }

    public string? OptionalString(string name)
    {
        if (Get(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Fail($"champ « {name} » : texte attendu");
        }

        return value.GetString();
    }

    public decimal Decimal(string name) => ReadDecimal(name, Required(name));

    public decimal? OptionalDecimal(string name) => Get(name) is { } value ? ReadDecimal(name, value) : null;

    private decimal ReadDecimal(string name, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var result))
        {
            throw Fail($"champ « {name} » : nombre attendu");
        }

        return result;
    }

    public int Int(string name) => (int)ReadInt(name, Required(name));

    public int? OptionalInt(string name) => Get(name) is { } value ? (int)ReadInt(name, value) : null;

    private long ReadInt(string name, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var result))
        {
            throw Fail($"champ « {name} » : nombre entier attendu");
        }

        return result;
    }

    public bool Bool(string name, bool defaultValue = false)
    {
        var value = Get(name);
        return value switch
        {
            null => defaultValue,
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            _ => throw Fail($"champ « {name} » : true ou false attendu"),
        };
    }

    public bool RequiredBool(string name)
    {
        _ = Required(name);
        return Bool(name);
    }

    public DateOnly Date(string name) => ParseDate(name, String(name));

    public DateOnly? OptionalDate(string name) => OptionalString(name) is { } text ? ParseDate(name, text) : null;

    private DateOnly ParseDate(string name, string text) =>
        IsoDate.TryParse(text, out var date)
            ? date
            : throw Fail($"champ « {name} » : date AAAA-MM-JJ attendue, « {text} » reçu");

    public TimeOnly? OptionalTime(string name) =>
        OptionalString(name) is not { } text ? null
        : HourMinute.TryParse(text, out var time) ? time
        : throw Fail($"champ « {name} » : heure HH:MM attendue, « {text} » reçu");

    public Validity Validity()
    {
        var from = Date("validFrom");
        _read.Add("validTo");
        if (!_element.TryGetProperty("validTo", out _))
        {
            throw Fail("champ « validTo » manquant (null pour une période sans fin)");
        }

        var to = OptionalDate("validTo");
        if (to is { } end && end < from)
        {
            throw Fail($"période vide : validTo {to:yyyy-MM-dd} avant validFrom {from:yyyy-MM-dd}");
        }

        return new Validity(from, to);
    }

    public IReadOnlyList<string> Strings(string name, bool required = true)
    {
        if ((required ? Required(name) : Get(name)) is not { } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Fail($"champ « {name} » : liste attendue");
        }

        var list = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw Fail($"champ « {name} » : liste de textes attendue");
            }

            list.Add(item.GetString()!);
        }

        return list;
    }

    public IReadOnlyList<string> Sources(string name = "source")
    {
        var text = String(name);
        var sources = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var source in sources)
        {
            if (!_knownSources.Contains(source))
            {
                throw Fail($"source inconnue « {source} » (à déclarer dans catalog.json)");
            }
        }

        return sources;
    }

    public Confidence Confidence(string name = "confidence") => String(name) switch
    {
        "sure" => Catalog.Confidence.Sure,
        "likely" => Catalog.Confidence.Likely,
        "unsure" => Catalog.Confidence.Unsure,
        var other => throw Fail($"champ « {name} » : sure, likely ou unsure attendu, « {other} » reçu"),
    };

    public JsonRow? Child(string name)
    {
        return Get(name) is { } value ? new JsonRow(value, File, $"{Row}.{name}", _knownSources) : null;
    }

    public IEnumerable<JsonRow> Children(string name, bool required = false)
    {
        if ((required ? Required(name) : Get(name)) is not { } value)
        {
            yield break;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Fail($"champ « {name} » : liste attendue");
        }

        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return new JsonRow(item, File, string.Concat(Row, ".", name, RowIndex(index++)), _knownSources);
        }
    }

    /// <summary>
    /// « [3] »: written without string interpolation of an int, whose generic formatting method the runtime compiled
    /// at every start of the command line.
    /// </summary>
    internal static string RowIndex(int index) => "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>Fails when the row holds a property that no reader asked for (a typo, or a field the code ignores).</summary>
    public void EnsureNoUnknownProperty()
    {
        foreach (var property in _element.EnumerateObject())
        {
            if (!_read.Contains(property.Name) && property.Name != "$comment")
            {
                throw Fail($"champ inconnu « {property.Name} »");
            }
        }
    }
}
