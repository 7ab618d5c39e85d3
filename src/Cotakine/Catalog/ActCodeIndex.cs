namespace Cotakine.Catalog;

/// <summary>
/// The versions of every act grouped by the code they carry (<c>RIC 8.08</c>), groups in order of first appearance
/// and versions in catalog order. Built with plain loops and reference-type collections keyed by key letter: a LINQ
/// GroupBy on <see cref="ActCode"/> (a struct) made the runtime compile dozens of generic methods at each start of the
/// command line, for an index a key letter narrows to at most a few dozen versions.
/// </summary>
internal sealed class ActCodeIndex
{
    private readonly Dictionary<string, List<List<ActVersion>>> _byLetter = new(StringComparer.Ordinal);

    public ActCodeIndex(IEnumerable<Act> acts)
    {
        foreach (var act in acts)
        {
            foreach (var period in act.Periods)
            {
                var version = new ActVersion(act, period);
                if (!_byLetter.TryGetValue(act.Letter, out var groups))
                {
                    groups = [];
                    _byLetter.Add(act.Letter, groups);
                }

                var group = Find(groups, period.Coefficient);
                if (group is null)
                {
                    group = [];
                    groups.Add(group);
                    Groups.Add(group);
                }

                group.Add(version);
            }
        }
    }

    /// <summary>Every group (one per code), in order of first appearance; each in catalog order.</summary>
    public List<List<ActVersion>> Groups { get; } = [];

    /// <summary>Orders each group by first day (stable: versions starting the same day keep catalog order).</summary>
    public ActCodeIndex SortedByStart()
    {
        foreach (var group in Groups)
        {
            for (var i = 1; i < group.Count; i++)
            {
                var version = group[i];
                var j = i - 1;
                while (j >= 0 && group[j].Validity.From > version.Validity.From)
                {
                    group[j + 1] = group[j];
                    j--;
                }

                group[j + 1] = version;
            }
        }

        return this;
    }

    /// <summary>The versions carrying <paramref name="code"/>, in catalog order, or null.</summary>
    public List<ActVersion>? Versions(ActCode code) =>
        _byLetter.TryGetValue(code.Letter, out var groups) ? Find(groups, code.Coefficient) : null;

    private static List<ActVersion>? Find(List<List<ActVersion>> groups, decimal coefficient)
    {
        foreach (var group in groups)
        {
            if (group[0].Period.Coefficient == coefficient)
            {
                return group;
            }
        }

        return null;
    }
}
