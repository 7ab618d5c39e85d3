using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Cotakine.Web.Tests.Pages;

/// <summary>Helpers for page tests: JSON set-up through the API, HTML reading, form posts with the antiforgery token.</summary>
internal static partial class PageKit
{
    public static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    public static async Task<JsonNode> PostJsonAsync(HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{url} → {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    public static async Task<string> PatientAsync(HttpClient client, string lastName = "Durand", string firstName = "Marie") =>
        Id(await PostJsonAsync(client, "/api/patients", new { lastName, firstName, coverage = "standard", regime = "general" }));

    /// <summary>GET a page: asserts 200 and returns the HTML, decoded (so French text compares as typed).</summary>
    public static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} → {(int)response.StatusCode} {html}");
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>Posts a form the way the browser does: first GET the page for its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = TokenRegex().Match(page);
        Assert.True(token.Success, $"no antiforgery token on {pageUrl}");
        var all = fields.Append(new("__RequestVerificationToken", token.Groups[1].Value)).ToList();
        return await client.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent(all));
    }

    /// <summary>The words of a PDF, read back with PdfPig (one line per page).</summary>
    public static string PdfText(byte[] bytes)
    {
        using var doc = PdfDocument.Open(bytes);
        return string.Join("\n", doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
