namespace Cotakine.Catalog;

/// <summary>
/// One coefficient of an act over one period. <see cref="Planned"/> periods are scheduled revaluations that may slip
/// (comité d'alerte): the product prices them but says they are not confirmed.
/// </summary>
public sealed record ActPeriod(decimal Coefficient, Validity Validity, IReadOnlyList<string> Sources, Confidence Confidence, bool Planned);
