namespace Cotakine.Catalog;

/// <summary>
/// A night or Sunday/holiday majoration (NGAP art. 14, 14 B). <see cref="StartsAt"/>/<see cref="EndsAt"/> bound the night;
/// <see cref="SaturdayFrom"/> is when the Sunday majoration begins on Saturday.
/// </summary>
public sealed record Majoration(string Code, string Kind, string Label, decimal Amount, TimeOnly? StartsAt, TimeOnly? EndsAt, TimeOnly? SaturdayFrom, Validity Validity, IReadOnlyList<string> Sources, Confidence Confidence);
