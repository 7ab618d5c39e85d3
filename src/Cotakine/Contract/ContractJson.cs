using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cotakine.Catalog;
using Cotakine.Money;
using Cotakine.Quoting;

namespace Cotakine.Contract;

/// <summary>
/// Writes the JSON outputs of the public contract (<c>CONTRACT.md</c>): search results, act show and quote response,
/// with exactly its property names and order. The CLI prints them; the web API returns the same bytes.
/// </summary>
/// <remarks>
/// <para>Text is written with a relaxed encoder: « é » stays « é », not <c>\u00e9</c> (the JSON is read by people too).</para>
/// <para>Amounts in euros (prices, point values, totals) go through <see cref="MoneyRounding.ToCent"/> and are written
/// with two decimals (<c>16.53</c>, <c>2.50</c>); coefficients and quantities without trailing zeros (<c>7.5</c>,
/// <c>12</c>); rates with at least one decimal (<c>1.0</c>, <c>0.5</c>). Codes are canonical (<see cref="ActCode.ToString"/>),
/// dates <c>YYYY-MM-DD</c>.</para>
/// <para>The contract allows additions, never removals or renames: beyond it, outputs carry <c>id</c>,
/// <c>catalogVersion</c>, <c>confidence</c>, <c>planned</c>, <c>notes</c>, the resolved <c>sources</c> and, on a quote,
/// <c>franchise</c> (what the caisse withholds from the patient's reimbursement, never deducted from the total).
/// Contract 1.1 adds <c>c2s</c> after <c>patientShare</c>, for a C2S patient only.</para>
/// </remarks>
public static class ContractJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>The writer options every contract output uses (relaxed encoder), indented or not.</summary>
    public static JsonWriterOptions WriterOptions(bool indented = false) => indented ? Indented : Compact;

    /// <summary>The search results array (<c>acts search</c>), best first.</summary>
    public static string SearchResults(IEnumerable<PricedAct> results, bool indented = false) =>
        ToText(w => WriteSearchResults(w, results), indented);

    /// <summary>The suggested acts (<c>acts suggest</c>, contract 1.1), best first, each with why.</summary>
    public static string Suggestions(IEnumerable<(PricedAct Act, IReadOnlyList<string> Because)> suggestions, bool indented = false) =>
        ToText(w => WriteSuggestions(w, suggestions), indented);

    /// <summary>One act as in force on a date at a place of care (<c>acts show</c>).</summary>
    public static string ActShow(PricedAct act, NgapCatalog catalog, bool indented = false) =>
        ToText(w => WriteActShow(w, act, catalog), indented);

    /// <summary>The quote response (<c>quote</c>).</summary>
    public static string Quote(Quote quote, bool indented = false) =>
        ToText(w => WriteQuote(w, quote), indented);

    /// <summary>Writes the search results array.</summary>
    public static void WriteSearchResults(Utf8JsonWriter writer, IEnumerable<PricedAct> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        writer.WriteStartArray();
        foreach (var result in results)
        {
            writer.WriteStartObject();
            WriteFoundAct(writer, result);
            WriteFoundActAdditions(writer, result);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the suggestions array: the search fields, then <c>because</c> (French reasons), then the additions.</summary>
    public static void WriteSuggestions(Utf8JsonWriter writer, IEnumerable<(PricedAct Act, IReadOnlyList<string> Because)> suggestions)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(suggestions);
        writer.WriteStartArray();
        foreach (var (act, because) in suggestions)
        {
            writer.WriteStartObject();
            WriteFoundAct(writer, act);
            writer.WriteStartArray("because");
            foreach (var reason in because)
            {
                writer.WriteStringValue(reason);
            }

            writer.WriteEndArray();
            WriteFoundActAdditions(writer, act);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one act as in force on a date at a place of care.</summary>
    public static void WriteActShow(Utf8JsonWriter writer, PricedAct act, NgapCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(catalog);
        var version = act.Version;
        var period = version.Period;
        writer.WriteStartObject();
        writer.WriteString("code", version.Code.ToString());
        writer.WriteString("letter", version.Act.Letter);
        WriteNumber(writer, "coefficient", Normalize(version.Coefficient));
        writer.WriteString("label", version.Act.Label);
        writer.WriteString("article", version.Act.ArticleLabel);
        WriteEuros(writer, "price", act.Price);
        WriteEuros(writer, "pointValue", act.PointValue);
        writer.WriteString("territory", act.TerritoryName);
        writer.WriteBoolean("referentiel", version.Act.Referentiel);
        if (version.Act.Referentiel && version.Act.Dap is { } dap)
        {
            writer.WriteNumber("sessionsBeforeDap", dap.SessionsBeforeDap);
        }
        else
        {
            writer.WriteNull("sessionsBeforeDap");
        }

        writer.WriteString("validFrom", IsoDate.Format(period.Validity.From));
        if (period.Validity.To is { } to)
        {
            writer.WriteString("validTo", IsoDate.Format(to));
        }
        else
        {
            writer.WriteNull("validTo");
        }

        writer.WriteString("source", string.Join("; ", period.Sources));

        // Additions beyond the contract.
        writer.WriteString("id", version.Act.Id);
        writer.WriteString("kind", KindName(version.Act.Kind));
        writer.WriteString("date", IsoDate.Format(act.Date));
        writer.WriteString("confidence", ConfidenceName(period.Confidence));
        writer.WriteBoolean("planned", period.Planned);
        writer.WriteStartArray("sources");
        foreach (var key in period.Sources)
        {
            writer.WriteStartObject();
            writer.WriteString("key", key);
            writer.WriteString("reference", catalog.Sources.GetValueOrDefault(key) ?? key);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("notes");
        foreach (var note in version.Act.Notes)
        {
            writer.WriteStartObject();
            writer.WriteString("text", note.Text);
            writer.WriteString("confidence", ConfidenceName(note.Confidence));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("catalogVersion", catalog.Version);
        writer.WriteEndObject();
    }

    /// <summary>Writes the quote response.</summary>
    public static void WriteQuote(Utf8JsonWriter writer, Quote quote)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(quote);
        writer.WriteStartObject();
        writer.WriteString("date", IsoDate.Format(quote.Date));
        writer.WriteString("territory", quote.Territory == Territories.TerritoryKind.Drom ? "drom" : "metro");
        WriteEuros(writer, "pointValue", quote.PointValue);
        writer.WriteStartArray("lines");
        foreach (var line in quote.Lines)
        {
            writer.WriteStartObject();
            writer.WriteString("code", line.Code);
            writer.WriteString("kind", LineKindName(line.Kind));
            writer.WriteString("label", line.Label);
            WriteNumber(writer, "quantity", Normalize(line.Quantity));
            WriteEuros(writer, "unitPrice", line.UnitPrice);
            WriteNumber(writer, "rate", Rate(line.Rate));
            WriteEuros(writer, "amount", line.Amount);
            writer.WriteString("rule", line.Rule);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteEuros(writer, "total", quote.Total);
        WriteEuros(writer, "amo", quote.Amo);
        WriteEuros(writer, "patientShare", quote.PatientShare);
        if (quote.C2s is { } c2s)
        {
            // Contract 1.1: the complémentaire santé solidaire's share, for a C2S patient only.
            WriteEuros(writer, "c2s", c2s);
        }

        writer.WriteStartArray("issues");
        foreach (var issue in quote.Issues)
        {
            writer.WriteStartObject();
            writer.WriteString("severity", SeverityName(issue.Severity));
            writer.WriteString("rule", issue.Rule);
            writer.WriteString("message", issue.Message);
            if (issue.Code is not null)
            {
                writer.WriteString("code", issue.Code);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (quote.Franchise is { } franchise)
        {
            writer.WriteStartObject("franchise");
            WriteEuros(writer, "amount", franchise.Amount);
            WriteEuros(writer, "perAct", franchise.PerAct);
            writer.WriteNumber("acts", franchise.Acts);
            WriteEuros(writer, "dailyCap", franchise.DailyCap);
            WriteEuros(writer, "annualCap", franchise.AnnualCap);
            writer.WriteBoolean("exempt", franchise.Exempt);
            writer.WriteString("note", franchise.Note);
            writer.WriteString("source", string.Join("; ", franchise.Sources));
            writer.WriteString("confidence", ConfidenceName(franchise.Confidence));
            writer.WriteEndObject();
        }

        writer.WriteString("catalogVersion", quote.CatalogVersion);
        writer.WriteEndObject();
    }

    /// <summary>The contract's name of a line kind (<c>act</c>, <c>bilan</c>, <c>supplement</c>, <c>travel</c>, <c>majoration</c>, <c>fee</c>).</summary>
    public static string LineKindName(LineKind kind) => kind switch
    {
        LineKind.Act => "act",
        LineKind.Bilan => "bilan",
        LineKind.Supplement => "supplement",
        LineKind.Travel => "travel",
        LineKind.Majoration => "majoration",
        LineKind.Fee => "fee",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The contract's name of a severity (<c>error</c>, <c>warning</c>, <c>info</c>).</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    private static string KindName(ActKind kind) => kind switch
    {
        ActKind.Bilan => "bilan",
        ActKind.Supplement => "supplement",
        _ => "act",
    };

    private static string ConfidenceName(Confidence confidence) => confidence switch
    {
        Confidence.Sure => "sure",
        Confidence.Likely => "likely",
        _ => "unsure",
    };

    /// <summary>The contract fields of a found act (search, suggest): code, letter, coefficient, label, price.</summary>
    private static void WriteFoundAct(Utf8JsonWriter writer, PricedAct act)
    {
        var version = act.Version;
        writer.WriteString("code", version.Code.ToString());
        writer.WriteString("letter", version.Act.Letter);
        WriteNumber(writer, "coefficient", Normalize(version.Coefficient));
        writer.WriteString("label", version.Act.Label);
        WriteEuros(writer, "price", act.Price);
    }

    /// <summary>The additions beyond the contract of a found act: id, short label, kind.</summary>
    private static void WriteFoundActAdditions(Utf8JsonWriter writer, PricedAct act)
    {
        writer.WriteString("id", act.Version.Act.Id);
        writer.WriteString("shortLabel", act.Version.Act.ShortLabel);
        writer.WriteString("kind", KindName(act.Version.Act.Kind));
    }

    private static string ToText(Action<Utf8JsonWriter> write, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(indented)))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteEuros(Utf8JsonWriter writer, string name, decimal? amount)
    {
        if (amount is { } value)
        {
            // Rounded to the cent, then given a scale of two: 2.5 → 2.50, 16.530 → 16.53.
            writer.WriteNumber(name, MoneyRounding.ToCent(value) + 0.00m);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal value) => writer.WriteNumber(name, value);

    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    private static decimal Rate(decimal rate)
    {
        var normalized = Normalize(rate);
        return normalized.Scale == 0 ? normalized + 0.0m : normalized;
    }
}
