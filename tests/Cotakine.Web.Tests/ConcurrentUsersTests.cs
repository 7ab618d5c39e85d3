using Cotakine.LoadSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cotakine.Web.Tests;

/// <summary>
/// 100 users at the same time on one server (issue 6), bounded to a few loops each so it stays a test: each user signs
/// in and runs the practice loop of tests/Cotakine.LoadSupport, the one bench/Cotakine.Load drives too (search, quote, patient, prescription, plan, two sessions,
/// grouped invoice, AMO payment, invoice list), five users per practice billing for the same two kinés. Zero request
/// errors, and afterwards every invoice listed once, paid, numbered without gap or duplicate per kiné and year.
/// The timed version with its figures is bench/load.sh.
/// </summary>
public abstract class ConcurrentUsersTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [Fact]
    public async Task Hundred_concurrent_users_work_without_error_and_invoice_numbers_stay_gap_free()
    {
        var report = await LoadRun.RunAsync(
            () => app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }),
            new LoadOptions { Users = 100, UsersPerPractice = 5, Iterations = 2 });

        Assert.True(report.Errors == 0, $"{report.Errors} erreurs sur {report.Requests} requêtes : {string.Join(" | ", report.ErrorSamples)}");
        Assert.Empty(report.ConsistencyProblems);
        Assert.Equal(100, report.Users);
        Assert.Equal(20, report.Practices);
        // Every loop of every user completed: 100 × 2 grouped invoices, each issued, paid and listed.
        Assert.Equal(200, report.Loops);
        Assert.Equal(200, report.Invoices);
    }
}

/// <summary>
/// The app for the 100-user test: cheap password hashes (200 logins and account creations at the production cost of
/// PBKDF2 would dominate the run and test nothing more), warnings-only logs, and on PostgreSQL a 60 s connection
/// timeout, since 100 users arriving at once make the pool open dozens of server connections on a small shared machine.
/// </summary>
public abstract class ConcurrentUsersAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000));
    }
}

public sealed class ConcurrentUsersSqliteFactory : ConcurrentUsersAppFactory
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cotakine-load-{Guid.NewGuid():N}.db");

    protected override string Provider => "sqlite";

    // No timeout in the connection string: the application's own default busy timeout (Database:BusyTimeoutSeconds, 5 s), as `cotakine serve` runs it.
    protected override string ConnectionString => $"Data Source={_file}";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        SqliteFiles.Delete(_file);
    }
}

public sealed class ConcurrentUsersPostgresFactory : ConcurrentUsersAppFactory
{
    private readonly PostgresServer _server = new();

    protected override string Provider => "postgres";

    protected override string ConnectionString => _server.ConnectionString("cotakine_load") + ";Timeout=60";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Npgsql.NpgsqlConnection.ClearAllPools();
        _server.Dispose();
    }
}

public sealed class SqliteConcurrentUsersTests(ConcurrentUsersSqliteFactory app) : ConcurrentUsersTests<ConcurrentUsersSqliteFactory>(app);

public sealed class PostgresConcurrentUsersTests(ConcurrentUsersPostgresFactory app) : ConcurrentUsersTests<ConcurrentUsersPostgresFactory>(app);
