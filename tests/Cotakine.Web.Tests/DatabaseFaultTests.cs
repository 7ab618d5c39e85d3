using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace Cotakine.Web.Tests;

/// <summary>
/// Issue 6, faults: the database locked by another process or gone in the middle of a request. The API answers 503 with
/// a French problem and <c>Retry-After</c> (a page, a French page), nothing of the request is kept (no invoice number
/// consumed, no audit entry, no partial row: the canonical dump of every table is unchanged), and the same request,
/// sent again once the database is back, succeeds with the next gap-free number.
/// </summary>
public sealed class SqliteDatabaseFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_write_lock_held_by_another_process_gives_503_then_the_retry_takes_the_next_number()
    {
        using var app = new FaultSqliteFactory();
        var client = await app.NewPracticeAsync();
        var (invoiceId, firstNumber, secondSession) = await FaultScenario.BillFirstSessionAsync(client);

        await using var before = app.Open();
        var dump = await DatabaseDump.DumpAsync(before, DatabaseDump.AllTables);

        // Another process takes the write lock (the way a second cotakine, a backup tool or a sqlite3 shell would).
        await using (var holder = app.Open())
        {
            await using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE";
                await begin.ExecuteNonQueryAsync();
            }

            var watch = Stopwatch.StartNew();
            await FaultScenario.AssertUnavailableAsync(await client.PostAsJsonAsync("/api/invoices", new { sessionIds = new[] { secondSession } }));
            output.WriteLine($"503 under a lock after {watch.ElapsedMilliseconds} ms (busy timeout 1 s)");
            await FaultScenario.AssertUnavailableAsync(await client.PostAsJsonAsync("/api/patients", new { lastName = "Verrou", firstName = "Léa", coverage = "standard", regime = "general" }));
            await FaultScenario.AssertUnavailableAsync(await client.PostAsJsonAsync($"/api/invoices/{invoiceId}/payments", new { payer = "patient", amount = 1.00m, date = "2026-03-02" }));

            // Reading still works under WAL while the writer waits: the practice can look things up.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/invoices/{invoiceId}")).StatusCode);

            await using var rollback = holder.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }

        Assert.Equal(dump, await DatabaseDump.DumpAsync(before, DatabaseDump.AllTables));
        var second = await TestApi.PostAsync(client, "/api/invoices", new { sessionIds = new[] { secondSession } });
        Assert.Equal(FaultScenario.Next(firstNumber), second[0]!["number"]!.GetValue<string>());
        await TestApi.PostAsync(client, "/api/patients", new { lastName = "Verrou", firstName = "Léa", coverage = "standard", regime = "general" });
        await TestApi.PostAsync(client, $"/api/invoices/{invoiceId}/payments", new { payer = "patient", amount = 1.00m, date = "2026-03-02" });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_database_file_or_folder_that_disappears_gives_503_and_is_not_recreated_empty(bool wholeFolder)
    {
        using var app = new FaultSqliteFactory();
        var client = await app.NewPracticeAsync();
        var (_, _, secondSession) = await FaultScenario.BillFirstSessionAsync(client);

        if (wholeFolder)
        {
            Directory.Delete(app.Folder, recursive: true);
        }
        else
        {
            SqliteFiles.Delete(app.File);
        }

        await FaultScenario.AssertUnavailableAsync(await client.PostAsJsonAsync("/api/invoices", new { sessionIds = new[] { secondSession } }));
        await FaultScenario.AssertUnavailableAsync(await client.GetAsync("/api/patients"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);

        var page = new HttpRequestMessage(HttpMethod.Get, "/patients");
        page.Headers.Accept.ParseAdd("text/html");
        var html = await client.SendAsync(page);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.True(html.Headers.RetryAfter is not null);
        var body = await html.Content.ReadAsStringAsync();
        Assert.Contains("Base de données momentanément indisponible", body);
        Assert.Contains("Rien n'a été enregistré", body);
        Assert.DoesNotContain("Exception", body);

        Assert.False(System.IO.File.Exists(app.File), "the vanished database was silently recreated");
    }

    [Fact]
    public async Task Health_reports_a_reachable_database()
    {
        using var app = new FaultSqliteFactory();
        var response = await app.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>The same faults on PostgreSQL: a backend terminated mid-transaction, the server stopped and started again.</summary>
public sealed class PostgresDatabaseFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_connection_terminated_mid_transaction_gives_503_and_leaves_nothing()
    {
        using var app = new FaultPostgresFactory();
        var client = await app.NewPracticeAsync();
        var (_, firstNumber, secondSession) = await FaultScenario.BillFirstSessionAsync(client);
        await using var watcher = await app.OpenAsync();
        var dump = await DatabaseDump.DumpAsync(watcher, DatabaseDump.AllTables);

        // Hold the audit log: the issuing transaction has taken its number and waits to write the invoice's audit entry.
        await using var holder = await app.OpenAsync();
        await using var tx = await holder.BeginTransactionAsync();
        await Exec(holder, "LOCK TABLE \"AuditLog\" IN ACCESS EXCLUSIVE MODE");
        var request = client.PostAsJsonAsync("/api/invoices", new { sessionIds = new[] { secondSession } });
        var waiting = await WaitForAsync(watcher, "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database() AND pid <> pg_backend_pid()");
        var counterInFlight = await ScalarAsync(watcher, "SELECT COUNT(*) FROM pg_locks WHERE pid = " + waiting + " AND relation = '\"InvoiceCounters\"'::regclass AND mode = 'RowExclusiveLock'");
        Assert.Equal(1L, counterInFlight); // the number is taken inside the transaction being killed
        await Exec(watcher, $"SELECT pg_terminate_backend({waiting})");
        await FaultScenario.AssertUnavailableAsync(await request);
        await tx.RollbackAsync();

        Assert.Equal(dump, await DatabaseDump.DumpAsync(watcher, DatabaseDump.AllTables));
        var second = await FaultScenario.RetryUntilCreatedAsync(client, "/api/invoices", new { sessionIds = new[] { secondSession } });
        Assert.Equal(FaultScenario.Next(firstNumber), second[0]!["number"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_table_lock_held_past_the_command_timeout_gives_503_and_leaves_nothing()
    {
        // The administrator bounds the wait with Npgsql's « Command Timeout » (30 s by default), here 1 s.
        using var app = new FaultPostgresFactory(";Command Timeout=1");
        var client = await app.NewPracticeAsync();
        var (_, firstNumber, secondSession) = await FaultScenario.BillFirstSessionAsync(client);
        await using var watcher = await app.OpenAsync();
        var dump = await DatabaseDump.DumpAsync(watcher, DatabaseDump.AllTables);

        await using (var holder = await app.OpenAsync())
        {
            await using var tx = await holder.BeginTransactionAsync();
            await Exec(holder, "LOCK TABLE \"AuditLog\" IN ACCESS EXCLUSIVE MODE");
            var watch = Stopwatch.StartNew();
            await FaultScenario.AssertUnavailableAsync(await client.PostAsJsonAsync("/api/invoices", new { sessionIds = new[] { secondSession } }));
            output.WriteLine($"503 under a table lock after {watch.ElapsedMilliseconds} ms (Command Timeout=1)");
            await tx.RollbackAsync();
        }

        Assert.Equal(dump, await DatabaseDump.DumpAsync(watcher, DatabaseDump.AllTables));
        var second = await FaultScenario.RetryUntilCreatedAsync(client, "/api/invoices", new { sessionIds = new[] { secondSession } });
        Assert.Equal(FaultScenario.Next(firstNumber), second[0]!["number"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_server_stopped_then_restarted_gives_503_then_the_retry_succeeds()
    {
        using var app = new FaultPostgresFactory();
        var client = await app.NewPracticeAsync();
        var (_, firstNumber, secondSession) = await FaultScenario.BillFirstSessionAsync(client);
        string dump;
        long invoices;
        await using (var watcher = await app.OpenAsync())
        {
            dump = await DatabaseDump.DumpAsync(watcher, Untouched);
            invoices = await ScalarAsync(watcher, "SELECT COUNT(*) FROM \"Invoices\"");
        }

        NpgsqlConnection.ClearAllPools();
        app.Cluster.StopImmediately();
        var watch = Stopwatch.StartNew();
        await FaultScenario.AssertUnavailableAsync(await client.PostAsJsonAsync("/api/invoices", new { sessionIds = new[] { secondSession } }));
        output.WriteLine($"503 with the server stopped after {watch.ElapsedMilliseconds} ms");
        await FaultScenario.AssertUnavailableAsync(await client.PostAsJsonAsync("/api/patients", new { lastName = "Arrêt", firstName = "Léo", coverage = "standard", regime = "general" }));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);

        app.Cluster.Start();
        var second = await FaultScenario.RetryUntilCreatedAsync(client, "/api/invoices", new { sessionIds = new[] { secondSession } });
        Assert.Equal(FaultScenario.Next(firstNumber), second[0]!["number"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        await using (var watcher = await app.OpenAsync())
        {
            // Everything from before is still there and the failed patient creation left nothing; the retried invoice is the second.
            Assert.Equal(dump, await DatabaseDump.DumpAsync(watcher, Untouched));
            Assert.Equal(invoices + 1, await ScalarAsync(watcher, "SELECT COUNT(*) FROM \"Invoices\""));
        }
    }

    private static readonly string[] Untouched = ["Practices", "Practitioners", "Patients", "Prescriptions", "TreatmentPlans", "Payments"];

    private static async Task Exec(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<long> WaitForAsync(DbConnection connection, string sql)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            if (await command.ExecuteScalarAsync() is { } value and not DBNull)
            {
                return Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("the request never waited on the lock");
    }
}

/// <summary>What both providers' fault tests do and check.</summary>
internal static class FaultScenario
{
    /// <summary>A plan of two sessions; the first is invoiced (number returned), the second is left to bill during the fault.</summary>
    public static async Task<(string InvoiceId, string Number, string SecondSession)> BillFirstSessionAsync(HttpClient client)
    {
        var (plan, _) = await TestApi.OpenPlanAsync(client, "rao-rachis-dorsal", 2);
        var first = TestApi.Id(await TestApi.PostAsync(client, $"/api/plans/{plan}/sessions", new { date = "2026-01-05", place = "cabinet" }));
        var second = TestApi.Id(await TestApi.PostAsync(client, $"/api/plans/{plan}/sessions", new { date = "2026-01-07", place = "cabinet" }));
        var invoice = (await TestApi.PostAsync(client, "/api/invoices", new { sessionIds = new[] { first } }))[0]!;
        return (TestApi.Id(invoice), invoice["number"]!.GetValue<string>(), second);
    }

    public static string Next(string number)
    {
        var dash = number.LastIndexOf('-');
        var sequence = long.Parse(number[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return $"{number[..(dash + 1)]}{(sequence + 1).ToString("D" + (number.Length - dash - 1), System.Globalization.CultureInfo.InvariantCulture)}";
    }

    public static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal(503, problem["status"]!.GetValue<int>());
        Assert.Equal("Base de données momentanément indisponible : rien n'a été enregistré, réessayez dans un instant.", problem["title"]!.GetValue<string>());
        Assert.DoesNotContain("   at ", text);
    }

    /// <summary>What a well-behaved client does with 503 + Retry-After (a few quick tries here): the first connection after a restart may still be a dead one.</summary>
    public static async Task<JsonNode> RetryUntilCreatedAsync(HttpClient client, string url, object body)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await client.PostAsJsonAsync(url, body);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && attempt < 5)
            {
                await Task.Delay(200);
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{url} → {(int)response.StatusCode} {text}");
            return JsonNode.Parse(text)!;
        }
    }
}

/// <summary>The app on a SQLite file in a folder of its own, with a 1 s busy timeout so a lock turns into 503 quickly.</summary>
internal sealed class FaultSqliteFactory : AppFactory
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("cotakine-fault-").FullName;

    public string File => Path.Combine(Folder, "cotakine.db");

    protected override string Provider => "sqlite";

    protected override string ConnectionString => $"Data Source={File}";

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={File};Pooling=False;Mode=ReadWrite");
        connection.Open();
        return connection;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:BusyTimeoutSeconds", "1");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

/// <summary>The app on a throw-away PostgreSQL cluster the test may stop and start.</summary>
internal sealed class FaultPostgresFactory(string extra = "") : AppFactory
{
    public PostgresServer Cluster { get; } = new();

    protected override string Provider => "postgres";

    protected override string ConnectionString => Cluster.ConnectionString("cotakine_faults") + extra;

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        return connection;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        NpgsqlConnection.ClearAllPools();
        Cluster.Dispose();
    }
}
