namespace Cotakine.Quoting;

/// <summary>
/// What the prescription says of when the care may be given (CPAM memo, ngap-facts §K.1 and §I): « urgence » (nécessité
/// impérieuse de débuter immédiatement) and « y compris dimanches et jours fériés » (soins quotidiens). The practice passes
/// it for a session of a plan so that a night or Sunday majoration is checked against it; a quote made without a
/// prescription (<c>/coter</c>, the contract's request) has none.
/// </summary>
public sealed record PrescribedCare(bool Urgent, bool IncludingSundaysAndHolidays);
