using Cotakine.Catalog;
using Cotakine.Catalog.Loading;
using Cotakine.Money;
using Cotakine.Territories;

namespace Cotakine.Tests.Catalog;

/// <summary>
/// Each revaluation boundary, the day before and the day of (ngap-facts §B, §C.2, §C.3, §E.3, §H.1, §P).
/// </summary>
public sealed class RevaluationBoundaryTests
{
    private static readonly NgapCatalog Catalog = CatalogLoader.Embedded;

    private static decimal? Price(string code, string date, string department = "75")
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var version = Catalog.Find(ActCode.Parse(code), day);
        if (version is null)
        {
            return null;
        }

        var territory = Catalog.FindDepartment(department)!.Territory;
        return MoneyRounding.Price(version.Coefficient, Catalog.PointValue(version.Act.Letter, territory, day)!.Value);
    }

    [Theory]
    // Source: §B — key letter 2.15 → 2.21 (metro), 2.36 → 2.43 (DROM) on 22 Feb 2024.
    [InlineData("metro", "2024-02-21", 2.15)]
    [InlineData("metro", "2024-02-22", 2.21)]
    [InlineData("drom", "2024-02-21", 2.36)]
    [InlineData("drom", "2024-02-22", 2.43)]
    public void Point_value_changes_on_22_February_2024(string territory, string date, double expected)
    {
        var kind = territory == "drom" ? TerritoryKind.Drom : TerritoryKind.Metro;
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((decimal)expected, Catalog.PointValue("AMK", kind, day)!.Value);
    }

    [Fact]
    public void Former_codes_end_on_21_February_2024_and_new_letters_start_on_22()
    {
        // Source: §G — AMS 7.5 = 16.13 € until 21 Feb 2024; RAM 7.49 from 22 Feb 2024 at 16.55 €.
        Assert.Equal(16.13m, Price("AMS 7.5", "2024-02-21"));
        Assert.Null(Price("AMS 7.5", "2024-02-22"));
        Assert.Null(Price("RAM 7.49", "2024-02-21"));
        Assert.Equal(16.55m, Price("RAM 7.49", "2024-02-22"));
        Assert.Equal(17.70m, Price("AMS 7.5", "2024-02-21", "971"));
    }

    [Fact]
    public void Former_AMS_7_5_acts_gain_0_6_point_on_1_January_2026()
    {
        // Source: §C.2 (suspended 1 Jul 2025 package applied 1 Jan 2026), §Q (RIC 8.08 = LCA), CONTRACT.md example.
        Assert.Equal(16.53m, Price("RIC 7.48", "2025-12-31"));
        Assert.Null(Price("RIC 8.08", "2025-12-31"));
        Assert.Null(Price("RIC 7.48", "2026-01-01"));
        Assert.Equal(17.86m, Price("RIC 8.08", "2026-01-01"));
        Assert.Same(Catalog.Find(ActCode.Parse("RIC 7.48"), new DateOnly(2025, 12, 31))!.Act, Catalog.Find(ActCode.Parse("RIC 8.08"), new DateOnly(2026, 1, 1))!.Act);
        // Every ex-AMS 7.5 act moves by exactly +0.6.
        foreach (var act in Catalog.Acts.Where(a => a.FormerCode == "AMS 7.5"))
        {
            var before = act.On(new DateOnly(2025, 12, 31))!;
            var after = act.On(new DateOnly(2026, 1, 1))!;
            Assert.Equal(before.Coefficient + 0.6m, after.Coefficient);
        }
    }

    [Fact]
    public void Former_AMS_9_5_acts_gain_0_3_point_on_28_May_2026()
    {
        // Source: §C.2 — avenant 8 advances the 1 Jul 2026 step to 28 May 2026 for TER and APM (≥ 2 membres).
        Assert.Equal(20.97m, Price("TER 9.49", "2026-05-27"));
        Assert.Null(Price("TER 9.79", "2026-05-27"));
        Assert.Equal(21.64m, Price("TER 9.79", "2026-05-28"));
        Assert.Equal(21.68m, Price("TER 9.81", "2026-05-28"));
        Assert.Equal(21.00m, Price("APM 9.5", "2026-05-27"));
        Assert.Equal(21.66m, Price("APM 9.8", "2026-05-28"));
    }

    [Fact]
    public void RPE_6_is_deleted_and_balneo_supplements_revalued_on_1_January_2026()
    {
        // Source: §C.1 item 2 / §C.2, §E.3.
        Assert.Equal(13.26m, Price("RPE 6", "2025-12-31"));
        Assert.Null(Price("RPE 6", "2026-01-01"));
        Assert.Equal(2.65m, Price("AMK 1.2", "2025-12-31"));
        Assert.Equal(5.53m, Price("AMK 2.5", "2026-01-01"));
        Assert.Equal(4.86m, Price("AMK 2.2", "2025-12-31"));
        Assert.Equal(7.74m, Price("AMK 3.5", "2026-01-01"));
    }

    [Fact]
    public void The_1_July_2027_step_is_planned_not_confirmed()
    {
        // Source: §C.1 item 5 (+0.3 on ex-AMS 7.5 acts, scheduled, subject to the comité d'alerte).
        var before = Catalog.Find(ActCode.Parse("RAM 8.09"), new DateOnly(2027, 6, 30))!;
        var after = Catalog.Find(ActCode.Parse("RAM 8.39"), new DateOnly(2027, 7, 1))!;
        Assert.False(before.Period.Planned);
        Assert.True(after.Period.Planned);
        Assert.Equal(Confidence.Unsure, after.Period.Confidence);
    }

    [Fact]
    public void Specific_travel_indemnities_merge_into_IFS_on_1_January_2026()
    {
        // Source: §H.1 — IFO/IFR/IFN/IFP until 31 Dec 2025; a single IFS 4 € from 1 Jan 2026.
        static string? CodeFor(string group, DateOnly day) =>
            Catalog.SpecificIndemnities.SingleOrDefault(s => s.TravelGroup == group && s.Validity.Contains(day))?.Code;
        Assert.Equal("IFN", CodeFor("neuro", new DateOnly(2025, 12, 31)));
        Assert.Equal("IFS", CodeFor("neuro", new DateOnly(2026, 1, 1)));
        Assert.Null(CodeFor("personne-agee", new DateOnly(2025, 12, 31)));
        Assert.Equal("IFS", CodeFor("personne-agee", new DateOnly(2026, 1, 1)));
        Assert.DoesNotContain(Catalog.FlatIndemnities, f => f.Code == "IFO" && f.Validity.Contains(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Contract_examples_of_acts_show()
    {
        // Source: CONTRACT.md `acts show` and issue 2 « Must show ».
        var ric = Catalog.Find(ActCode.Parse("RIC 7.48"), new DateOnly(2025, 6, 1))!;
        Assert.Equal(16.53m, Price("RIC 7.48", "2025-06-01"));
        Assert.Equal(40, ric.Act.Dap!.SessionsBeforeDap);
        Assert.Equal(new DateOnly(2024, 2, 22), ric.Validity.From);
        Assert.Equal(new DateOnly(2025, 12, 31), ric.Validity.To);
        Assert.Equal(17.86m, Price("RIC 8.08", "2026-02-01"));
        Assert.Equal(19.63m, Price("RIC 8.08", "2026-02-01", "974")); // 8.08 × 2.43 = 19.6344
        Assert.Equal(16.62m, Price("RIC 7.52", "2025-06-01")); // search example price
    }

    [Fact]
    public void Telesoin_letter_keeps_its_own_point_value_and_none_is_guessed_for_the_DROM()
    {
        // Source: §B — TMK 2.15 € (not revalued); DROM TMK value not found.
        var day = new DateOnly(2026, 3, 1);
        Assert.Equal(2.15m, Catalog.PointValue("TMK", TerritoryKind.Metro, day)!.Value);
        Assert.Null(Catalog.PointValue("TMK", TerritoryKind.Drom, day));
    }
}
