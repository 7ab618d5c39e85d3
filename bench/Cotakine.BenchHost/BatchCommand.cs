using System.CommandLine;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Cotakine.Persistence;
using Spectre.Console;

namespace Cotakine.BenchHost;

/// <summary>
/// <c>cotakine batch requote [--sessions N] [--provider sqlite|postgres] [--connection CS] [--json]</c>: the year batch
/// of issue 6. Generates (once) a synthetic year of a 100-kiné centre into the database, then re-quotes and re-checks
/// every session in one batch with a progress bar on stderr, and prints the elapsed time and sessions per second.
/// Exit 0 when every stored amount is found again, 1 when some differ (the counts say how many).
/// </summary>
internal static class BatchCommand
{
    public static Command Create(BenchContext context)
    {
        var sessions = new Option<int>("--sessions")
        {
            Description = "Nombre de séances du centre synthétique (600 000 par défaut : une année de 100 kinés).",
            DefaultValueFactory = _ => 600_000,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
                {
                    return n;
                }

                result.AddError($"--sessions : « {text} » n'est pas un nombre entier supérieur ou égal à 1.");
                return 0;
            },
        };
        var provider = new Option<string>("--provider") { Description = "Base : sqlite (par défaut) ou postgres.", DefaultValueFactory = _ => "sqlite" };
        var connection = new Option<string?>("--connection")
        {
            Description = "Chaîne de connexion ; par défaut le fichier SQLite cotakine-batch.db du dossier courant (obligatoire pour postgres).",
        };
        var json = new Option<bool>("--json") { Description = "Écrit le résultat en JSON sur la sortie standard." };

        var requote = new Command("requote", "Génère (une fois) l'année d'un centre de 100 kinés puis recote et revérifie toutes ses séances.")
        {
            sessions, provider, connection, json,
        };
        requote.SetAction(parse =>
        {
            var providerText = parse.GetValue(provider) ?? "sqlite";
            var kind = providerText.ToUpperInvariant() switch
            {
                "SQLITE" => DatabaseProvider.Sqlite,
                "POSTGRES" or "POSTGRESQL" => DatabaseProvider.Postgres,
                _ => throw new BenchUsageException($"--provider : « {providerText} » n'est pas une base connue (attendu : sqlite ou postgres)."),
            };
            var connectionString = parse.GetValue(connection)
                ?? (kind == DatabaseProvider.Sqlite
                    ? "Data Source=cotakine-batch.db"
                    : throw new BenchUsageException("--connection : obligatoire avec --provider postgres (exemple : « Host=localhost;Database=cotakine;Username=cotakine »)."));
            try
            {
                return Run(context, new BatchDatabase(kind, connectionString), parse.GetValue(sessions), parse.GetValue(json));
            }
            catch (Exception e) when (Unreachable(e) is { } cause)
            {
                throw new BenchFailureException($"Base de données inaccessible ({providerText}, --connection) : {cause.Message}");
            }
        });

