using System.Reflection;
using System.Xml.Linq;

namespace Cotakine.Architecture.Tests;

/// <summary>
/// The product as shipped — the domain, the persistence, the web app and the <c>cotakine</c> command line — and what is
/// built beside it from <c>bench/</c> and <c>tests/</c> (benchmarks, load generator, test-support libraries, tests),
/// read from the repository's project files so that a new bench or support project is covered without editing a list.
/// </summary>
internal static class ProductAssemblies
{
    public static Assembly Domain { get; } = typeof(Catalog.NgapCatalog).Assembly;

    public static Assembly Persistence { get; } = typeof(Persistence.CotakineDbContext).Assembly;

    public static Assembly Web { get; } = typeof(Web.CotakineWebApp).Assembly;

    public static Assembly Cli { get; } = typeof(Cli.CliApp).Assembly;

    public static IReadOnlyList<Assembly> All { get; } = [Domain, Persistence, Web, Cli];

    /// <summary>The repository checkout the tests run from (the folder holding <c>Cotakine.slnx</c>).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Every project file under <paramref name="folder"/> (<c>src</c>, <c>bench</c>, <c>tests</c>).</summary>
    public static IReadOnlyList<string> Projects(string folder) =>
        Directory.GetFiles(Path.Combine(Root, folder), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The name of the assembly a project builds: its <c>AssemblyName</c>, or the project file's name.</summary>
    public static string AssemblyNameOf(string project) =>
        XDocument.Load(project).Descendants("AssemblyName").Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0)
        ?? Path.GetFileNameWithoutExtension(project);

    /// <summary>The projects <paramref name="project"/> references, as full paths.</summary>
    public static IEnumerable<string> ProjectReferences(string project) =>
        XDocument.Load(project).Descendants("ProjectReference")
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>()
            .Select(include => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, include.Replace('\\', Path.DirectorySeparatorChar))));

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
