using System.Collections.Concurrent;
using System.Net;
using Cotakine.Persistence.Entities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cotakine.Web.Tests;

/// <summary>
/// The SQLite app for the account tests: the client address taken from a test header (<see cref="ClientHeader"/>, as a
/// second machine would have another), every password hash check counted (<see cref="Hashes"/>), every log line kept
/// (<see cref="Logs"/>). Subclasses change one setting each.
/// </summary>
public abstract class AccountsAppFactory : AppFactory
{
    public const string ClientHeader = "X-Test-Client";

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cotakine-accounts-{Guid.NewGuid():N}.db");

    public string DatabaseFile => _file;

    public CountingHasher Hashes { get; } = new();

    public ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Error)> Logs { get; } = new();

    protected override string Provider => "sqlite";

    protected override string ConnectionString => $"Data Source={_file};Default Timeout=60";

    /// <summary>Settings of this variant, applied after the common ones.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(l => l.AddProvider(new KeptLogs(Logs)));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IPasswordHasher<AppUser>>(Hashes);
            services.AddSingleton<IStartupFilter, ClientAddressFilter>();
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        SqliteFiles.Delete(_file);
    }

    /// <summary>Counts the checks of a password against a real account's hash (<see cref="Real"/>) and all checks (<see cref="All"/>).</summary>
    public sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _inner = new();
        private int _all;
        private int _real;

        public int All => _all;

        public int Real => _real;

        public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _all);
            if (user.PasswordHash is not null && user.PasswordHash == hashedPassword)
            {
                Interlocked.Increment(ref _real);
            }

            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class KeptLogs(ConcurrentQueue<(LogLevel, string, string, Exception?)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(logs, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<(LogLevel, string, string, Exception?)> logs, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    logs.Enqueue((logLevel, category, formatter(state, exception), exception));
                }
            }
        }
    }
}

/// <summary>The test settings (registration open, limiter out of the way, localhost and cabinet.example).</summary>
public sealed class OpenAccountsFactory : AccountsAppFactory;

/// <summary>The per-address limiter at its production setting.</summary>
public sealed class ThrottledAccountsFactory : AccountsAppFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Accounts:AttemptsPerMinute"] = "10" };
}

/// <summary>As `cotakine serve` starts on 127.0.0.1: registration closed, no AllowedHosts.</summary>
public sealed class LoopbackDefaultsFactory : AccountsAppFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Accounts:Registration"] = "closed", ["AllowedHosts"] = "*", ["urls"] = "http://127.0.0.1:5000",
    };
}

/// <summary>A server others reach (0.0.0.0, its public name configured): no demo practice, registration closed.</summary>
public sealed class PublicServerFactory : AccountsAppFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Accounts:Registration"] = "closed", ["AllowedHosts"] = "cabinet.example;localhost", ["urls"] = "http://0.0.0.0:5000",
    };
}
