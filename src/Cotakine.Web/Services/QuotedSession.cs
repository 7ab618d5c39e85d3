using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Sessions;
using Cotakine.Quoting;

namespace Cotakine.Web.Services;

/// <summary>
/// A session row as stored once quoted: the amounts in cents, the quote's lines with their reasons and its issues (a session
/// whose quote has errors is never invoiced, see <see cref="InvoiceWorkflow"/>). One mapping for the workflow and the demo data.
/// </summary>
internal static class QuotedSession
{
    public static Session Row(Guid practiceId, Guid planId, int number, DateOnly date, TimeOnly? time, PlaceOfCare place, decimal? travelKm, bool urgent, Quote quote) => new()
    {
        Id = Guid.NewGuid(), PracticeId = practiceId, PlanId = planId, Number = number, Date = date, Time = time, Place = place,
        TravelKm = travelKm, Urgent = urgent, TotalCents = Cents.From(quote.Total), AmoCents = Cents.From(quote.Amo), CatalogVersion = quote.CatalogVersion,
        Lines = quote.Lines.Select((l, i) => new SessionLine
        {
            Id = Guid.NewGuid(), Position = i, Code = l.Code, Kind = l.Kind, Label = l.Label, Quantity = l.Quantity,
            UnitPriceCents = Cents.From(l.UnitPrice), Rate = l.Rate, AmountCents = Cents.From(l.Amount), Rule = l.Rule,
        }).ToList(),
        Issues = quote.Issues.Select((issue, i) => new SessionIssue
        {
            Id = Guid.NewGuid(), Position = i, Severity = issue.Severity, Rule = issue.Rule, Message = issue.Message, Code = issue.Code,
        }).ToList(),
    };
}
