using Cotakine.Quoting;

namespace Cotakine.Practice.Sessions;

/// <summary>A session of a plan, with the quote it was priced with (amounts in cents, lines kept).</summary>
public sealed class Session : IPracticeOwned, IBillingData
{
    /// <inheritdoc />
    public Guid Id { get; set; }

    /// <inheritdoc />
    public Guid PracticeId { get; set; }

    /// <summary>The plan.</summary>
    public Guid PlanId { get; set; }

    /// <summary>Rank in the plan, from 1.</summary>
    public int Number { get; set; }

    /// <summary>Date of care.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Local time of care.</summary>
    public TimeOnly? Time { get; set; }

    /// <summary>Place of care.</summary>
    public PlaceOfCare Place { get; set; }

    /// <summary>One-way travel distance in km, when at home.</summary>
    public decimal? TravelKm { get; set; }

    /// <summary>Urgent session.</summary>
    public bool Urgent { get; set; }

    /// <summary>Quote total, in cents.</summary>
    public long TotalCents { get; set; }

    /// <summary>AMO share, in cents.</summary>
    public long AmoCents { get; set; }

    /// <summary>Catalog version the quote was made with.</summary>
    public string CatalogVersion { get; set; } = "";

    /// <summary>The invoice that bills the session, once issued (cleared by a credit note so it can be billed again).</summary>
    public Guid? InvoiceId { get; set; }

    /// <summary>The quote's lines.</summary>
    public List<SessionLine> Lines { get; set; } = [];

    /// <summary>The quote's issues (an error one forbids billing, except <see cref="RuleId.DapRequired"/>, re-checked from the plan's DAP status).</summary>
    public List<SessionIssue> Issues { get; set; } = [];
}
