using System.Globalization;
using System.Net;
using System.Text.Json;
using Cotakine.LoadSupport;
using Spectre.Console;

namespace Cotakine.Load;

/// <summary>
/// <c>dotnet run -c Release --project bench/Cotakine.Load -- --url http://127.0.0.1:5080 [--users 100] [--per-practice 5]
/// [--duration 30] [--iterations N] [--json FILE]</c>: runs <see cref="LoadRun"/> against a running Cotakine server
/// (bench/load.sh starts one), prints a summary, writes it as JSON when asked. Exit 0 when clean, 1 on any request error
/// or consistency problem, 2 on bad arguments.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        if (args.Length % 2 != 0 || !values.TryGetValue("--url", out var url) || !Uri.TryCreate(url, UriKind.Absolute, out var baseAddress))
        {
            await Console.Error.WriteLineAsync("Usage : Cotakine.Load --url http://127.0.0.1:PORT [--users 100] [--per-practice 5] [--duration 30] [--iterations N] [--json FICHIER]");
            return 2;
        }

        int? Number(string name) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : null;
        var options = new LoadOptions
        {
            Users = Number("--users") ?? 100,
            UsersPerPractice = Number("--per-practice") ?? 5,
            Duration = Number("--duration") is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            Iterations = Number("--iterations"),
        };
        if (options.Duration is null && options.Iterations is null)
        {
            options = options with { Duration = TimeSpan.FromSeconds(30) };
        }

        // One handler and one cookie jar per simulated user, as separate browsers would have.
        HttpClient NewClient() => new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

        var report = await LoadRun.RunAsync(NewClient, options);
        var table = new Table().AddColumns("Mesure", "Valeur");
        table.AddRow("utilisateurs simultanés (cabinets)", $"{report.Users} ({report.Practices})");
        table.AddRow("durée des boucles", $"{report.Duration.TotalSeconds:0.0} s");
        table.AddRow("toutes les connexions faites après", $"{report.AllSignedIn.TotalSeconds:0.0} s");
        table.AddRow("requêtes", $"{report.Requests} ({report.RequestsPerSecond:0} req/s)");
        table.AddRow("erreurs", report.Errors.ToString(CultureInfo.InvariantCulture));
        table.AddRow("tours complets, factures émises", $"{report.Loops}, {report.Invoices}");
        table.AddRow("latence p50 / p95 / max", $"{report.P50Milliseconds:0.0} / {report.P95Milliseconds:0.0} / {report.MaxMilliseconds:0} ms");
        table.AddRow("problèmes de cohérence", report.ConsistencyProblems.Count.ToString(CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        foreach (var line in report.ErrorSamples.Concat(report.ConsistencyProblems))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{line}[/]");
        }

        if (values.TryGetValue("--json", out var json))
        {
            await File.WriteAllTextAsync(json, JsonSerializer.Serialize(new
            {
                report.Users, report.Practices, report.Requests, report.Errors, DurationSeconds = Math.Round(report.Duration.TotalSeconds, 1),
                AllSignedInSeconds = Math.Round(report.AllSignedIn.TotalSeconds, 1),
                RequestsPerSecond = Math.Round(report.RequestsPerSecond), report.Loops, report.Invoices, report.P50Milliseconds, report.P95Milliseconds,
                report.MaxMilliseconds, report.ErrorSamples, report.ConsistencyProblems,
            }, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        }

        return report.Clean ? 0 : 1;
    }
}
