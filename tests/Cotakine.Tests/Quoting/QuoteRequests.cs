using System.Globalization;
using Cotakine.Catalog;
using Cotakine.Catalog.Loading;
using Cotakine.Quoting;

namespace Cotakine.Tests.Quoting;

/// <summary>Terse builders for quote requests: <c>Session("2026-03-12", "RAM 8.09").AtHome(8).Quote()</c>.</summary>
internal static class QuoteRequests
{
    public static NgapCatalog Catalog => CatalogLoader.Embedded;

    public static QuoteEngine Engine { get; } = new(CatalogLoader.Embedded);

    /// <summary>A session at the practice in Paris (75), standard patient, no time, not urgent.</summary>
    public static QuoteRequest Session(string date, params string[] acts) => new(
        DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        null,
        Catalog.FindDepartment("75")!,
        PlaceOfCare.Cabinet,
        acts.Select(ActCode.Parse).ToList(),
        false,
        null,
        null,
        Patient.Default,
        []);

    public static QuoteRequest At(this QuoteRequest request, string time) =>
        request with { Time = TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture) };

    public static QuoteRequest In(this QuoteRequest request, string department) =>
        request with { Department = Catalog.FindDepartment(department)! };

    public static QuoteRequest Place(this QuoteRequest request, PlaceOfCare place) => request with { Place = place };

    /// <summary>At the patient's home with a trajet (one-way km).</summary>
    public static QuoteRequest AtHome(this QuoteRequest request, decimal km, TravelZone zone = TravelZone.Plaine, bool sameAgglomeration = false) =>
        request with { Place = PlaceOfCare.Domicile, Travel = new Travel(km, zone, sameAgglomeration) };

    public static QuoteRequest WithTravel(this QuoteRequest request, decimal km, TravelZone zone = TravelZone.Plaine, bool sameAgglomeration = false) =>
        request with { Travel = new Travel(km, zone, sameAgglomeration) };

    public static QuoteRequest Urgent(this QuoteRequest request) => request with { Urgent = true };

    public static QuoteRequest Series(this QuoteRequest request, int session, int last12Months = 0, bool dapAgreed = false) =>
        request with { Series = new SeriesPosition(session, last12Months, dapAgreed) };

    public static QuoteRequest For(this QuoteRequest request, Coverage coverage, Regime regime = Regime.General) =>
        request with { Patient = new Patient(coverage, regime) };

    public static QuoteRequest WithFee(this QuoteRequest request, FeeKind kind, decimal amount) =>
        request with { Fees = [.. request.Fees, new Fee(kind, amount, null)] };

    public static Quote Quote(this QuoteRequest request) => Engine.Quote(request);

    public static QuoteLine Line(this Quote quote, string code) => Assert.Single(quote.Lines, l => l.Code == code);

    public static IEnumerable<QuoteIssue> Issues(this Quote quote, string rule, Severity? severity = null) =>
        quote.Issues.Where(i => i.Rule == rule && (severity is null || i.Severity == severity));

    public static QuoteIssue Issue(this Quote quote, string rule, Severity severity) => Assert.Single(quote.Issues(rule, severity));
}
