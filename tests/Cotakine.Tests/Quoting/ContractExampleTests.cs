using Cotakine.Quoting;
using Cotakine.Territories;

namespace Cotakine.Tests.Quoting;

public class ContractExampleTests
{
    [Fact]
    public void Contract_example_comes_out_exactly()
    {
        // Source: CONTRACT.md, `cotakine quote` request and response example.
        var quote = QuoteRequests.Session("2026-03-12", "RAM 8.09", "AMK 10.7").At("10:30").AtHome(8.0m).Series(1).Quote();

        Assert.Equal(new DateOnly(2026, 3, 12), quote.Date);
        Assert.Equal(TerritoryKind.Metro, quote.Territory);
        Assert.Equal(2.21m, quote.PointValue);
        Assert.Collection(
            quote.Lines,
            l => Assert.Equal(("RAM 8.09", LineKind.Act, 1m, 17.88m, 1.0m, 17.88m), (l.Code, l.Kind, l.Quantity, l.UnitPrice, l.Rate, l.Amount)),
            l => Assert.Equal(("AMK 10.7", LineKind.Bilan, 1m, 23.65m, 1.0m, 23.65m), (l.Code, l.Kind, l.Quantity, l.UnitPrice, l.Rate, l.Amount)),
            l => Assert.Equal(("IFD", LineKind.Travel, 1m, 2.50m, 1.0m, 2.50m), (l.Code, l.Kind, l.Quantity, l.UnitPrice, l.Rate, l.Amount)),
            l => Assert.Equal(("IK", LineKind.Travel, 12m, 0.38m, 1.0m, 4.56m), (l.Code, l.Kind, l.Quantity, l.UnitPrice, l.Rate, l.Amount)));
        Assert.Equal(48.59m, quote.Total);
        Assert.Equal(29.15m, quote.Amo);
        Assert.Equal(19.44m, quote.PatientShare);
        Assert.Empty(quote.Issues);
        Assert.True(quote.IsBillable);
    }

    [Fact]
    public void Every_line_says_its_rule_and_source_in_french()
    {
        // Source: brief — « Acte RIC 8.08 : coefficient 8.08 × valeur du point 2,21 € (métropole) — NGAP Titre XIV chap. II art. 1er ; source AV7 ».
        var quote = QuoteRequests.Session("2026-03-12", "RIC 8.08").Quote();
        var rule = quote.Line("RIC 8.08").Rule;
        Assert.StartsWith("Acte RIC 8.08 : coefficient 8.08 × valeur du point 2,21 € (métropole) — NGAP Titre XIV, chap. II, art. 1er", rule);
        Assert.Contains("source AV7", rule);
    }

    [Fact]
    public void Rule_identifiers_are_exactly_the_contract_table()
    {
        // Source: CONTRACT.md 1.1 (copied in Fixtures/contract-1.1.md), « Rule identifiers » (DAP_DUE_SOON and NOT_SUPPORTED added in 1.1).
        var table = File.ReadAllLines(Fixtures.Contract)
            .SkipWhile(l => !l.StartsWith("### Rule identifiers", StringComparison.Ordinal))
            .Skip(1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('`')[1])
            .ToList();
        Assert.Contains("DAP_DUE_SOON", table);
        Assert.Equal(table, RuleId.All);
    }

    [Fact]
    public void Every_issue_rule_is_a_contract_identifier()
    {
        // Source: CONTRACT.md « Rule identifiers ».
        var ids = RuleId.All;
        var quote = QuoteRequests.Session("2026-03-15", "ARL 8.49", "RAM 8.09", "NMI 8.5", "XYZ 3", "AMK 10.8").At("21:00").AtHome(1)
            .Series(40).WithFee(FeeKind.HorsNomenclature, 80).Quote();
        Assert.NotEmpty(quote.Issues);
        Assert.All(quote.Issues, i => Assert.Contains(i.Rule, ids));
    }
}
