using System.Globalization;
using Cotakine.Catalog;

namespace Cotakine.BenchHost;

/// <summary>
/// What the batch may touch: its two output streams and the catalog, handed in by <see cref="BenchApp.Run"/> so that
/// the tests run it in-process exactly as <c>Program.cs</c> does with the real console.
/// </summary>
internal sealed class BenchContext(TextWriter stdout, TextWriter stderr, Func<NgapCatalog> catalog)
{
    private readonly Lazy<NgapCatalog> _catalog = new(catalog, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>French formats for people (16,53 €, 600 000).</summary>
    public static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Standard output: results only.</summary>
    public TextWriter Stdout { get; } = stdout;

    /// <summary>Standard error: progress and messages.</summary>
    public TextWriter Stderr { get; } = stderr;

    /// <summary>The nomenclature (loaded and checked on first use).</summary>
    public NgapCatalog Catalog => _catalog.Value;

    /// <summary>An amount for people: <c>16,53 €</c>, as <c>cotakine</c> prints it.</summary>
    public static string Euros(decimal amount) => string.Create(French, $"{Money.MoneyRounding.ToCent(amount):N2}\u00a0€");
}
