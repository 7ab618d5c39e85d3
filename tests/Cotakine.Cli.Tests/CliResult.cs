using System.Text.Json;

namespace Cotakine.Cli.Tests;

/// <summary>Exit code and the two output streams of a command run in-process (also linked into bench/Cotakine.BenchHost.Tests).</summary>
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
