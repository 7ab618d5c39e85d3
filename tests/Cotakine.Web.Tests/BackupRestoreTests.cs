using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Cotakine.Cli;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Cotakine.Web.Tests;

/// <summary>
/// Issue 6: <c>cotakine backup</c> and <c>cotakine restore</c> on a practice with invoices, a credit note and payments,
/// taken while the web app runs. After the database is damaged (rows deleted, an amount tampered with, more invoices
/// issued) and restored, every row of every table (invoices, lines, shares, counters, payments, audit…) is identical to
/// before, and every invoice PDF the app serves is identical byte for byte (SHA-256).
/// </summary>
public abstract class BackupRestoreTests(ITestOutputHelper output) : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 17, 30, 0, TimeSpan.Zero);

    protected string WorkDir { get; } = Directory.CreateTempSubdirectory("cotakine-backup-").FullName;

    protected abstract AppFactory App { get; }

    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    protected abstract Task<DbConnection> OpenAsync();

    protected CliRun Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(
            [.. args, "--Database:Provider", Provider, "--Database:ConnectionString", ConnectionString],
            new StringReader(""), stdout, stderr, new FakeTimeProvider(Now));
        output.WriteLine($"cotakine {string.Join(' ', args)} → {code}\n{stdout}{stderr}");
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Restore_brings_back_every_invoice_row_and_pdf_bit_for_bit()
    {
        var client = await App.NewPracticeAsync();
        var (sessions, invoices) = await BuildPracticeAsync(client);
        var pdfs = await PdfHashesAsync(client, invoices);
        var dump = await DumpAsync();
        Assert.Contains("## Invoices (", dump);

        var file = Path.Combine(WorkDir, "cabinet.sauvegarde");
        var backup = Cli("backup", "--out", file);
        Assert.Equal(0, backup.ExitCode);
        Assert.Contains("Sauvegarde écrite", backup.Stdout);
        Assert.Matches(@"\d+ facture\(s\) et avoir\(s\)", backup.Stdout);
        Cli("backup", "--out", file).AssertInvalid("--out"); // an existing backup is never overwritten silently

        // Damage: payments deleted behind the app's back, an amount tampered with, and one more invoice issued.
        await ExecAsync("DELETE FROM \"Payments\"");
        await ExecAsync("UPDATE \"Invoices\" SET \"TotalCents\" = 1");
        var later = await TestApi.PostAsync(client, "/api/invoices", new { sessionIds = new[] { sessions[4] } });
        Assert.NotEqual(dump, await DumpAsync());

        var refused = Cli("restore", file);
        refused.AssertInvalid("--force");
        Assert.NotEqual(dump, await DumpAsync()); // refused means untouched

        var restored = Cli("restore", file, "--force");
        Assert.Equal(0, restored.ExitCode);
        Assert.Contains("Restauration terminée", restored.Stdout);
        var kept = System.Text.RegularExpressions.Regex.Match(restored.Stdout, "mise de côté : (.+)\\.\\n").Groups[1].Value;
        Assert.True(File.Exists(kept), $"safety copy {kept} missing");

        Assert.Equal(dump, await DumpAsync());
        Assert.Equal(pdfs, await PdfHashesAsync(client, invoices));

        // The practice goes on from the backup: the session billed after it is billable again, with the next number.
        var again = await TestApi.PostAsync(client, "/api/invoices", new { sessionIds = new[] { sessions[4] } });
        Assert.Equal(later[0]!["number"]!.GetValue<string>(), again[0]!["number"]!.GetValue<string>());
    }

    [Fact]
    public void A_file_that_is_not_a_cotakine_backup_is_refused()
    {
        var text = Path.Combine(WorkDir, "notes.txt");
        File.WriteAllText(text, "pas une sauvegarde");
        Cli("restore", text, "--force").AssertInvalid("n'est pas une sauvegarde");
        Cli("restore", Path.Combine(WorkDir, "absent.sauvegarde")).AssertInvalid("n'existe pas");
    }

    /// <summary>Issues invoices (one grouped with tiers payant and AMC, two single), a credit note and payments; returns the sessions and every invoice id.</summary>
    private static async Task<(List<string> Sessions, List<string> Invoices)> BuildPracticeAsync(HttpClient client)
    {
        var (plan, _) = await TestApi.OpenPlanAsync(client, "rao-rachis-dorsal", 6);
        var sessions = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            sessions.Add(TestApi.Id(await TestApi.PostAsync(client, $"/api/plans/{plan}/sessions", new { date = new DateOnly(2026, 1, 5).AddDays(2 * i), place = "cabinet" })));
        }

        var grouped = (await TestApi.PostAsync(client, "/api/invoices", new { sessionIds = sessions[..2], grouped = true, tiersPayant = true, amc = 3.00m }))[0]!;
        var third = (await TestApi.PostAsync(client, "/api/invoices", new { sessionIds = new[] { sessions[2] } }))[0]!;
        var fourth = (await TestApi.PostAsync(client, "/api/invoices", new { sessionIds = new[] { sessions[3] } }))[0]!;
        var credit = await TestApi.PostAsync(client, $"/api/invoices/{TestApi.Id(third)}/credit-note", new { });
        await TestApi.PostAsync(client, $"/api/invoices/{TestApi.Id(grouped)}/payments", new { payer = "amo", amount = 5.00m, date = "2026-02-01" });
        await TestApi.PostAsync(client, $"/api/invoices/{TestApi.Id(grouped)}/payments", new { payer = "amc", amount = 3.00m, date = "2026-02-03" });
        await TestApi.PostAsync(client, $"/api/invoices/{TestApi.Id(fourth)}/payments", new { payer = "patient", amount = 2.50m, date = "2026-02-04" });
        return (sessions, [TestApi.Id(grouped), TestApi.Id(third), TestApi.Id(fourth), TestApi.Id(credit)]);
    }

    /// <summary>SHA-256 of each invoice's PDF as the app serves it; fetched twice to prove the document is a function of the invoice alone.</summary>
    private static async Task<List<string>> PdfHashesAsync(HttpClient client, List<string> invoices)
    {
        var hashes = new List<string>();
        foreach (var id in invoices)
        {
            var response = await client.GetAsync($"/factures/{id}/pdf");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            var first = SHA256.HashData(await response.Content.ReadAsByteArrayAsync());
            var second = SHA256.HashData(await client.GetByteArrayAsync($"/factures/{id}/pdf"));
            Assert.Equal(Convert.ToHexString(first), Convert.ToHexString(second));
            hashes.Add(Convert.ToHexString(first));
        }

        return hashes;
    }

    private async Task<string> DumpAsync()
    {
        await using var connection = await OpenAsync();
        return await DatabaseDump.DumpAsync(connection, DatabaseDump.AllTables);
    }

    private async Task ExecAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        App.Dispose();
        Directory.Delete(WorkDir, recursive: true);
        GC.SuppressFinalize(this);
    }
}

