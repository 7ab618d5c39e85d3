using System.Globalization;
using BenchmarkDotNet.Attributes;
using Cotakine.Catalog;
using Cotakine.Catalog.Loading;
using Cotakine.Quoting;

namespace Cotakine.Benchmarks;

/// <summary>
/// The quote engine alone (no JSON) on a realistic day of ~10 sessions: cabinet and home visits, a BDK, article 11 B,
/// a DAP threshold, an urgent Sunday, a DROM session, a fee.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private QuoteEngine _engine = null!;
    private QuoteRequest[] _sessions = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = CatalogLoader.Embedded;
        _engine = new QuoteEngine(catalog);
        QuoteRequest Session(string date, string department, PlaceOfCare place, string[] acts, Travel? travel = null, SeriesPosition? series = null, string? time = null, bool urgent = false, Patient? patient = null, Fee[]? fees = null) =>
            new(DateOnly.Parse(date, CultureInfo.InvariantCulture), time is null ? null : TimeOnly.Parse(time, CultureInfo.InvariantCulture),
                catalog.FindDepartment(department)!, place, acts.Select(ActCode.Parse).ToList(), urgent, travel, series, patient ?? Patient.Default, fees ?? []);

        _sessions =
        [
            Session("2026-03-12", "75", PlaceOfCare.Domicile, ["RAM 8.09", "AMK 10.7"], new Travel(8m, TravelZone.Plaine, false), new SeriesPosition(1, 0, false), "10:30"),
            Session("2026-03-12", "75", PlaceOfCare.Cabinet, ["RIC 8.08"], series: new SeriesPosition(12, 0, false), time: "11:00"),
            Session("2026-03-12", "75", PlaceOfCare.Cabinet, ["RAM 8.09"], series: new SeriesPosition(16, 0, false), time: "11:30"),
            Session("2026-03-12", "75", PlaceOfCare.Domicile, ["NMI 9", "AMK 10.8"], new Travel(3m, TravelZone.Plaine, true), new SeriesPosition(60, 0, false), "14:00", patient: new Patient(Coverage.Ald, Regime.General)),
            Session("2026-03-15", "75", PlaceOfCare.Domicile, ["ARL 8.49", "RAM 8.09"], new Travel(4m, TravelZone.Plaine, false), time: "21:00", urgent: true),
            Session("2026-03-12", "67", PlaceOfCare.Cabinet, ["TER 9.49"], patient: new Patient(Coverage.Standard, Regime.AlsaceMoselle)),
            Session("2026-03-12", "974", PlaceOfCare.Domicile, ["RAV 8", "RAV 1"], new Travel(12m, TravelZone.Montagne, false)),
            Session("2026-03-12", "75", PlaceOfCare.Cabinet, ["RIC 7.48"]),
            Session("2026-03-12", "75", PlaceOfCare.Cabinet, ["RSC 8.09"], series: new SeriesPosition(1, 0, true), fees: [new Fee(FeeKind.Depassement, 15m, null)]),
            Session("2026-03-12", "75", PlaceOfCare.Etablissement, ["PLL 12"], new Travel(1.5m, TravelZone.Plaine, false)),
        ];
    }

    /// <summary>Quotes the ten sessions; returns the day's total so the work is not optimised away.</summary>
    [Benchmark(OperationsPerInvoke = 10)]
    public decimal QuoteTenSessions()
    {
        var total = 0m;
        foreach (var session in _sessions)
        {
            total += _engine.Quote(session).Total;
        }

        return total;
    }
}
