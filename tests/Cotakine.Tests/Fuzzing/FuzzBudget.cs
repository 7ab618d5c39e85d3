using System.Globalization;

namespace Cotakine.Tests.Fuzzing;

/// <summary>
/// How many generated cases a fuzz test runs: the bounded default keeps CI fast; <c>COTAKINE_FUZZ_CASES</c> raises it for a
/// longer hunt (e.g. <c>COTAKINE_FUZZ_CASES=50000 dotnet test --filter Fuzz</c>).
/// </summary>
internal static class FuzzBudget
{
    public static int Cases(int defaultCases) =>
        int.TryParse(Environment.GetEnvironmentVariable("COTAKINE_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0
            ? cases
            : defaultCases;
}