/// <summary>Exit code and streams of an in-process <c>cotakine</c> run, with the contract's checks for exit 2.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public void AssertInvalid(string words)
    {
        Assert.True(ExitCode == 2, $"exit {ExitCode}, stderr: {Stderr}, stdout: {Stdout}");
        Assert.Equal("", Stdout);
        Assert.Contains(words, Stderr);
        Assert.Contains("Erreur", Stderr);
        Assert.DoesNotContain("   at ", Stderr);
    }
}

public sealed class SqliteBackupRestoreTests(ITestOutputHelper output) : BackupRestoreTests(output)
{
    private readonly FaultSqliteFactory _app = new();

    protected override AppFactory App => _app;

    protected override string Provider => "sqlite";

    protected override string ConnectionString => $"Data Source={_app.File}";

    protected override Task<DbConnection> OpenAsync() => Task.FromResult<DbConnection>(_app.Open());

    [Fact]
    public async Task A_deleted_database_file_is_restored_without_force_and_the_app_serves_it_again()
    {
        var client = await App.NewPracticeAsync();
        var patient = await TestApi.CreatePatientAsync(client);
        var file = Path.Combine(WorkDir, "cabinet.db");
        Assert.Equal(0, Cli("backup", "--out", file).ExitCode);
        var dump = await DumpAllAsync();

        SqliteFiles.Delete(_app.File);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync($"/api/patients/{patient}")).StatusCode);
        var restored = Cli("restore", file);
        Assert.Equal(0, restored.ExitCode);
        Assert.DoesNotContain("mise de côté", restored.Stdout);
        Assert.Equal(dump, await DumpAllAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/patients/{patient}")).StatusCode);
    }

    [Fact]
    public async Task A_backup_from_a_newer_cotakine_or_another_sqlite_file_is_refused()
    {
        await App.NewPracticeAsync();
        var file = Path.Combine(WorkDir, "cabinet.db");
        Assert.Equal(0, Cli("backup", "--out", file).ExitCode);
        await using (var backup = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            backup.Open();
            await using var command = backup.CreateCommand();
            command.CommandText = "INSERT INTO \"__EFMigrationsHistory\" VALUES ('29991231000000_Future', '99.0')";
            await command.ExecuteNonQueryAsync();
        }

        Cli("restore", file, "--force").AssertInvalid("version plus récente");

        var other = Path.Combine(WorkDir, "autre.db");
        await using (var foreign = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            foreign.Open();
            await using var command = foreign.CreateCommand();
            command.CommandText = "CREATE TABLE t (x)";
            await command.ExecuteNonQueryAsync();
        }

        Cli("restore", other, "--force").AssertInvalid("n'est pas une base Cotakine");
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("header")]
    public async Task A_truncated_or_header_damaged_backup_is_refused_as_damaged(string damage)
    {
        // Issue 15, item 22: before, « base indisponible… réessayez » (exit 1), as if trying again could help.
        await App.NewPracticeAsync();
        var file = Path.Combine(WorkDir, "cabinet.db");
        Assert.Equal(0, Cli("backup", "--out", file).ExitCode);
        var bytes = await File.ReadAllBytesAsync(file);
        if (damage == "truncated")
        {
            bytes = bytes[..(bytes.Length / 3)];
        }
        else
        {
            Array.Fill(bytes, (byte)0xA5, 16, 84); // the 100-byte header after its 16-byte magic string
        }

        await File.WriteAllBytesAsync(file, bytes);
        Cli("restore", file, "--force").AssertInvalid("endommagé");
    }

    [Fact]
    public async Task Backups_and_the_copy_kept_before_a_restore_are_readable_by_their_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await App.NewPracticeAsync();
        var file = Path.Combine(WorkDir, "cabinet.db");
        Assert.Equal(0, Cli("backup", "--out", file).ExitCode);
        var restored = Cli("restore", file, "--force");
        var kept = System.Text.RegularExpressions.Regex.Match(restored.Stdout, "mise de côté : (.+)\\.\\n").Groups[1].Value;
        foreach (var written in new[] { file, kept, _app.File })
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(written));
        }
    }

    [Fact]
    public async Task The_database_itself_is_neither_a_backup_target_nor_a_backup()
    {
        await App.NewPracticeAsync();
        var dump = await DumpAllAsync();
        Cli("backup", "--out", _app.File, "--force").AssertInvalid("la base elle-même");
        Cli("restore", _app.File, "--force").AssertInvalid("la base elle-même");
        Assert.Equal(dump, await DumpAllAsync());
    }

    private async Task<string> DumpAllAsync()
    {
        await using var connection = _app.Open();
        return await DatabaseDump.DumpAsync(connection, DatabaseDump.AllTables);
    }
}

