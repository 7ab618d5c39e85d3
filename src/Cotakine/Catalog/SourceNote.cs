namespace Cotakine.Catalog;

/// <summary>A remark on a row, with how sure it is: shown to the user next to the act.</summary>
public sealed record SourceNote(string Text, Confidence Confidence);
