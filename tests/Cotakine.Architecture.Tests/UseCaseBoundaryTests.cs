using NetArchTest.Rules;

namespace Cotakine.Architecture.Tests;

/// <summary>
/// The web app's use cases (<c>Features/*</c> actions and queries, the documents) serve both the API and the pages,
/// so they know neither: no use case depends on a Razor page or page helper (<c>Cotakine.Web.Pages</c>) nor on an endpoint
/// class (<c>…Api</c>). A rule that leaks into a page or an endpoint is a rule the other adapter forgets — the drift this
/// layout exists to prevent. Checked on the compiled code (every type a method body touches, not only signatures).
/// </summary>
public sealed class UseCaseBoundaryTests
{
    private static readonly string[] UseCaseNamespaces = ["Cotakine.Web.Features", "Cotakine.Web.Documents"];

    /// <summary>The endpoint classes (<c>MapXxxApi</c> holders) of the web app.</summary>
    private static IReadOnlyList<Type> Endpoints { get; } = ProductAssemblies.Web.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: true, IsSealed: true, DeclaringType: null } && t.Name.EndsWith("Api", StringComparison.Ordinal))
        .ToList();

    [Fact]
    public void The_rule_sees_the_endpoints_and_the_use_cases_it_guards()
    {
        Assert.Contains(Endpoints, t => t.Name == "InvoicesApi");
        Assert.Contains(Endpoints, t => t.Name == "PlansApi");
        Assert.NotEmpty(UseCases().GetTypes());
    }

    [Fact]
    public void No_use_case_depends_on_a_page()
    {
        var failing = Failing(UseCases().ShouldNot().HaveDependencyOnAny("Cotakine.Web.Pages").GetResult());
        Assert.True(failing.Count == 0, "Cas d'usage qui dépendent d'une page : " + string.Join(", ", failing));
    }

    [Fact]
    public void No_use_case_depends_on_an_endpoint_class()
    {
        var failing = Failing(UseCases().ShouldNot().HaveDependencyOnAny(Endpoints.Select(t => t.FullName!).ToArray()).GetResult());
        Assert.True(failing.Count == 0, "Cas d'usage qui dépendent d'un point d'accès de l'API : " + string.Join(", ", failing));
    }

    /// <summary>The use-case types: in a use-case namespace, neither an endpoint class nor a type nested in one.</summary>
    private static PredicateList UseCases() =>
        Types.InAssembly(ProductAssemblies.Web).That()
            .ResideInNamespaceMatching($"^({string.Join('|', UseCaseNamespaces.Select(n => n.Replace(".", "\\.", StringComparison.Ordinal)))})(\\..+)?$")
            .And().DoNotHaveNameEndingWith("Api");

    /// <summary>The failing types, less the compiler's closures nested in an endpoint class (they are the endpoint's code).</summary>
    private static List<string> Failing(TestResult result) =>
        (result.FailingTypes?.Select(t => t.FullName) ?? [])
            .Where(name => !Endpoints.Any(e => name.StartsWith(e.FullName + "/", StringComparison.Ordinal) || name.StartsWith(e.FullName + "+", StringComparison.Ordinal)))
            .ToList();
}
