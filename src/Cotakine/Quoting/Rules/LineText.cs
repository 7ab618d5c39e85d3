namespace Cotakine.Quoting.Rules;

/// <summary>The constant texts of an act line (<see cref="LineTextCache"/>): its canonical code and its rule text before any rate reason.</summary>
internal sealed record LineText(string Code, string Rule);
