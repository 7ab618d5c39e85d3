namespace Cotakine.Catalog;

/// <summary>
/// A night or Sunday/holiday majoration (NGAP art. 14, 14 B). <see cref="StartsAt"/>/<see cref="EndsAt"/> bound the night;
/// <see cref="SaturdayFrom"/> is when the Sunday majoration begins on Saturday. <see cref="CallFrom"/>/<see cref="CallUntil"/>
/// bound the time of the call that opens the night majoration (19 h–7 h): the product cannot know it, so it reminds it.
/// </summary>
public sealed record Majoration(string Code, string Kind, string Label, decimal Amount, TimeOnly? StartsAt, TimeOnly? EndsAt, TimeOnly? SaturdayFrom, Validity Validity, IReadOnlyList<string> Sources, Confidence Confidence)
{
    /// <summary>Earliest time of the call for a night majoration (night only).</summary>
    public TimeOnly? CallFrom { get; init; }

    /// <summary>Latest time of the call for a night majoration (night only).</summary>
    public TimeOnly? CallUntil { get; init; }
}
