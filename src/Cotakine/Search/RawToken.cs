namespace Cotakine.Search;

/// <summary>
/// One token of a text: a normalized word (« epaule ») or number (« 7.48 »), and whether a punctuation mark
/// (clause break) precedes it, which ends the scope of a negation (« sans », « hors »).
/// </summary>
internal readonly record struct RawToken(string Text, bool IsNumber, bool BreakBefore, decimal Number);
