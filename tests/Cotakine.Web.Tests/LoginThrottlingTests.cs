using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Cotakine.Web.Tests;

public abstract partial class PracticeWorkflowTests<TFactory>
{
    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        // Issue 6 « login throttling »: 5 wrong passwords in a row lock the account for 5 minutes — for this client address
        // (issue 15: a lock anyone could set from anywhere kept the owner out), with the same answer as a wrong password
        // (issue 15: 429 at lockout told an outsider the address has an account).
        var kine = await App.NewPracticeAsync();
        var email = $"secretaire-{Guid.NewGuid():N}@example.fr";
        Assert.Equal(HttpStatusCode.Created, (await kine.PostAsJsonAsync("/api/account/secretaries", new { email, password = "Secret-Secr-42" })).StatusCode);

        var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/account/login", new { email, password = "mauvais-mot-de-passe" })).StatusCode);
        }

        var locked = await client.PostAsJsonAsync("/api/account/login", new { email, password = "Secret-Secr-42" });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(Features.Account.SignIn.Refused, (await locked.Content.ReadFromJsonAsync<JsonObject>())!["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/account/me")).StatusCode);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/connexion")]
    [InlineData("/api/patients")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        // Issue 6 « security headers »: also on refusals (401) and public pages.
        var response = await App.CreateClient().GetAsync(path);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
