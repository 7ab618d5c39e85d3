using System.Text.RegularExpressions;

namespace Cotakine.Web.Tests.Security;

/// <summary>
/// Issue 6 « Content Security Policy »: the policy (<c>script-src 'self'; style-src 'self'</c>) blocks any inline script,
/// event handler, style attribute or <c>javascript:</c> URL, so none may be written in a view (or in the HTML the UI
/// builds in C#). This fails at build time on what the browser test would only catch on a visited page.
/// </summary>
public sealed partial class InlineCodeTests
{
    [Fact]
    public void No_view_has_inline_script_handler_style_or_javascript_url()
    {
        var files = RepositoryFiles.Tracked()
            .Where(f => f.StartsWith("src/", StringComparison.Ordinal) && (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal)))
            .ToList();
        Assert.Contains(files, f => f.EndsWith("_Layout.cshtml", StringComparison.Ordinal));
        var hits = files.SelectMany(f => Violations(File.ReadAllText(Path.Combine(RepositoryFiles.Root, f))).Select(v => $"{f} : {v}")).ToList();
        Assert.True(hits.Count == 0, "Code inline interdit par la CSP (déplacez-le dans cotakine.js / cotakine.css) :\n" + string.Join("\n", hits));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<SCRIPT type=\"module\">x()</SCRIPT>")]
    [InlineData("<button type=\"button\" onclick=\"window.print()\">Imprimer</button>")]
    [InlineData("<body onload='go()'>")]
    [InlineData("<p style=\"color:red\">x</p>")]
    [InlineData("<style>p { color: red }</style>")]
    [InlineData("<a href=\"javascript:void(0)\">x</a>")]
    [InlineData("sb.Append(\"<span style=\\\"color:red\\\">\");")]
    public void The_check_finds_each_kind_of_inline_code(string text) => Assert.NotEmpty(Violations(text));

    [Theory]
    [InlineData("<script src=\"/ui/assets/cotakine.js\" defer></script>")]
    [InlineData("<meta name=\"viewport\" content=\"width=device-width\">")]
    [InlineData("<button type=\"button\" data-print>Imprimer</button>")]
    [InlineData("<form method=\"post\" asp-page-handler=\"Dap\" class=\"toolbar\">")]
    public void The_check_lets_external_scripts_and_data_attributes_through(string text) => Assert.Empty(Violations(text));

    private static IEnumerable<string> Violations(string text) =>
        new[] { InlineScript(), EventHandler(), StyleAttribute(), StyleElement(), JavascriptUrl() }
            .SelectMany(r => r.Matches(text)).Select(m => m.Value.Trim());

    [GeneratedRegex(@"<script\b(?![^>]*\bsrc\s*=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=\s*\\?[""'][^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"<[a-z][^>]*\sstyle\s*=\s*\\?[""']", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"<style\b", RegexOptions.IgnoreCase)]
    private static partial Regex StyleElement();

    [GeneratedRegex(@"javascript\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex JavascriptUrl();
}
