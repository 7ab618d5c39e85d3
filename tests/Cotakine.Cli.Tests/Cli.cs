using Cotakine.Cli;
using Microsoft.Extensions.Time.Testing;

namespace Cotakine.Cli.Tests;

/// <summary>Runs the program in-process with a fake clock and captures what it prints.</summary>
internal static class Cli
{
    /// <summary>12 March 2026, 10:00 in Paris: the date of the contract's quote example.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 3, 12, 9, 0, 0, TimeSpan.Zero);

    public static CliResult Run(params string[] args) => RunAt(DefaultNow, null, args);

    public static CliResult RunWithStdin(string stdin, params string[] args) => RunAt(DefaultNow, stdin, args);

    public static CliResult RunAt(DateTimeOffset now, string? stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, new StringReader(stdin ?? ""), stdout, stderr, new FakeTimeProvider(now));
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