        var batch = new Command("batch", "Traitements de masse sur une base de cabinet (mesure de performance).");
        batch.Subcommands.Add(requote);
        return batch;
    }

    /// <summary>The database error behind <paramref name="e"/> (a file that cannot be opened, a server that does not answer), if any.</summary>
    private static DbException? Unreachable(Exception e) => e switch
    {
        DbException db => db,
        AggregateException { InnerException: { } inner } => Unreachable(inner),
        InvalidOperationException { InnerException: { } inner } => Unreachable(inner),
        _ => null,
    };

    private static int Run(BenchContext context, BatchDatabase database, int size, bool json)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Stderr) });
        using (var db = database.Open())
        {
            PersistenceSetup.MigrateAsync(db).GetAwaiter().GetResult();
        }

        var existing = BatchCentre.Count(database);
        double? generationSeconds = null;
        if (existing != size)
        {
            if (existing > 0)
            {
                context.Stderr.WriteLine($"La base contient un centre synthétique de {existing} séances : il est remplacé par un centre de {size} séances.");
                BatchCentre.Delete(database);
            }

            var generation = Stopwatch.StartNew();
            WithProgress(console, "Génération de l'année", size, progress => BatchCentre.Generate(database, context.Catalog, size, n => progress.Value = n));
            generationSeconds = generation.Elapsed.TotalSeconds;
        }

        var processed = new StrongBox<long>();
        var clock = Stopwatch.StartNew();
        var counts = WithProgress(console, "Recotation et vérification", size, progress =>
        {
            var work = Task.Run(() => BatchRequote.Run(database, context.Catalog, processed));
            while (!work.Wait(100))
            {
                progress.Value = Interlocked.Read(ref processed.Value);
            }

            progress.Value = processed.Value;
            return work.GetAwaiter().GetResult();
        });
        var seconds = clock.Elapsed.TotalSeconds;
        var perSecond = counts.Sessions / Math.Max(seconds, 1e-9);

        if (json)
        {
            context.Stdout.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["provider"] = database.Provider == DatabaseProvider.Postgres ? "postgres" : "sqlite",
                ["sessions"] = counts.Sessions,
                ["generated"] = generationSeconds is not null,
                ["generationSeconds"] = generationSeconds is { } g ? Math.Round(g, 2) : null,
                ["requoteSeconds"] = Math.Round(seconds, 2),
                ["sessionsPerSecond"] = Math.Round(perSecond),
                ["workers"] = Environment.ProcessorCount,
                ["totalMismatches"] = counts.TotalMismatches,
                ["amoMismatches"] = counts.AmoMismatches,
                ["notBillable"] = counts.NotBillable,
                ["total"] = counts.TotalCents / 100m,
            }));
        }
        else
        {
            var f = BenchContext.French;
            context.Stdout.WriteLine(generationSeconds is { } g
                ? string.Create(f, $"Centre synthétique de {BatchCentre.Practitioners} kinés : {size:N0} séances générées en {g:N1} s.")
                : string.Create(f, $"Centre synthétique de {BatchCentre.Practitioners} kinés : {size:N0} séances relues dans la base."));
            context.Stdout.WriteLine(string.Create(f, $"Recotation : {counts.Sessions:N0} séances en {seconds:N1} s, soit {perSecond:N0} séances/s ({Environment.ProcessorCount} cœurs)."));
            context.Stdout.WriteLine(string.Create(f, $"Écarts avec les montants enregistrés : {counts.TotalMismatches:N0} sur le total, {counts.AmoMismatches:N0} sur la part AMO."));
            context.Stdout.WriteLine(string.Create(f, $"Séances non facturables telles quelles (point de gravité « error ») : {counts.NotBillable:N0} ; total recoté : {BenchContext.Euros(counts.TotalCents / 100m)}."));
        }

        return counts.TotalMismatches == 0 && counts.AmoMismatches == 0 ? 0 : 1;
    }

    /// <summary>A progress bar on a terminal; elsewhere (redirected stderr, tests) one line when the step starts and one when it ends.</summary>
    private static T WithProgress<T>(IAnsiConsole console, string label, int size, Func<ProgressTask, T> work)
    {
        if (console.Profile.Capabilities.Interactive)
        {
            return console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(ctx => work(ctx.AddTask(label, maxValue: size)));
        }

        var f = BenchContext.French;
        console.Profile.Out.Writer.WriteLine(string.Create(f, $"{label} : {size:N0} séances…"));
        var task = new ProgressTask(0, label, size);
        var result = work(task);
        console.Profile.Out.Writer.WriteLine(string.Create(f, $"{label} : terminé ({task.Value:N0} séances)."));
        return result;
    }

    private static void WithProgress(IAnsiConsole console, string label, int size, Action<ProgressTask> work) =>
        WithProgress(console, label, size, task =>
        {
            work(task);
            return 0;
        });
}
