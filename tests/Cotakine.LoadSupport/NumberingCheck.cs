using System.Globalization;

namespace Cotakine.LoadSupport;

/// <summary>
/// The numbering rule a load run checks afterwards (the one <c>InvoiceLedger</c> keeps: gap-free, chronological): per
/// practitioner and year, the numbers <c>AAAA-NNNNNN</c> are 1, 2, … n with no gap and no duplicate.
/// </summary>
public static class NumberingCheck
{
    /// <summary>One French description per practitioner and year whose numbers are not exactly 1…n.</summary>
    public static IReadOnlyList<string> Problems(string practice, IEnumerable<(Guid PractitionerId, string Number)> invoices)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        var problems = new List<string>();
        foreach (var counter in invoices.GroupBy(i => (i.PractitionerId, Year: i.Number.Split('-')[0])))
        {
            var sequences = counter.Select(i => long.Parse(i.Number.Split('-')[1], CultureInfo.InvariantCulture)).Order().ToList();
            if (!sequences.SequenceEqual(Enumerable.Range(1, sequences.Count).Select(n => (long)n)))
            {
                problems.Add($"{practice} : numéros {counter.Key.Year} du kiné {counter.Key.PractitionerId} avec trou ou doublon ({string.Join(", ", sequences)})");
            }
        }

        return problems;
    }
}
