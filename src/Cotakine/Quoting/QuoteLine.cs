namespace Cotakine.Quoting;

/// <summary>
/// One billed line: <see cref="Amount"/> = <see cref="UnitPrice"/> × <see cref="Quantity"/> × <see cref="Rate"/>, rounded
/// to the cent once; <see cref="Rule"/> says in words which rule produced the line and where it comes from.
/// </summary>
public sealed record QuoteLine(string Code, LineKind Kind, string Label, decimal Quantity, decimal UnitPrice, decimal Rate, decimal Amount, string Rule);
