using BenchmarkDotNet.Running;

namespace Cotakine.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project bench/Cotakine.Benchmarks -- --filter '*Quote*'</c>.</summary>
public static class Program
{
    /// <summary>Lets BenchmarkDotNet pick the benchmarks from the command line (<c>--filter</c>, <c>--job short</c>…).</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
