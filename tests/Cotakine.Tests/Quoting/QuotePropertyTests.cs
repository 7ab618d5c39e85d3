using Cotakine.Catalog;
using Cotakine.Quoting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Cotakine.Tests.Quoting.QuoteRequests;

namespace Cotakine.Tests.Quoting;

/// <summary>Invariants of every quote, over random sessions from 22 Feb 2024 to the end of 2027.</summary>
public class QuotePropertyTests
{
    private static readonly DateOnly FirstDay = new(2024, 2, 22);
    private static readonly string[] Departments = ["75", "13", "67", "57", "974", "971", "976", "2A"];

    private static Gen<QuoteRequest> Requests { get; } =
        from offset in Gen.Choose(0, 1400)
        let date = FirstDay.AddDays(offset)
        let codes = QuoteRequests.Catalog.InForce(date).Select(v => v.Code.ToString()).ToArray()
        from count in Gen.Choose(1, 3)
        from acts in Gen.Elements(codes).ArrayOf(count)
        from department in Gen.Elements(Departments)
        from place in Gen.Elements(PlaceOfCare.Cabinet, PlaceOfCare.Domicile, PlaceOfCare.Etablissement)
        from minute in Gen.Choose(-1, 1439)
        from urgent in Gen.Elements(true, false)
        from tenthsKm in Gen.Choose(0, 400)
        from zone in Gen.Elements(TravelZone.Plaine, TravelZone.Montagne, TravelZone.PiedSki)
        from sameAgglomeration in Gen.Elements(true, false)
        from withTravel in Gen.Elements(true, false)
        from session in Gen.Choose(0, 120)
        from last12 in Gen.Choose(0, 60)
        from dapAgreed in Gen.Elements(true, false)
        from coverage in Gen.Elements(Enum.GetValues<Coverage>())
        from regime in Gen.Elements(Regime.General, Regime.AlsaceMoselle)
        from cents in Gen.Choose(0, 9000)
        from feeKind in Gen.Elements(FeeKind.Depassement, FeeKind.HorsNomenclature)
        select new QuoteRequest(
            date,
            minute < 0 ? null : TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute)),
            QuoteRequests.Catalog.FindDepartment(department)!,
            place,
            acts.Select(ActCode.Parse).ToList(),
            urgent,
            withTravel ? new Travel(tenthsKm / 10m, zone, sameAgglomeration) : null,
            session == 0 ? null : new SeriesPosition(session, last12, dapAgreed),
            new Patient(coverage, regime),
            cents == 0 ? [] : [new Fee(feeKind, cents / 100m, null)]);

    private static bool AtMostTwoDecimals(decimal amount) => decimal.Round(amount, 2) == amount;

    [Property(MaxTest = 300)]
    public Property Total_is_the_sum_of_the_lines() =>
        Prop.ForAll(Requests.ToArbitrary(), request =>
        {
            var quote = Engine.Quote(request);
            return quote.Total == quote.Lines.Sum(l => l.Amount);
        });

    [Property(MaxTest = 300)]
    public Property Amo_plus_patient_share_is_the_total() =>
        Prop.ForAll(Requests.ToArbitrary(), request =>
        {
            var quote = Engine.Quote(request);
            return quote.Amo + quote.PatientShare == quote.Total && quote.Amo >= 0 && quote.Amo <= quote.Total;
        });

    [Property(MaxTest = 300)]
    public Property Amounts_have_at_most_two_decimals() =>
        Prop.ForAll(Requests.ToArbitrary(), request =>
        {
            var quote = Engine.Quote(request);
            return quote.Lines.All(l => AtMostTwoDecimals(l.Amount) && AtMostTwoDecimals(l.UnitPrice))
                && AtMostTwoDecimals(quote.Total) && AtMostTwoDecimals(quote.Amo) && AtMostTwoDecimals(quote.PatientShare);
        });

    [Property(MaxTest = 300)]
    public Property Adding_travel_never_lowers_the_total() =>
        Prop.ForAll(Requests.ToArbitrary(), request =>
        {
            var away = request with { Place = PlaceOfCare.Domicile, Travel = null };
            var travelled = away with { Travel = request.Travel ?? new Travel(5m, TravelZone.Plaine, false) };
            return Engine.Quote(travelled).Total >= Engine.Quote(away).Total;
        });

    [Property(MaxTest = 200)]
    public Property Same_request_gives_the_same_quote() =>
        Prop.ForAll(Requests.ToArbitrary(), request =>
        {
            var first = Engine.Quote(request);
            var second = Engine.Quote(request);
            return first.Lines.SequenceEqual(second.Lines) && first.Issues.SequenceEqual(second.Issues) && first.Total == second.Total;
        });

    [Property(MaxTest = 300)]
    public Property Every_issue_names_a_contract_rule() =>
        Prop.ForAll(Requests.ToArbitrary(), request =>
        {
            var ids = RuleId.All;
            var quote = Engine.Quote(request);
            return quote.Issues.All(i => ids.Contains(i.Rule) && !string.IsNullOrWhiteSpace(i.Message))
                && quote.Lines.All(l => !string.IsNullOrWhiteSpace(l.Rule));
        });
}
