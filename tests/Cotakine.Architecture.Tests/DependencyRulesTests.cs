namespace Cotakine.Architecture.Tests;

/// <summary>
/// The one-way flow of ARCHITECTURE.md, enforced: the domain decides without knowing the database or the web, and the
/// product never depends on the benchmark workload or on test support (those depend on the product, not the reverse).
/// Checked twice: on the built assemblies' references (what the compiler kept) and on the project files (a reference
/// the compiler drops because no type of it is used yet is still a dependency waiting to happen).
/// </summary>
public sealed class DependencyRulesTests
{
    private static readonly string[] ForbiddenInDomain = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore"];

    [Fact]
    public void The_domain_references_neither_EF_Core_nor_ASP_NET_Core()
    {
        var offending = ProductAssemblies.Domain.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => ForbiddenInDomain.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        Assert.True(offending.Count == 0, $"Cotakine.Domain référence : {string.Join(", ", offending)}");
    }

    [Fact]
    public void The_domain_project_has_no_EF_Core_nor_ASP_NET_Core_package_or_framework()
    {
        var project = System.Xml.Linq.XDocument.Load(Path.Combine(ProductAssemblies.Root, "src", "Cotakine", "Cotakine.csproj"));
        var offending = project.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "FrameworkReference")
            .Select(e => (string?)e.Attribute("Include") ?? "")
            .Where(name => ForbiddenInDomain.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        Assert.True(offending.Count == 0, $"src/Cotakine/Cotakine.csproj dépend de : {string.Join(", ", offending)}");
    }

    [Fact]
    public void No_product_assembly_references_an_assembly_built_from_bench_or_tests()
    {
        var notProduct = ProductAssemblies.Projects("bench").Concat(ProductAssemblies.Projects("tests"))
            .Select(ProductAssemblies.AssemblyNameOf)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Cotakine.LoadSupport", notProduct); // the rule reads the projects it guards against
        Assert.Contains("cotakine-bench", notProduct);

        var offending = ProductAssemblies.All
            .SelectMany(product => product.GetReferencedAssemblies()
                .Where(reference => notProduct.Contains(reference.Name!))
                .Select(reference => $"{product.GetName().Name} → {reference.Name}"))
            .ToList();

        Assert.True(offending.Count == 0, $"Le produit référence du code de bench/ ou tests/ : {string.Join(", ", offending)}");
    }

    [Fact]
    public void No_product_project_references_a_project_under_bench_or_tests()
    {
        var outside = new[] { "bench", "tests" }.Select(f => Path.Combine(ProductAssemblies.Root, f) + Path.DirectorySeparatorChar).ToList();
        var products = ProductAssemblies.Projects("src");
        Assert.Equal(4, products.Count); // Cotakine (domain), Persistence, Web, Cli

        var offending = products
            .SelectMany(project => ProductAssemblies.ProjectReferences(project)
                .Where(reference => outside.Any(o => reference.StartsWith(o, StringComparison.Ordinal)))
                .Select(reference => $"{Path.GetRelativePath(ProductAssemblies.Root, project)} → {Path.GetRelativePath(ProductAssemblies.Root, reference)}"))
            .ToList();

        Assert.True(offending.Count == 0, $"Un projet du produit référence bench/ ou tests/ : {string.Join(", ", offending)}");
    }
}
