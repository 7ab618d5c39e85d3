namespace Cotakine.Catalog;

/// <summary>A key letter (lettre-clé) with its meaning and the days it exists (AMS and AMC end on 21 February 2024).</summary>
public sealed record KeyLetter(string Letter, string Label, string Kind, Validity Validity, IReadOnlyList<string> Sources, Confidence Confidence);
