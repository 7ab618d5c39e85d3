namespace Cotakine.Search;

/// <summary>
/// One phrase of the NGAP labels a vocabulary term stands for, with its own weight: « fracture poignet » stands first for
/// « fracture extrémité distale avant-bras » (the référentiel act, weight 1) and, more loosely, for any « poignet » act
/// (the hors-référentiel VSC/VSM, weight below 1), so the specific act ranks first and the general one stays in view.
/// </summary>
/// <param name="Phrase">Words that must all be found in an act.</param>
/// <param name="Weight">Multiplies the entry's weight (0 &lt; weight ≤ 1).</param>
public sealed record VocabularyExpansion(string Phrase, double Weight = 1.0);
