using System.Globalization;
using System.Text.RegularExpressions;
using Cotakine.Catalog;
using Cotakine.Catalog.Loading;
using Cotakine.Money;
using Cotakine.Territories;

namespace Cotakine.Tests.Catalog;

/// <summary>
/// Source: seed 001, copied in <c>Fixtures/seed-001-doctolib-ngap-2024.txt</c> (SEED-Doctolib guide, « Cotation 2024 » tables with « Tarif dès février 2024 » at 2,21 €).
/// Every row of the seed's act tables is checked against the data: the code exists on 22 February 2024, with the seed's
/// label and price — or the data records a deviation from the seed (field, what the seed says, why).
/// </summary>
public sealed partial class SeedTableTests
{
    private static readonly DateOnly ReformDay = new(2024, 2, 22);
    private static readonly NgapCatalog Catalog = CatalogLoader.Embedded;

    public sealed record SeedRow(string Code, string Label, string OldCode, string Price, string Referentiel, string Sessions)
    {
        public override string ToString() => Code;
    }

    public static IReadOnlyList<SeedRow> Rows { get; } = ReadRows();

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var row in Rows)
        {
            data.Add(row.Code);
        }

        return data;
    }

    private static List<SeedRow> ReadRows()
    {
        var rows = new List<SeedRow>();
        foreach (var line in File.ReadAllLines(Fixtures.Seed001))
        {
            var cells = line.Split('\t');
            if (cells.Length == 6 && CodeCell().IsMatch(cells[2].Trim()))
            {
                rows.Add(new SeedRow(cells[2].Trim(), cells[0].Trim(), cells[1].Trim(), cells[3].Trim(), cells[4].Trim(), cells[5].Trim()));
            }
        }

        return rows;
    }

    [GeneratedRegex(@"^[A-Z]{3} \d+(\.\d+)?$")]
    private static partial Regex CodeCell();

    private static SeedRow Row(string code) => Rows.Single(r => r.Code == code);

    /// <summary>The day the seed's row is checked: 22 February 2024, or the act's first day when the data records that the seed is wrong about it.</summary>
    private static DateOnly SeedDay(string seedCode)
    {
        var act = Catalog.History(ActCode.Parse(seedCode)).FirstOrDefault()?.Act;
        return act is not null && act.Deviations.Any(d => d.Field == "validFrom") ? act.FirstDay : ReformDay;
    }

    private static Act ActOf(string seedCode) =>
        Catalog.Find(ActCode.Parse(seedCode), SeedDay(seedCode))?.Act ?? throw new Xunit.Sdk.XunitException($"{seedCode} absent du référentiel au 22/02/2024");

    [Fact]
    public void The_seed_holds_the_whole_2024_table()
    {
        // The Doctolib guide lists 84 coded rows (RPE 6 is missing from it, see ngap-facts §D note 1).
        Assert.Equal(84, Rows.Count);
        Assert.Equal(Rows.Count, Rows.Select(r => ActCode.Parse(r.Code)).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_seed_code_is_in_force_on_22_February_2024_or_its_start_is_recorded(string code)
    {
        var version = Catalog.Find(ActCode.Parse(code), SeedDay(code));
        Assert.NotNull(version);
        if (SeedDay(code) != ReformDay)
        {
            Assert.Contains(version.Act.Deviations, d => d.Field == "validFrom" && d.Source == "SEED-Doctolib");
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_seed_label_matches_or_the_deviation_is_recorded(string code)
    {
        var row = Row(code);
        var act = ActOf(code);
        if (act.Label != row.Label)
        {
            var deviation = act.Deviations.SingleOrDefault(d => d.Field == "label" && d.Source == "SEED-Doctolib");
            Assert.True(deviation is not null, $"{code} : libellé différent du seed sans écart documenté.\n seed : {row.Label}\n data : {act.Label}");
            Assert.Equal(row.Label, deviation!.Theirs);
            Assert.False(string.IsNullOrWhiteSpace(deviation.Why));
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_seed_price_matches_or_the_deviation_is_recorded(string code)
    {
        var row = Row(code);
        var version = Catalog.Find(ActCode.Parse(code), SeedDay(code))!;
        var point = Catalog.PointValue(version.Act.Letter, TerritoryKind.Metro, SeedDay(code))!.Value;
        var price = MoneyRounding.Price(version.Coefficient, point);
        var seedPrice = row.Price.Replace("€", string.Empty, StringComparison.Ordinal).Trim();
        if (seedPrice.Length == 0)
        {
            var deviation = version.Act.Deviations.SingleOrDefault(d => d.Field == "price");
            Assert.True(deviation is not null, $"{code} : tarif absent du seed sans écart documenté");
            return;
        }

        Assert.Equal(decimal.Parse(seedPrice, NumberStyles.Number, CultureInfo.GetCultureInfo("fr-FR")), price);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_seed_referentiel_and_dap_threshold_matches(string code)
    {
        var row = Row(code);
        var act = ActOf(code);
        Assert.Equal(row.Referentiel == "Référentiel", act.Referentiel);
        Assert.Equal(row.Referentiel == "Hors référentiel", act.HorsReferentiel);
        var sessions = Regex.Match(row.Sessions, @"(\d+) séances? max");
        if (row.Sessions.StartsWith("Dès la première séance", StringComparison.Ordinal))
        {
            Assert.Equal(0, act.Dap!.SessionsBeforeDap);
        }
        else if (sessions.Success)
        {
            Assert.Equal(int.Parse(sessions.Groups[1].Value, CultureInfo.InvariantCulture), act.Dap!.SessionsBeforeDap);
            Assert.Equal(row.Sessions.Contains("30 séances sur 12 mois", StringComparison.Ordinal) ? 30 : null, act.Dap.RaisedThreshold);
        }
        else
        {
            Assert.Null(act.Dap);
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_seed_former_code_is_the_recorded_correspondence(string code)
    {
        var row = Row(code);
        var act = ActOf(code);
        if (row.OldCode == "/")
        {
            Assert.Null(act.FormerCode); // TER 16 is a new act
            return;
        }

        // « AMK ou AMC 8 » in the seed: the data keeps the AMK code; both former codes list the act as a successor.
        var former = row.OldCode.Replace("AMK ou AMC", "AMK", StringComparison.Ordinal);
        Assert.Equal(former, act.FormerCode);
        var legacy = Catalog.Find(ActCode.Parse(former), ReformDay.AddDays(-1))!;
        Assert.Contains(act.Id, legacy.Act.Successors);
        if (row.OldCode.StartsWith("AMK ou AMC", StringComparison.Ordinal))
        {
            var amc = Catalog.Find(ActCode.Parse(former.Replace("AMK", "AMC", StringComparison.Ordinal)), ReformDay.AddDays(-1))!;
            Assert.Contains(act.Id, amc.Act.Successors);
        }
    }

    [Fact]
    public void Documented_corrections_to_the_seed_are_applied()
    {
        // ngap-facts §D « Seed-table issues » and §R.1.
        // 1. RPE 6 is missing from the seed but existed until 31 Dec 2025.
        var rpe6 = Catalog.Find(ActCode.Parse("RPE 6"), ReformDay);
        Assert.NotNull(rpe6);
        Assert.Null(Catalog.Find(ActCode.Parse("RPE 6"), new DateOnly(2026, 1, 1)));
        // 2. APM 9.5 has no tariff in the seed: 9.5 × 2.21 = 21.00 €.
        Assert.Equal(21.00m, MoneyRounding.Price(Catalog.Find(ActCode.Parse("APM 9.5"), ReformDay)!.Coefficient, 2.21m));
        // 11. TER reads « au moins 2 territoires », not « plus de 2 ».
        Assert.Contains("au moins 2 territoires", ActOf("TER 9.49").Label, StringComparison.Ordinal);
        // TER 16 is in force from 5 April 2024 (the seed calls it a « futur acte »).
        Assert.Null(Catalog.Find(ActCode.Parse("TER 16"), new DateOnly(2024, 4, 4)));
        Assert.NotNull(Catalog.Find(ActCode.Parse("TER 16"), new DateOnly(2024, 4, 5)));
        // The seed's typo « uni-compartmentaire » is corrected to the contract's label.
        Assert.Equal("Rééducation après arthroplastie du genou par prothèse totale ou uni-compartimentaire", ActOf("RIC 7.52").Label);
    }
}
