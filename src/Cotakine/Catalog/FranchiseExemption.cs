namespace Cotakine.Catalog;

/// <summary>
/// Whether a patient coverage is exempt from the franchise médicale (C2S, maternité), or a coverage whose status the
/// sources do not settle (<see cref="Exempt"/> false with an « à vérifier » <see cref="Text"/> and confidence unsure:
/// the franchise is then shown, never silently dropped).
/// </summary>
/// <param name="Coverage">The coverage as the data spells it (<c>c2s</c>, <c>maternite</c>, <c>at-mp</c>).</param>
/// <param name="Exempt">Whether no franchise is withheld for this coverage.</param>
/// <param name="Text">The French reason shown on the quote.</param>
/// <param name="Sources">Source keys declared in <c>catalog.json</c>.</param>
/// <param name="Confidence">How sure the exemption (or its absence) is.</param>
public sealed record FranchiseExemption(string Coverage, bool Exempt, string Text, IReadOnlyList<string> Sources, Confidence Confidence);
