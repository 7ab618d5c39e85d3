using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Cotakine.Cli.Tests;

/// <summary>The built <c>cotakine.dll</c> run by <c>dotnet</c> as a real process: what scripts really see.</summary>
public class EndToEndTests
{
    private static (int ExitCode, string Stdout, string Stderr) Run(string? stdin, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "cotakine.dll");
        Assert.True(File.Exists(dll), $"{dll} introuvable");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Write(stdin ?? "");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "cotakine ne s'est pas terminé");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Show_prints_contract_json_and_exits_0()
    {
        // Source: CONTRACT.md « acts show » example.
        var (code, stdout, stderr) = Run(null, "acts", "show", "RIC 7.48", "--date", "2025-06-01", "--json");

        Assert.True(code == 0, stderr);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(16.53m, json.GetProperty("price").GetDecimal());
        Assert.Contains("Rééducation", stdout);
    }

    [Fact]
    public void Bad_date_exits_2_with_french_stderr_and_empty_stdout()
    {
        var (code, stdout, stderr) = Run(null, "acts", "show", "RIC 8.08", "--date", "2026-02-30", "--json");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("--date", stderr);
        Assert.Contains("n'est pas une date valide", stderr);
    }

    [Fact]
    public void Unknown_option_exits_2()
    {
        var (code, stdout, stderr) = Run(null, "acts", "search", "ptg", "--nimporte");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("--nimporte", stderr);
    }

    [Fact]
    public void Invalid_request_on_stdin_exits_2_naming_the_field()
    {
        var (code, stdout, stderr) = Run("""{"date": "2026-03-12", "department": "75", "place": "domicile", "acts": ["RAM 8.09"], "travel": {"distanceKm": -1}}""", "quote", "--json");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("travel.distanceKm", stderr);
        Assert.DoesNotContain("Exception", stderr);
    }

    [Fact]
    public void Not_json_on_stdin_exits_2()
    {
        var (code, stdout, stderr) = Run("ceci n'est pas du JSON", "quote", "-");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("JSON", stderr);
    }

    [Fact]
    public void Unknown_code_exits_1()
    {
        var (code, stdout, stderr) = Run(null, "acts", "show", "XYZ 1", "--date", "2026-02-01");

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("XYZ 1", stderr);
    }
}
