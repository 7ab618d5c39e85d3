namespace Cotakine.Quoting;

/// <summary>
/// One billed line: <see cref="Amount"/> = <see cref="UnitPrice"/> × <see cref="Quantity"/> × <see cref="Rate"/>, rounded
/// to the cent once — except an act at a reduced rate (article 11 B), whose amount is (coefficient × rate) × point value
/// rounded once, as the NGAP notes the second act « à 50 % de son coefficient »; <see cref="Rule"/> says in words which rule produced the line and where it comes from.
/// </summary>
public sealed record QuoteLine(string Code, LineKind Kind, string Label, decimal Quantity, decimal UnitPrice, decimal Rate, decimal Amount, string Rule);
