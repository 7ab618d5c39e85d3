using System.Text.Json;

namespace Cotakine.BenchHost.Tests;

/// <summary>
/// <c>cotakine-bench batch requote</c> on a tiny centre in a temporary SQLite file: the first run generates and re-quotes every
/// session, the second reads the same sessions back without generating, and every stored amount is found again.
/// </summary>
public sealed class BatchRequoteTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cotakine-batch-").FullName;

    private string Connection => $"Data Source={Path.Combine(_directory, "batch.db")};Pooling=False";

    [Fact]
    public void Generates_then_requotes_every_session_and_finds_every_stored_amount_again()
    {
        var first = Bench.Run("batch", "requote", "--sessions", "200", "--connection", Connection, "--json");

        Assert.True(first.ExitCode == 0, $"exit {first.ExitCode}, stderr: {first.Stderr}");
        var json = first.Json();
        Assert.Equal(200, json.GetProperty("sessions").GetInt64());
        Assert.True(json.GetProperty("generated").GetBoolean());
        Assert.Equal(0, json.GetProperty("totalMismatches").GetInt64());
        Assert.Equal(0, json.GetProperty("amoMismatches").GetInt64());
        Assert.True(json.GetProperty("total").GetDecimal() > 200 * 10m, "200 séances valent plus de 10 € chacune en moyenne");
        Assert.Contains("Recotation", first.Stderr);

        var second = Bench.Run("batch", "requote", "--sessions", "200", "--connection", Connection, "--json");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(200, second.Json().GetProperty("sessions").GetInt64());
        Assert.False(second.Json().GetProperty("generated").GetBoolean());
        Assert.Equal(json.GetProperty("total").GetDecimal(), second.Json().GetProperty("total").GetDecimal());
    }

    [Fact]
    public void Another_size_replaces_the_synthetic_centre()
    {
        Assert.Equal(0, Bench.Run("batch", "requote", "--sessions", "50", "--connection", Connection, "--json").ExitCode);

        var resized = Bench.Run("batch", "requote", "--sessions", "80", "--connection", Connection);

        Assert.Equal(0, resized.ExitCode);
        Assert.Contains("80 séances générées", resized.Stdout);
        Assert.Contains("Recotation : 80 séances", resized.Stdout);
        Assert.Contains("0 sur le total, 0 sur la part AMO", resized.Stdout);
    }

    [Theory]
    [InlineData("--sessions", "0", "--sessions")]
    [InlineData("--provider", "oracle", "--provider")]
    public void Bad_options_are_usage_errors_naming_the_option(string option, string value, string field)
    {
        Bench.Run("batch", "requote", option, value, "--connection", Connection).AssertInvalid(field);
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_a_usage_error()
    {
        Bench.Run("batch", "requote", "--provider", "postgres").AssertInvalid("--connection");
    }

    [Fact]
    public void A_database_that_cannot_be_opened_is_a_clear_failure_without_a_stack_trace()
    {
        var result = Bench.Run("batch", "requote", "--sessions", "10", "--connection", $"Data Source={Path.Combine(_directory, "absent", "batch.db")}");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("Base de données inaccessible (sqlite, --connection)", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
