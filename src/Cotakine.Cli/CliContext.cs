using System.Globalization;
using Cotakine.Catalog;
using Cotakine.Practice;
using Spectre.Console;

namespace Cotakine.Cli;

/// <summary>
/// What a command may touch: the streams, the clock and the catalog, all handed in by <see cref="CliApp.Run"/>
/// so that the whole program runs in-process in tests with a fake clock.
/// </summary>
/// <remarks>
/// The catalog is read on first use, not when the context is made: the command line is built and parsed meanwhile,
/// while <see cref="Program"/> loads the embedded catalog on a second thread (start-up time, bench/cli-startup.sh).
/// </remarks>
internal sealed class CliContext(TextReader stdin, TextWriter stdout, TextWriter stderr, TimeProvider time, Func<NgapCatalog> catalog)
{
    private readonly Lazy<NgapCatalog> _catalog = new(catalog, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>French formats for people (16,53 €, 01/02/2026).</summary>
    public static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Standard input (quote requests).</summary>
    public TextReader Stdin { get; } = stdin;

    /// <summary>Standard output: results only.</summary>
    public TextWriter Stdout { get; } = stdout;

    /// <summary>Standard error: messages.</summary>
    public TextWriter Stderr { get; } = stderr;

    /// <summary>The clock, read only for the default <c>--date</c>.</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>Runs the web app for <c>serve</c> (null in tests that do not start a server).</summary>
    public Func<string[], int>? Server { get; init; }

    /// <summary>The nomenclature (loaded and checked on first use).</summary>
    public NgapCatalog Catalog => _catalog.Value;

    /// <summary>A Spectre console writing plain text (no colours, no ANSI codes) to <see cref="Stdout"/>.</summary>
    public IAnsiConsole HumanConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Stdout),
        });
        console.Profile.Width = 120;
        return console;
    }

    /// <summary>
    /// The date given by <c>--date</c> (strictly <c>YYYY-MM-DD</c>), or today in <paramref name="timeZoneId"/>, the time
    /// zone of the territory of the place of care (a session on 1 January at 01:00 in Paris is still 31 December in Guadeloupe),
    /// as the practice's own <see cref="PracticeCalendar"/> tells it.
    /// </summary>
    public DateOnly DateOrToday(string? text, string timeZoneId)
    {
        if (text is not null)
        {
            return IsoDate.TryParse(text, out var date)
                ? date
                : throw new CliUsageException($"--date : « {text} » n'est pas une date valide (format attendu AAAA-MM-JJ, jour existant du calendrier).");
        }

        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            zone = TimeZoneInfo.Utc;
        }

        return new PracticeCalendar(zone, Time).Today;
    }

    /// <summary>A price for people: <c>16,53 €</c>, or « inconnu » when the catalog has none.</summary>
    public static string Euros(decimal? amount) =>
        amount is { } value ? string.Create(French, $"{Money.MoneyRounding.ToCent(value):N2}\u00a0€") : "inconnu";

    /// <summary>A date for people: <c>01/02/2026</c>.</summary>
    public static string FrenchDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
