namespace Cotakine.Catalog;

/// <summary>
/// How sure the reviewed sources are about a fact (see <c>ngap-facts.md</c>): the product shows
/// <see cref="Unsure"/> facts as « à vérifier » instead of pretending.
/// </summary>
public enum Confidence
{
    /// <summary>Primary official text, or at least two concordant reliable sources.</summary>
    Sure,

    /// <summary>One reliable secondary source, or official but dated.</summary>
    Likely,

    /// <summary>A single weak source, an extrapolation, or contradicted.</summary>
    Unsure,
}
