namespace Cotakine.Tests;

/// <summary>
/// The source documents the golden tests read, copied into the repository (<c>Fixtures/</c>, each named with its source
/// in <c>Fixtures/README.md</c>) so that a plain clone runs every test with nothing beside it.
/// </summary>
internal static class Fixtures
{
    /// <summary>Seed 001 (the Doctolib NGAP 2024 guide and its act tables), verbatim.</summary>
    public static string Seed001 { get; } = File("seed-001-doctolib-ngap-2024.txt");

    /// <summary>The public contract, version 1.1 (its rule identifiers table is what <c>RuleId.All</c> must equal), verbatim.</summary>
    public static string Contract { get; } = File("contract-1.1.md");

    private static string File(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        return System.IO.File.Exists(path) ? path : throw new FileNotFoundException($"Donnée de test introuvable : {path} (tests/Cotakine.Tests/Fixtures/).", path);
    }
}
