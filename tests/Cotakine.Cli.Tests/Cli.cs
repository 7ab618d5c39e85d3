using System.Text.Json;
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

/// <summary>Exit code and the two output streams.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public JsonElement Json() => JsonDocument.Parse(Stdout).RootElement;

    /// <summary>The contract's discipline for exit 2: a French message on stderr naming the field, nothing on stdout.</summary>
    public void AssertInvalid(string field)
    {
        Assert.True(ExitCode == 2, $"exit {ExitCode}, stderr: {Stderr}, stdout: {Stdout}");
        Assert.Equal("", Stdout);
        Assert.Contains(field, Stderr);
        Assert.Contains("Erreur", Stderr);
        Assert.DoesNotContain("   at ", Stderr);
    }
}
