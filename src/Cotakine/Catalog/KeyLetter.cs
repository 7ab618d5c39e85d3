namespace Cotakine.Catalog;

/// <summary>
/// A key letter (lettre-clé) with its meaning and the days it exists (AMS and AMC end on 21 February 2024).
/// <see cref="NotQuoted"/> is set for a real letter that Cotakine does not quote yet (TMK, télésoin: its billing format
/// is not established): a code of that letter is then « not supported », not « unknown ».
/// </summary>
public sealed record KeyLetter(string Letter, string Label, string Kind, Validity Validity, IReadOnlyList<string> Sources, Confidence Confidence, string? NotQuoted = null);
