using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Cotakine.Web.Tests;

/// <summary>
/// Issue 4, must-show: a process killed in the middle of issuing a batch of invoices loses nothing already issued and
/// leaves no gap, no duplicate and no half-written invoice. The web app runs as a real child process
/// (<c>dotnet Cotakine.Web.dll</c>) on a database of its own; the test watches the invoices being committed through its
/// own connection, kills the child (its <see cref="Process"/> object, whole tree) after a few, restarts it on the same
/// database and finishes the batch.
/// </summary>
public abstract class BatchKillTests : IDisposable
{
    private const int BatchSize = 150; // large enough that a fast PostgreSQL cannot finish it between the poll and the kill
    private const int KillAfter = 5;
    private readonly List<Process> _children = [];

    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    /// <summary>A unique working directory for this test (the child's current directory, logs).</summary>
    protected string WorkDir { get; } = Directory.CreateTempSubdirectory("cotakine-kill-").FullName;

    protected abstract DbConnection OpenConnection();

    /// <summary>A GUID as an SQL literal (EF Core stores them as upper-case text on SQLite, as uuid on PostgreSQL).</summary>
    protected abstract string Literal(Guid id);

    [Fact]
    public async Task Killed_mid_batch_keeps_issued_invoices_and_numbers_stay_contiguous()
    {
        // 1. First process: a practice, a plan and BatchSize unbilled sessions, through the API.
        var (child, baseUrl) = await StartChildAsync();
        using var http = NewClient(baseUrl);
        await PostAsync(http, "/api/account/register", new
        {
            email = "kill@example.fr", password = "Secret-Kine-42", practiceName = "Cabinet Kill", department = "75", zone = "plaine",
            address = "1 rue Y", rpps = "10101010101", amNumber = "751234567", lastName = "Kiné", firstName = "Kill",
        }, HttpStatusCode.NoContent, HttpStatusCode.Created, HttpStatusCode.OK);
        var me = await http.GetFromJsonAsync<JsonObject>("/api/account/me");
        var practitionerId = Guid.Parse(me!["practitionerId"]!.GetValue<string>());
        var patient = Id(await PostAsync(http, "/api/patients", new { lastName = "Martin", firstName = "Paul", coverage = "standard", regime = "general" }));
        var prescription = Id(await PostAsync(http, "/api/prescriptions", new { patientId = patient, date = "2026-01-02", indication = "x", segment = "rachis", laterality = "not-applicable" }));
        var plan = Id(await PostAsync(http, "/api/plans", new { patientId = patient, prescriptionId = prescription, origin = "prescription", actId = "rao-rachis-dorsal", sessionCount = BatchSize, startDate = "2026-01-05" }));
        var sessions = new List<string>();
        for (var i = 0; i < BatchSize; i++)
        {
            sessions.Add(Id(await PostAsync(http, $"/api/plans/{plan}/sessions", new { date = new DateOnly(2026, 1, 5).AddDays(i), place = "cabinet" })));
        }

        // 2. Issue the whole batch (one invoice per session, one transaction each) and kill the child mid-way.
        var batch = http.PostAsJsonAsync("/api/invoices", new { sessionIds = sessions });
        var seen = 0L;
        var watch = Stopwatch.StartNew();
        while (seen < KillAfter && watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            seen = await ScalarAsync($"""SELECT COUNT(*) FROM "Invoices" WHERE "PractitionerId" = {Literal(practitionerId)}""");
            await Task.Delay(5); // leave the CPU to the child
        }

        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync();
        var afterKill = await CheckConsistencyAsync(practitionerId);
        Assert.True(afterKill.Count >= seen, $"{seen} invoices were seen committed before the kill, {afterKill.Count} remain");
        Assert.True(afterKill.Count < BatchSize, $"the batch finished ({afterKill.Count} invoices) before the kill: nothing was interrupted");
        await Assert.ThrowsAnyAsync<Exception>(async () => (await batch).EnsureSuccessStatusCode());

        // 3. Restart on the same database and finish the batch with the sessions still unbilled.
        var (_, baseUrl2) = await StartChildAsync();
        using var http2 = NewClient(baseUrl2);
        await PostAsync(http2, "/api/account/login", new { email = "kill@example.fr", password = "Secret-Kine-42" }, HttpStatusCode.NoContent);
        var planNow = await http2.GetFromJsonAsync<JsonObject>($"/api/plans/{plan}");
        var unbilled = planNow!["sessions"]!.AsArray().Where(s => s!["invoiceId"] is null).Select(s => Id(s!)).ToList();
        Assert.Equal(BatchSize - afterKill.Count, unbilled.Count);
        await PostAsync(http2, "/api/invoices", new { sessionIds = unbilled });

        var final = await CheckConsistencyAsync(practitionerId);
        Assert.Equal(BatchSize, final.Count);
        foreach (var (id, number) in afterKill.Numbers)
        {
            Assert.Equal(number, final.Numbers[id]); // every invoice issued before the kill is still there, same number
        }
    }

