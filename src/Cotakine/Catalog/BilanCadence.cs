namespace Cotakine.Catalog;

/// <summary>
/// When a bilan-diagnostic kinésithérapique may be billed in a series: at session <see cref="First"/>, then from session
/// <see cref="Next"/>, then every <see cref="Every"/> sessions (BDK: 1, 30, 50, 70…; neuro: 1, 60, 110…).
/// </summary>
public sealed record BilanCadence(int First, int Next, int Every, IReadOnlyList<string> Sources, Confidence Confidence)
{
    /// <summary>
    /// The NGAP articles whose acts this bilan goes with (neuro BDK: article 4); empty when any rééducation act opens it.
    /// </summary>
    public IReadOnlyList<string> WithArticles { get; init; } = [];

    /// <summary>Whether the bilan goes with an act of <paramref name="article"/>.</summary>
    public bool GoesWith(string article) => WithArticles.Count == 0 || WithArticles.Contains(article, StringComparer.Ordinal);

    /// <summary>Whether a bilan is due at <paramref name="sessionNumber"/> (1-based rank in the series).</summary>
    public bool IsDueAt(int sessionNumber) =>
        sessionNumber == First || (sessionNumber >= Next && (sessionNumber - Next) % Every == 0);

    /// <summary>The next session at or after <paramref name="sessionNumber"/> where a bilan is due.</summary>
    public int NextDueFrom(int sessionNumber)
    {
        if (sessionNumber <= First)
        {
            return First;
        }

        if (sessionNumber <= Next)
        {
            return Next;
        }

        var steps = (sessionNumber - Next + Every - 1) / Every;
        return Next + (steps * Every);
    }
}
