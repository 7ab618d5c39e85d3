namespace Cotakine.Web.Nomenclature;

/// <summary>
/// « Ce qui change à la prochaine date de revalorisation »: the first day after the chosen date on which a coefficient
/// or a point value starts, and what changes then (metropolitan prices).
/// </summary>
public sealed record Revaluation(DateOnly Date, IReadOnlyList<RevaluationChange> Changes, IReadOnlyList<string> PointValueChanges);
