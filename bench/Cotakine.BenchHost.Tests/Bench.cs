using Cotakine.Cli.Tests;

namespace Cotakine.BenchHost.Tests;

/// <summary>Runs <c>cotakine-bench</c> in-process and captures what it prints, as the CLI tests run <c>cotakine</c>.</summary>
internal static class Bench
{
    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = BenchApp.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
