using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Plans;
using Cotakine.Quoting;

namespace Cotakine.Practice.Sessions;

/// <summary>A session of a plan, with the quote it was priced with (amounts in cents, lines kept).</summary>
public sealed class Session : IPracticeOwned, IBillingData
{
    /// <inheritdoc />
    public Guid Id { get; init; }

    /// <inheritdoc />
    public Guid PracticeId { get; init; }

    /// <summary>The plan.</summary>
    public Guid PlanId { get; init; }

    /// <summary>Rank in the plan, from 1.</summary>
    public int Number { get; init; }

    /// <summary>Date of care.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Local time of care.</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>Place of care.</summary>
    public PlaceOfCare Place { get; init; }

    /// <summary>One-way travel distance in km, when at home.</summary>
    public decimal? TravelKm { get; init; }

    /// <summary>Whether practice and patient were taken to be in the same agglomeration (no IK), away from the practice.</summary>
    public bool? SameAgglomeration { get; init; }

    /// <summary>Urgent session.</summary>
    public bool Urgent { get; init; }

    /// <summary>Quote total, in cents.</summary>
    public long TotalCents { get; init; }

    /// <summary>AMO share, in cents.</summary>
    public long AmoCents { get; init; }

    /// <summary>Catalog version the quote was made with.</summary>
    public string CatalogVersion { get; init; } = "";

    /// <summary>The invoice that bills the session, once issued (cleared by a credit note so it can be billed again).</summary>
    public Guid? InvoiceId { get; private set; }

    /// <summary>The quote's lines.</summary>
    public List<SessionLine> Lines { get; init; } = [];

    /// <summary>The quote's issues (an error one forbids billing, except <see cref="RuleId.DapRequired"/>, re-checked from the plan's DAP status).</summary>
    public List<SessionIssue> Issues { get; init; } = [];

    /// <summary>
    /// The session number <paramref name="number"/> of <paramref name="plan"/> as priced by <paramref name="quote"/>: the
    /// amounts in cents, the quote's lines with their reasons and its issues, kept so that billing later refuses a session
    /// whose quote has an error (<see cref="InvoiceBlocker"/>) and the invoice prints exactly what was quoted.
    /// </summary>
    public static Session Record(TreatmentPlan plan, int number, SessionInput input, Quote quote, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(quote);
        var sessionId = id ?? Guid.NewGuid();
        return new Session
        {
            Id = sessionId, PracticeId = plan.PracticeId, PlanId = plan.Id, Number = number, Date = input.Date, Time = input.Time, Place = input.Place,
            TravelKm = input.Place != PlaceOfCare.Cabinet ? input.TravelKm : null,
            SameAgglomeration = input.Place != PlaceOfCare.Cabinet && input.TravelKm is not null ? input.SameAgglomeration ?? false : null, Urgent = input.Urgent,
            TotalCents = Cents.From(quote.Total), AmoCents = Cents.From(quote.Amo), CatalogVersion = quote.CatalogVersion,
            Lines = quote.Lines.Select((l, i) => new SessionLine
            {
                Id = Guid.NewGuid(), SessionId = sessionId, Position = i, Code = l.Code, Kind = l.Kind, Label = l.Label, Quantity = l.Quantity,
                UnitPriceCents = Cents.From(l.UnitPrice), Rate = l.Rate, AmountCents = Cents.From(l.Amount), Rule = l.Rule,
            }).ToList(),
            Issues = quote.Issues.Select((issue, i) => new SessionIssue
            {
                Id = Guid.NewGuid(), SessionId = sessionId, Position = i, Severity = issue.Severity, Rule = issue.Rule, Message = issue.Message, Code = issue.Code,
            }).ToList(),
        };
    }

    /// <summary>Whether an invoice (not cancelled) bills the session.</summary>
    public bool IsBilled => InvoiceId is not null;

    /// <summary>
    /// The first error of the session's stored quote that forbids invoicing it, or null. The quote the engine rejected is
    /// never invoiced; <see cref="RuleId.DapRequired"/> alone is left out, re-checked from the plan's DAP status on the day
    /// of billing (<see cref="TreatmentPlan.CoverOf"/>). Needs <see cref="Issues"/> loaded.
    /// </summary>
    public SessionIssue? InvoiceBlocker() =>
        Issues.OrderBy(i => i.Position).FirstOrDefault(i => i.Severity == Severity.Error && i.Rule != RuleId.DapRequired);

    /// <summary>Marks the session billed by <paramref name="invoiceId"/>.</summary>
    public void BillTo(Guid invoiceId)
    {
        if (InvoiceId is { } current && current != invoiceId)
        {
            throw new InvalidOperationException($"La séance {Number} est déjà facturée.");
        }

        InvoiceId = invoiceId;
    }

    /// <summary>Frees the session of <paramref name="invoiceId"/>, cancelled by a credit note: it can be billed again.</summary>
    public void ReleaseFrom(Guid invoiceId)
    {
        if (InvoiceId == invoiceId)
        {
            InvoiceId = null;
        }
    }
}
