using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cotakine.Web.Features.Account;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cotakine.Web.Tests;

/// <summary>Issue 15, item 10: the per-address rate limiter on the account forms and endpoints.</summary>
public sealed class AccountRateLimitTests(ThrottledAccountsFactory app) : IClassFixture<ThrottledAccountsFactory>
{
    [Fact]
    public async Task An_address_gets_ten_tries_a_minute_and_another_address_is_not_slowed()
    {
        var guesser = app.CreateClient();
        guesser.DefaultRequestHeaders.Add(AccountsAppFactory.ClientHeader, "203.0.113.50");
        var answers = new List<HttpStatusCode>();
        for (var n = 0; n < 12; n++)
        {
            answers.Add((await guesser.PostAsJsonAsync("/api/account/login", new { email = $"x{n}@example.fr", password = "Devine-Mot-42" })).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 10), answers.Take(10));
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers.Skip(10));
        var register = await guesser.PostAsJsonAsync("/api/account/register", AccountSecurityTests.Registration("r@example.fr", "Secret-Kine-42"));
        Assert.Equal(HttpStatusCode.TooManyRequests, register.StatusCode);
        Assert.True(register.Headers.RetryAfter is not null);

        var owner = app.CreateClient();
        owner.DefaultRequestHeaders.Add(AccountsAppFactory.ClientHeader, "192.0.2.10");
        Assert.Equal(HttpStatusCode.NoContent, (await owner.PostAsJsonAsync("/api/account/login", new { email = DemoData.Email, password = DemoData.Password })).StatusCode);
    }
}

/// <summary>
/// Issue 15, items 7, 14, 18: `cotakine serve` as it starts on 127.0.0.1 — the demo practice, registration closed,
/// only the loopback names answered.
/// </summary>
public sealed class LoopbackServerTests(LoopbackDefaultsFactory app) : IClassFixture<LoopbackDefaultsFactory>
{
    [Fact]
    public async Task The_demo_practice_opens_and_registration_is_closed()
    {
        Assert.Equal(HttpStatusCode.NoContent, (await app.CreateClient().PostAsJsonAsync("/api/account/login", new { email = DemoData.Email, password = DemoData.Password })).StatusCode);
        var register = await app.CreateClient().PostAsJsonAsync("/api/account/register", AccountSecurityTests.Registration($"ouvert-{Guid.NewGuid():N}@example.fr", "Secret-Kine-42"));
        Assert.Equal(HttpStatusCode.Forbidden, register.StatusCode);
        Assert.Contains("Inscription fermée", await register.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost/", HttpStatusCode.OK)]
    [InlineData("http://127.0.0.1/", HttpStatusCode.OK)]
    [InlineData("http://[::1]/", HttpStatusCode.OK)]
    [InlineData("http://rebind.attacker.example/", HttpStatusCode.BadRequest)]
    public async Task Only_the_loopback_names_are_answered(string baseAddress, HttpStatusCode expected)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/patients");
        request.Headers.Accept.ParseAdd("text/html");
        var response = await client.SendAsync(request);
        // A known name is sent to the login page; any other name gets 400 and is never reflected in a redirect.
        Assert.Equal(expected, response.StatusCode == HttpStatusCode.Redirect ? HttpStatusCode.OK : response.StatusCode);
        Assert.DoesNotContain("attacker", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }
}

/// <summary>Issue 15, items 7 and 14: a server others reach starts without the demo practice and waits for its first account.</summary>
public sealed class PublicServerTests(PublicServerFactory app) : IClassFixture<PublicServerFactory>
{
    [Fact]
    public async Task No_known_password_and_the_first_account_needs_the_console_code()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/account/login", new { email = DemoData.Email, password = DemoData.Password })).StatusCode);
        var login = new HttpRequestMessage(HttpMethod.Get, "/connexion");
        login.Headers.Accept.ParseAdd("text/html");
        Assert.Equal("/premier-compte", (await client.SendAsync(login)).Headers.Location?.ToString());

        var gate = app.Services.GetRequiredService<RegistrationGate>();
        var code = gate.SetupCode!;
        Assert.Contains(app.Logs, l => l.Message.Contains(code, StringComparison.Ordinal));
        var email = $"premier-{Guid.NewGuid():N}@example.fr";
        var body = AccountSecurityTests.Registration(email, "Secret-Kine-42");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/account/register", body)).StatusCode);
        var withWrongCode = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(body))!.AsObject();
        withWrongCode["setupCode"] = "MAUVAISCODE1";
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/account/register", withWrongCode)).StatusCode);

        var withCode = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(body))!.AsObject();
        withCode["setupCode"] = code.ToLowerInvariant();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/account/register", withCode)).StatusCode);

        // Spent: a second practice cannot use it.
        withCode["email"] = $"second-{Guid.NewGuid():N}@example.fr";
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/account/register", withCode)).StatusCode);
        Assert.Null(gate.SetupCode);
    }
}

/// <summary>Issue 15, item 18: which Host names a server answers, from its listening URLs and AllowedHosts.</summary>
public sealed class ServedAddressesTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000", null, "localhost;127.0.0.1;[::1]")]
    [InlineData(null, null, "localhost;127.0.0.1;[::1]")]
    [InlineData("http://[::1]:5000;http://localhost:5001", null, "localhost;127.0.0.1;[::1]")]
    [InlineData("http://cabinet.local:5000", null, "cabinet.local;localhost;127.0.0.1;[::1]")]
    [InlineData("http://0.0.0.0:5000", "cabinet.example.fr", "cabinet.example.fr")]
    [InlineData("http://0.0.0.0:5000", null, null)]
    [InlineData("http://*:5000", "*", null)]
    public void Hosts_follow_the_listening_addresses(string? urls, string? allowedHosts, string? expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls, ["AllowedHosts"] = allowedHosts }).Build();
        Assert.Equal(expected, ServedAddresses.AllowedHosts(configuration) is { } hosts ? string.Join(';', hosts) : null);
    }
}
