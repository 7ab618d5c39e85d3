namespace Cotakine.Cli.Tests;

/// <summary>
/// <c>cotakine backup</c> and <c>restore</c> (issue 6): bad usage is exit 2 with a French message naming the option and
/// nothing on stdout; a database that cannot be opened is exit 1. The end-to-end backups and restores on SQLite and
/// PostgreSQL, with the web app running, are in <c>Cotakine.Web.Tests/BackupRestoreTests.cs</c>.
/// </summary>
public sealed class BackupUsageTests
{
    private static readonly string Missing = Path.Combine(Path.GetTempPath(), "cotakine-absent-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Backup_needs_an_output_file() => Cli.Run("backup").AssertInvalid("--out");

    [Fact]
    public void An_unknown_provider_is_bad_usage() =>
        Cli.Run("backup", "--out", "x.db", "--Database:Provider", "mysql").AssertInvalid("--Database:Provider");

    [Theory]
    [InlineData("--Database:Provider", "postgres")]
    [InlineData("--Database:Provider=postgres", null)] // the web app's spelling, as in the README
    public void Postgres_needs_a_connection_string(string option, string? value) =>
        Cli.Run(value is null ? ["backup", "--out", "x.dump", option] : ["backup", "--out", "x.dump", option, value])
            .AssertInvalid("--Database:ConnectionString");

    [Fact]
    public void Restoring_a_missing_file_is_bad_usage() =>
        Cli.Run("restore", Missing + ".db", "--Database:ConnectionString", $"Data Source={Missing}.db").AssertInvalid("n'existe pas");

    [Fact]
    public void Backing_up_a_database_that_does_not_exist_fails_without_creating_it()
    {
        var result = Cli.Run("backup", "--out", Missing + ".sauvegarde", "--Database:ConnectionString", $"Data Source={Missing}.db");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("Impossible d'ouvrir", result.Stderr);
        Assert.False(File.Exists(Missing + ".db"));
        Assert.False(File.Exists(Missing + ".sauvegarde"));
    }
}
