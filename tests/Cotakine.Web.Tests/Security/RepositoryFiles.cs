using System.Diagnostics;

namespace Cotakine.Web.Tests.Security;

/// <summary>The repository checkout the tests run from (found upwards from the test binaries) and its tracked files.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>The files git tracks (<c>git ls-files</c>), relative to <see cref="Root"/>.</summary>
    public static IReadOnlyList<string> Tracked()
    {
        var info = new ProcessStartInfo("git", ["-C", Root, "-c", "safe.directory=*", "ls-files", "-z"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var git = Process.Start(info)!;
        var output = git.StandardOutput.ReadToEnd();
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git ls-files a échoué : {error}");
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cotakine.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cotakine.slnx introuvable au-dessus de " + AppContext.BaseDirectory);
    }
}
