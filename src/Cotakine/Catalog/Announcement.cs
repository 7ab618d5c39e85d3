namespace Cotakine.Catalog;

/// <summary>
/// A change announced but not established (a revaluation that may have slipped, codes unknown): not applied,
/// but shown from its announced date to acts of the named letters and articles.
/// </summary>
public sealed record Announcement(string Id, DateOnly AnnouncedFor, IReadOnlyList<string> Letters, IReadOnlyList<string> Articles, string Text, IReadOnlyList<string> Sources, Confidence Confidence)
{
    /// <summary>Whether the announcement concerns <paramref name="act"/> on <paramref name="date"/>.</summary>
    public bool Concerns(Act act, DateOnly date) =>
        date >= AnnouncedFor && Letters.Contains(act.Letter, StringComparer.Ordinal) && Articles.Contains(act.Article, StringComparer.Ordinal);
}
