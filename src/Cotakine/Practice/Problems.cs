using System.Collections;

namespace Cotakine.Practice;

/// <summary>
/// The problems of one action, in the order they were found, several per field allowed. Empty means the action may go on.
/// A small collector so that a rule can say « and also this » without the caller threading lists.
/// </summary>
public sealed class Problems : IReadOnlyList<Problem>
{
    private readonly List<Problem> _items = [];

    /// <summary>Whether any problem was found.</summary>
    public bool Any => _items.Count > 0;

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <inheritdoc />
    public Problem this[int index] => _items[index];

    /// <summary>Adds a problem on <paramref name="field"/>.</summary>
    public Problems Add(string field, string message)
    {
        _items.Add(new Problem(field, message));
        return this;
    }

    /// <summary>Adds <paramref name="problem"/> when there is one.</summary>
    public Problems Add(Problem? problem)
    {
        if (problem is not null)
        {
            _items.Add(problem);
        }

        return this;
    }

    /// <summary>Whether a problem concerns <paramref name="field"/>.</summary>
    public bool On(string field) => _items.Exists(p => p.Field == field);

    /// <inheritdoc />
    public IEnumerator<Problem> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
