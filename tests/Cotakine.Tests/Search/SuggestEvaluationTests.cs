using Cotakine.Catalog.Loading;
using Cotakine.Search;
using Xunit.Abstractions;

namespace Cotakine.Tests.Search;

/// <summary>
/// Held-out evaluation of <c>acts suggest</c> (Search/Evaluation/prescriptions.tsv): realistic prescription phrasings, each
/// with the acts that answer it and the source of that answer. Reports recall@3 (share of phrasings with an acceptable
/// act in the first three suggestions, the figure in README) and fails below the floor, listing the misses.
/// </summary>
public class SuggestEvaluationTests(ITestOutputHelper output)
{
    /// <summary>The floor under the measured figure: a change of lexicon or ranking that loses phrasings fails here.</summary>
    private const double RecallFloor = 0.95;

    private static readonly DateOnly Date = new(2026, 3, 12);

    public static IReadOnlyList<(string Text, string[] Expected, string Source)> Phrasings { get; } = Read();

    [Fact]
    public void Set_is_large_and_names_real_acts_with_their_source()
    {
        Assert.True(Phrasings.Count >= 150, $"{Phrasings.Count} phrasings");
        Assert.All(Phrasings.SelectMany(p => p.Expected), id => Assert.NotNull(CatalogLoader.Embedded.FindAct(id)?.On(Date)));
        Assert.All(Phrasings, p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));
        Assert.Equal(Phrasings.Count, Phrasings.Select(p => p.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Recall_at_3_stays_above_the_floor()
    {
        var suggester = ActSuggester.For(CatalogLoader.Embedded);
        var misses = new List<string>();
        var first = 0;
        foreach (var (text, expected, _) in Phrasings)
        {
            var top = suggester.Suggest(text, Date, 3).Select(s => s.Version.Act.Id).ToList();
            if (top.Count > 0 && expected.Contains(top[0]))
            {
                first++;
            }

            if (!top.Any(expected.Contains))
            {
                misses.Add($"{text} → [{string.Join(", ", top)}], attendu {string.Join(" | ", expected)}");
            }
        }

        var recall = (double)(Phrasings.Count - misses.Count) / Phrasings.Count;
        output.WriteLine($"recall@3 = {recall:P1} ({Phrasings.Count - misses.Count}/{Phrasings.Count}); recall@1 = {(double)first / Phrasings.Count:P1}");
        foreach (var miss in misses)
        {
            output.WriteLine("  manqué : " + miss);
        }

        Assert.True(recall >= RecallFloor, $"recall@3 {recall:P1} < {RecallFloor:P0}:{Environment.NewLine}{string.Join(Environment.NewLine, misses)}");
    }

    private static List<(string, string[], string)> Read()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Search", "Evaluation", "prescriptions.tsv");
        return File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => (c[0], c[1].Split(',', StringSplitOptions.TrimEntries), c[2]))
            .ToList();
    }
}
