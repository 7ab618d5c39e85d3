using System.Text.Json;

namespace Cotakine.BenchHost.Tests;

/// <summary>Runs <c>cotakine-bench</c> in-process and captures what it prints.</summary>
internal static class Bench
{
    public static BenchResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BenchApp.Run(args, stdout, stderr);
        return new BenchResult(code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>Exit code and the two output streams.</summary>
internal sealed record BenchResult(int ExitCode, string Stdout, string Stderr)
{
    public JsonElement Json() => JsonDocument.Parse(Stdout).RootElement;

    /// <summary>Bad usage: exit 2, a French message on stderr naming the option, nothing on stdout.</summary>
    public void AssertInvalid(string field)
    {
        Assert.True(ExitCode == 2, $"exit {ExitCode}, stderr: {Stderr}, stdout: {Stdout}");
        Assert.Equal("", Stdout);
        Assert.Contains(field, Stderr);
        Assert.Contains("Erreur", Stderr);
        Assert.DoesNotContain("   at ", Stderr);
    }
}
