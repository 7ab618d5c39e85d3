namespace Cotakine.Tests;

/// <summary>
/// Finds the project's shared material (<c>../shared/</c> beside the repository: seeds, reference) so that golden tests
/// read the original documents rather than a copy. CI clones the repository with <c>shared/</c> beside it.
/// </summary>
internal static class SharedMaterial
{
    public static string Directory { get; } = Locate();

    public static string Seed(string prefix) =>
        System.IO.Directory.GetFiles(Path.Combine(Directory, "seeds"), prefix + "_*.txt").Single();

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("COTAKINE_SHARED") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared"), Path.Combine(dir.FullName, "..", "shared") })
            {
                if (System.IO.Directory.Exists(Path.Combine(candidate, "seeds")))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        throw new DirectoryNotFoundException("Dossier shared/ (seeds, reference) introuvable à côté du dépôt ; définir COTAKINE_SHARED.");
    }
}
