namespace Cotakine.Catalog;

/// <summary>
/// Why an act takes no other act beside it, not even under the article 11 B exception: its cotation already includes
/// what the other act would bill (PLL, soins palliatifs, « comportant les actes nécessaires … (mobilisation, massage,
/// drainage bronchique…) », so no désencombrement urgent ARL 8.49 beside it). Data, with its source, so that the rule
/// says where it comes from.
/// </summary>
/// <param name="Text">The French reason shown in the issue.</param>
/// <param name="Sources">Source keys declared in <c>catalog.json</c>.</param>
/// <param name="Confidence">How sure the reading is.</param>
public sealed record CumulationExclusion(string Text, IReadOnlyList<string> Sources, Confidence Confidence);
