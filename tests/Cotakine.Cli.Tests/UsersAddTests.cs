using Cotakine.Cli;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Cotakine.Cli.Tests;

/// <summary>
/// Issue 15, item 7: <c>cotakine users add</c> opens the first account of a server that has no demo practice, with the
/// password read from the standard input and checked by the web app's rules; a read-only database names the permission.
/// </summary>
public sealed class UsersAddTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cotakine-users-{Guid.NewGuid():N}.db");

    private (int Code, string Stdout, string Stderr) Run(string password, string email)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(
            ["users", "add", "--email", email, "--practice", "Cabinet du Port", "--department", "971", "--last-name", "Marie", "--first-name", "Joseph",
             "--rpps", $"{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}", "--am", "971234567", "--Database:ConnectionString", $"Data Source={_file}"],
            new StringReader(password + "\n"), stdout, stderr, new FakeTimeProvider(Cli.DefaultNow));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Opens_the_first_account_without_the_demo_practice_and_refuses_a_common_password()
    {
        var refused = Run("Azerty2026", "kine@port.example");
        Assert.Equal(2, refused.Code);
        Assert.Contains("mot de passe", refused.Stderr, StringComparison.Ordinal);

        var opened = Run("Trois-Mots-Au-Port-7", "kine@port.example");
        Assert.True(opened.Code == 0, opened.Stderr);
        Assert.Contains("Compte ouvert : kine@port.example", opened.Stdout, StringComparison.Ordinal);

        using var connection = new SqliteConnection($"Data Source={_file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(\"Email\") FROM \"AspNetUsers\"";
        Assert.Equal("kine@port.example", command.ExecuteScalar()); // and no demo@cotakine.fr
    }

    [Fact]
    public void A_read_only_database_is_reported_as_a_permission_not_an_internal_error()
    {
        var reason = Web.CotakineWebApp.StartupRefusal(new InvalidOperationException("migration", new SqliteException("attempt to write a readonly database", 8)));
        Assert.Contains("droits insuffisants", reason, StringComparison.Ordinal);
        Assert.Null(Web.CotakineWebApp.StartupRefusal(new NullReferenceException()));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }
}
