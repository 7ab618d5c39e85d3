namespace Cotakine.Catalog;

/// <summary>
/// A deliberate difference between the data and one source (a seed typo, a missing tariff, a label completed with its heading):
/// what the source says, and why the data says otherwise. Tests accept a difference only when it is recorded here.
/// </summary>
public sealed record Deviation(string Source, string Field, string Theirs, string Why);
