using System.Net;
using System.Net.Sockets;
using Cotakine.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Cotakine.Browser.Tests;

/// <summary>
/// The REAL Cotakine web app (<see cref="CotakineWebApp.Build"/>: accounts, practice data, API, French UI) on real Kestrel
/// at 127.0.0.1 on a free port, with its own SQLite file (migrated and seeded with the demo practice at start), and
/// Debian's Chromium driven by Playwright. Pages that need a session log in with <see cref="LoginAsync"/>.
/// </summary>
public sealed class UiServerFixture : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"cotakine-browser-{Guid.NewGuid():N}.db");
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The running app's services (its endpoint list, for tests that must visit every page).</summary>
    public IServiceProvider Services => _app!.Services;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the screenshots go (a test artefact under bin/, never committed).</summary>
    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        _app = CotakineWebApp.Build([
            "--urls", BaseUrl,
            "--environment", "Production",
            $"--Database:ConnectionString=Data Source={_database}",
            "--Logging:LogLevel:Default=Warning",
            "--Accounts:Registration=open", // some tests open a practice of their own through the API
            "--Accounts:AttemptsPerMinute=1000000", // every test signs in from 127.0.0.1: the per-address limit has its own tests
        ]);
        await _app.StartAsync();

        Directory.CreateDirectory(ScreenshotDirectory);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--lang=fr-FR"],
        });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "fr-FR", AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        // The other test projects run beside these on 2 cores: a first sign-in (password hashing, JIT) can take longer
        // than Playwright's 30 s default under that load; a navigation that never ends still fails.
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>A new browser page logged in as the demo practitioner (through the login form).</summary>
    public async Task<IPage> LoggedInPageAsync()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/connexion");
        await page.FillAsync("#email", DemoData.Email);
        await page.FillAsync("#motdepasse", DemoData.Password);
        await page.ClickAsync("#se-connecter");
        await page.WaitForURLAsync(BaseUrl + "/");
        return page;
    }

    public Task ScreenshotAsync(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = fullPage });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class UiCollection : ICollectionFixture<UiServerFixture>
{
    public const string Name = "ui";
}