    /// <summary>
    /// Checks the database as a crash-recovery would: sequences 1..n without gap or duplicate, the counter equal to n, every
    /// billed session pointing to an existing invoice listing it, every invoice with its sessions and its audit entry.
    /// </summary>
    private async Task<(int Count, Dictionary<string, string> Numbers)> CheckConsistencyAsync(Guid practitionerId)
    {
        var invoices = await RowsAsync(
            $"""SELECT "Id", "Number", "Sequence", "Year", "SessionIds" FROM "Invoices" WHERE "PractitionerId" = {Literal(practitionerId)} ORDER BY "Sequence" """);
        var sequences = invoices.Select(r => Convert.ToInt64(r[2], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, invoices.Count).Select(n => (long)n), sequences);
        Assert.All(invoices, r => Assert.EndsWith($"-{Convert.ToInt64(r[2], System.Globalization.CultureInfo.InvariantCulture):D6}", (string)r[1]));
        Assert.Single(invoices.Select(r => r[3]).Distinct());
        Assert.Equal(invoices.Count, invoices.Select(r => r[1]).Distinct().Count());
        if (invoices.Count > 0)
        {
            var counter = await ScalarAsync($"""SELECT "Last" FROM "InvoiceCounters" WHERE "PractitionerId" = {Literal(practitionerId)}""");
            Assert.Equal(invoices.Count, counter); // the counter is never ahead of the invoices (nor behind)
        }

        var ids = invoices.Select(r => Normalize(r[0])).ToHashSet();
        var billed = await RowsAsync(
            $"""SELECT s."Id", s."InvoiceId" FROM "Sessions" s JOIN "TreatmentPlans" p ON p."Id" = s."PlanId" WHERE p."PractitionerId" = {Literal(practitionerId)} AND s."InvoiceId" IS NOT NULL""");
        Assert.Equal(invoices.Count, billed.Count); // one session per invoice: no invoice without its session, no session without its invoice
        var sessionsOf = invoices.ToDictionary(r => Normalize(r[0]), r => Normalize(r[4]));
        Assert.All(billed, s => Assert.Equal(Normalize(s[0]), sessionsOf[Normalize(s[1])]));
        var audited = await ScalarAsync("""SELECT COUNT(DISTINCT "EntityId") FROM "AuditLog" WHERE "Entity" = 'Invoice'""");
        Assert.True(audited >= invoices.Count);
        Assert.All(ids, id => Assert.True(sessionsOf.ContainsKey(id)));
        return (invoices.Count, invoices.ToDictionary(r => Normalize(r[0]), r => (string)r[1]));
    }

    private static string Normalize(object value) => value.ToString()!.ToLowerInvariant();

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<List<object[]>> RowsAsync(string sql)
    {
        await using var connection = OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Starts <c>dotnet Cotakine.Web.dll</c> on a free port and waits until <c>/health</c> answers.</summary>
    private async Task<(Process Child, string BaseUrl)> StartChildAsync()
    {
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var dll = Path.Combine(AppContext.BaseDirectory, "Cotakine.Web.dll");
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = WorkDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", baseUrl, "--Database:Provider", Provider, "--Database:ConnectionString", ConnectionString, "--Logging:LogLevel:Default", "Warning", "--Accounts:Registration", "open" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var child = Process.Start(info)!;
        _children.Add(child);
        var log = Path.Combine(WorkDir, $"child-{child.Id}.log");
        _ = child.StandardOutput.BaseStream.CopyToAsync(File.Create(log));
        _ = child.StandardError.BaseStream.CopyToAsync(File.Create(log + ".err"));
        using var probe = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (child.HasExited)
            {
                throw new InvalidOperationException($"the child exited ({child.ExitCode}) before answering; see {log}.err");
            }

            try
            {
                if ((await probe.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return (child, baseUrl);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the web app did not start on {baseUrl}");
    }

    private static HttpClient NewClient(string baseUrl) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(120) };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Id(JsonNode? node) => node!["id"]!.GetValue<string>();

    private static async Task<JsonNode?> PostAsync(HttpClient client, string url, object body, params HttpStatusCode[] expected)
    {
        var response = await client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        var ok = expected.Length == 0 ? response.StatusCode == HttpStatusCode.Created : expected.Contains(response.StatusCode);
        Assert.True(ok, $"{url} → {(int)response.StatusCode} {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    public void Dispose()
    {
        foreach (var child in _children)
        {
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
                child.WaitForExit();
            }

            child.Dispose();
        }

        Cleanup();
        GC.SuppressFinalize(this);
    }

    protected virtual void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(WorkDir, recursive: true);
    }
}

public sealed class SqliteBatchKillTests : BatchKillTests
{
    protected override string Provider => "sqlite";

    protected override string ConnectionString => $"Data Source={Path.Combine(WorkDir, "cotakine.db")};Default Timeout=60";

    protected override string Literal(Guid id) => $"'{id.ToString().ToUpperInvariant()}'";

    protected override DbConnection OpenConnection()
    {
        var connection = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }
}

public sealed class PostgresBatchKillTests : BatchKillTests
{
    private readonly PostgresServer _server = new();

    protected override string Provider => "postgres";

    protected override string ConnectionString => _server.ConnectionString("cotakine_kill");

    protected override string Literal(Guid id) => $"'{id}'";

    protected override DbConnection OpenConnection()
    {
        var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    protected override void Cleanup()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        _server.Dispose();
        base.Cleanup();
    }
}
