namespace Cotakine.Catalog;

/// <summary>
/// A public holiday: a fixed day (<see cref="Month"/>/<see cref="Day"/>) or a day relative to Easter Sunday
/// (<see cref="EasterOffsetDays"/>), for the nation, Alsace-Moselle, or one DROM (<see cref="Scope"/>).
/// </summary>
public sealed record HolidayRule(string Name, string Scope, int? Month, int? Day, int? EasterOffsetDays, IReadOnlyList<string> Sources, Confidence Confidence);
