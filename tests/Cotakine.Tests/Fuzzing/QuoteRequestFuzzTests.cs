using System.Text;
using System.Text.Json.Nodes;
using Cotakine.Catalog.Loading;
using Cotakine.Contract;
using Cotakine.Quoting;
using FsCheck;
using FsCheck.Fluent;

namespace Cotakine.Tests.Fuzzing;

/// <summary>
/// Hostile quote requests (issue 6): random bytes, and valid requests mutated field by field (wrong types, out-of-range
/// numbers, unknown properties, odd strings, truncated text). The reader must either accept the request — and then the
/// engine must quote it without throwing, with a total equal to the sum of its lines — or reject it with errors that each
/// name a field and give a French reason. Never an exception. Bounded: a fixed number of cases per run.
/// </summary>
public sealed class QuoteRequestFuzzTests
{
    private static readonly QuoteRequestReader Reader = new(CatalogLoader.Embedded);
    private static readonly QuoteEngine Engine = new(CatalogLoader.Embedded);

    private const string Valid = """
        {"date":"2026-03-12","time":"10:30","department":"75","place":"domicile","acts":["RAM 8.09","AMK 10.7"],
         "urgent":false,"travel":{"distanceKm":8.0,"zone":"plaine","sameAgglomeration":false},
         "series":{"sessionNumber":1,"sessionsLast12Months":0,"dapAgreed":false},
         "patient":{"coverage":"standard","regime":"general"}}
        """;

    private static readonly JsonNode?[] Values =
    [
        null, JsonValue.Create(-1), JsonValue.Create(0), JsonValue.Create(1e300), JsonValue.Create(3.14159), JsonValue.Create(""),
        JsonValue.Create("2026-02-30"), JsonValue.Create("24:61"), JsonValue.Create("9999-12-31"), JsonValue.Create("0001-01-01"),
        JsonValue.Create("RAM 8.09"), JsonValue.Create("ARL 8.49"), JsonValue.Create("AMS 7.5"), JsonValue.Create("ZZZ 1"),
        JsonValue.Create("974"), JsonValue.Create("2A"), JsonValue.Create("00"), JsonValue.Create("montagne"), JsonValue.Create("pied-ski"),
        JsonValue.Create("c2s"), JsonValue.Create("alsace-moselle"), JsonValue.Create("\u0000\uFFFF"), JsonValue.Create(true),
        JsonValue.Create(int.MaxValue), JsonValue.Create(-0.0001), new JsonArray(), new JsonObject(),
        new JsonArray("RIC 8.08", "ARL 8.49", "AMK 10.8", "RAV 1"), new JsonArray(JsonValue.Create(1)),
        new JsonObject { ["kind"] = "hors-nomenclature", ["amount"] = 80 },
    ];

    private static readonly string[] Paths =
    [
        "date", "time", "department", "place", "acts", "urgent", "travel", "series", "patient", "fees", "travel.distanceKm",
        "travel.zone", "travel.sameAgglomeration", "series.sessionNumber", "series.sessionsLast12Months", "series.dapAgreed",
        "patient.coverage", "patient.regime", "inconnu", "travel.inconnu", "acts.0", "acts.1",
    ];

    private static string Mutate(int seed)
    {
        var random = new Random(seed);
        var root = JsonNode.Parse(Valid)!.AsObject();
        for (var i = 0; i < 1 + random.Next(4); i++)
        {
            var path = Paths[random.Next(Paths.Length)].Split('.');
            JsonNode? parent = root;
            for (var p = 0; p < path.Length - 1 && parent is not null; p++)
            {
                parent = parent[path[p]];
            }

            var value = Values[random.Next(Values.Length)]?.DeepClone();
            switch (parent)
            {
                case JsonObject o when random.Next(5) == 0:
                    o.Remove(path[^1]);
                    break;
                case JsonObject o:
                    o[path[^1]] = value;
                    break;
                case JsonArray a when int.TryParse(path[^1], out var index) && index < a.Count:
                    a[index] = value;
                    break;
            }
        }

        var json = root.ToJsonString();
        return random.Next(12) == 0 ? json[..random.Next(json.Length)] : json;
    }

    private static bool Holds(string json)
    {
        if (Reader.TryRead(json, out var request, out var errors))
        {
            var quote = Engine.Quote(request);
            return quote.Total == quote.Lines.Sum(l => l.Amount) && quote.Amo + quote.PatientShare == quote.Total;
        }

        // A root-level error (empty input, not JSON, not an object) has no field: its message names the request itself.
        return errors.Count > 0 && errors.All(e => e.Message.Length > 0 && (e.Field.Length > 0 || e.Message.Contains("JSON", StringComparison.Ordinal) || e.Message.Contains("requête", StringComparison.Ordinal)));
    }

    [Fact]
    public void Mutated_requests_are_quoted_or_rejected_with_named_fields()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(FuzzBudget.Cases(2000)), Prop.ForAll(Gen.Choose(0, int.MaxValue - 1).ToArbitrary(), seed => Holds(Mutate(seed))));
    }

    [Fact]
    public void Random_text_is_rejected_without_exception()
    {
        var text = Gen.Elements('{', '}', '[', ']', '"', ':', ',', 'a', '1', '.', '-', ' ', 'é', '\\', 'n', 't', 'e')
            .ArrayOf()
            .Select(chars => new string(chars));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(FuzzBudget.Cases(2000)), Prop.ForAll(text.ToArbitrary(), json => Holds(json)));
    }

    [Fact]
    public void The_unmutated_request_is_accepted()
    {
        // Guards the harness: the seed request itself must be valid, or every mutation would be trivially rejected.
        Assert.True(Reader.TryRead(Valid, out _, out var errors), string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void A_date_before_the_data_is_invalid_input_not_a_crash()
    {
        // Found by the mutation run above: « 0001-01-01 » reached the engine, which has no AMO rate or point value then.
        var json = Valid.Replace("2026-03-12", "2011-12-31", StringComparison.Ordinal);
        Assert.False(Reader.TryRead(json, out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal("date", error.Field);
        Assert.Contains("15/07/2012", error.Message, StringComparison.Ordinal);
    }
}