public sealed class PostgresBackupRestoreTests(ITestOutputHelper output) : BackupRestoreTests(output)
{
    private readonly FaultPostgresFactory _app = new();

    protected override AppFactory App => _app;

    protected override string Provider => "postgres";

    protected override string ConnectionString => _app.Cluster.ConnectionString("cotakine_faults");

    protected override async Task<DbConnection> OpenAsync() => await _app.OpenAsync();

    [Fact]
    public async Task A_dropped_database_is_created_again_by_restore_without_force()
    {
        var client = await App.NewPracticeAsync();
        var patient = await TestApi.CreatePatientAsync(client);
        var file = Path.Combine(WorkDir, "cabinet.dump");
        Assert.Equal(0, Cli("backup", "--out", file).ExitCode);
        var dump = await DumpAllAsync();

        await using (var maintenance = new Npgsql.NpgsqlConnection(_app.Cluster.ConnectionString("postgres") + ";Pooling=false"))
        {
            await maintenance.OpenAsync();
            await using var drop = maintenance.CreateCommand();
            drop.CommandText = "DROP DATABASE cotakine_faults WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync($"/api/patients/{patient}")).StatusCode);
        var restored = Cli("restore", file);
        Assert.Equal(0, restored.ExitCode);
        Assert.DoesNotContain("mise de côté", restored.Stdout);
        Assert.Equal(dump, await DumpAllAsync());
        var again = await client.GetAsync($"/api/patients/{patient}");
        if (again.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            again = await client.GetAsync($"/api/patients/{patient}"); // a pooled connection to the dropped database is discarded by the first try
        }

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    private async Task<string> DumpAllAsync()
    {
        await using var connection = await _app.OpenAsync();
        return await DatabaseDump.DumpAsync(connection, DatabaseDump.AllTables);
    }
}
