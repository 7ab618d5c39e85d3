using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cotakine.Web.Tests;

/// <summary>
/// Issue 6 « secure cookies »: the auth and antiforgery cookies as the browser receives them (Set-Cookie), over plain
/// HTTP (cotakine serve on 127.0.0.1) and over HTTPS (a practice behind TLS), the session lifetime, HSTS and the CSP.
/// </summary>
public abstract partial class PracticeWorkflowTests<TFactory>
{
    [Theory]
    [InlineData("http://localhost/", false)]
    [InlineData("https://cabinet.example/", true)]
    public async Task Auth_and_antiforgery_cookies_are_http_only_same_site_strict_and_secure_over_https(string baseAddress, bool https)
    {
        var (registered, _) = await RegisterAsync("cookie", "Cookie", "Kiné", "Cabinet Cookie");
        var email = (await registered.GetFromJsonAsync<JsonObject>("/api/account/me"))!["email"]!.GetValue<string>();
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), HandleCookies = false, AllowAutoRedirect = false });

        var login = await client.PostAsJsonAsync("/api/account/login", new { email, password = Password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        var auth = Cookie(login, "cotakine");
        Assert.Contains("httponly", auth);
        Assert.Contains("samesite=strict", auth);
        Assert.Contains("path=/", auth);
        Assert.Equal(https, auth.Contains("secure"));
        Assert.DoesNotContain(auth, a => a.StartsWith("expires=", StringComparison.Ordinal)); // a session cookie: gone with the browser

        var form = await client.GetAsync("/connexion");
        var antiforgery = Cookie(form, "cotakine-csrf");
        Assert.Contains("httponly", antiforgery);
        Assert.Contains("samesite=strict", antiforgery);
        Assert.Equal(https, antiforgery.Contains("secure"));

        // The ticket inside the cookie: 8 hours, renewed while the user works (sliding).
        var options = App.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var value = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("cotakine=", StringComparison.Ordinal)).Split(';')[0]["cotakine=".Length..];
        var ticket = options.TicketDataFormat.Unprotect(value)!;
        Assert.Equal(TimeSpan.FromHours(8), ticket.Properties.ExpiresUtc - ticket.Properties.IssuedUtc);
        Assert.True(options.SlidingExpiration);
        Assert.False(ticket.Properties.IsPersistent);
    }

    [Fact]
    public async Task Behind_a_local_tls_proxy_the_cookies_are_secure()
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://cabinet.example/"), HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/connexion");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await client.SendAsync(request);
        Assert.Contains("secure", Cookie(response, "cotakine-csrf"));
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("https://cabinet.example/", "max-age=31536000")]
    [InlineData("http://cabinet.example/", null)]
    [InlineData("https://localhost/", null)]
    public async Task Hsts_is_sent_over_https_only(string baseAddress, string? expected)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });
        var response = await client.GetAsync("/connexion");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Headers.TryGetValues("Strict-Transport-Security", out var values) ? values.Single() : null);
    }

    [Theory]
    [InlineData("/connexion")]
    [InlineData("/coter")]
    [InlineData("/api/patients")]
    public async Task Content_security_policy_allows_only_the_app_own_scripts_and_styles(string path)
    {
        var response = await App.CreateClient().GetAsync(path);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single().Split(';', StringSplitOptions.TrimEntries).ToHashSet();
        foreach (var directive in new[]
                 {
                     "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "object-src 'none'",
                     "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'",
                 })
        {
            Assert.Contains(directive, policy);
        }

        Assert.DoesNotContain(policy, d => d.Contains("unsafe", StringComparison.Ordinal));
    }

    /// <summary>The attributes of the Set-Cookie of <paramref name="name"/>, lower-cased (« httponly », « samesite=strict »…).</summary>
    private static List<string> Cookie(HttpResponseMessage response, string name)
    {
        var header = response.Headers.GetValues("Set-Cookie").SingleOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal));
        Assert.True(header is not null, $"pas de cookie {name} dans {string.Join(" | ", response.Headers.GetValues("Set-Cookie"))}");
        return header!.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
    }
}
