using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cotakine.Web.Tests;

/// <summary>The web app on a real database (SQLite temp file or a throw-away PostgreSQL), a fake clock and the real quote engine.</summary>
public abstract class AppFactory : WebApplicationFactory<Program>
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        // The tests open practices through the API (registration is closed by default) from one client address (the
        // per-address limiter would stop them: its own tests use ThrottledAppFactory), and call the app as localhost and
        // as the practice's public name (HTTPS cookies, HSTS).
        builder.UseSetting("Accounts:Registration", "open");
        builder.UseSetting("Accounts:AttemptsPerMinute", "1000000");
        builder.UseSetting("AllowedHosts", "localhost;cabinet.example");
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    private static int _rpps = 100;

    /// <summary>A client signed in to a brand-new practice of its own.</summary>
    public async Task<HttpClient> NewPracticeAsync(string department = "75")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var n = Interlocked.Increment(ref _rpps);
        var response = await client.PostAsJsonAsync("/api/account/register", new
        {
            email = $"kine{n}-{Provider}@example.fr", password = "Secret-Kine-42", practiceName = $"Cabinet {n}", department, zone = "plaine",
            address = "2 rue X", rpps = $"{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}", amNumber = "751234567",
            lastName = "Kiné", firstName = $"N{n}",
        });
        response.EnsureSuccessStatusCode();
        _emails.AddOrUpdate(client, $"kine{n}-{Provider}@example.fr");
        return client;
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, string> _emails = [];

    /// <summary>Signs <paramref name="client"/> (made by <see cref="NewPracticeAsync"/>) in again, e.g. after its server-side session was dropped.</summary>
    public async Task SignInAgainAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var email = _emails.TryGetValue(client, out var known) ? known : throw new ArgumentException("Client inconnu.", nameof(client));
        var response = await client.PostAsJsonAsync("/api/account/login", new { email, password = "Secret-Kine-42" });
        response.EnsureSuccessStatusCode();
    }
}

public sealed class SqliteAppFactory : AppFactory
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cotakine-test-{Guid.NewGuid():N}.db");

    protected override string Provider => "sqlite";

    protected override string ConnectionString => $"Data Source={_file};Default Timeout=60";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        SqliteFiles.Delete(_file);
    }
}

public sealed class PostgresAppFactory : AppFactory
{
    private readonly PostgresServer _server = new();

    protected override string Provider => "postgres";

    protected override string ConnectionString => _server.ConnectionString("cotakine_tests");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Npgsql.NpgsqlConnection.ClearAllPools();
        _server.Dispose();
    }
}
