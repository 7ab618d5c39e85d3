using System.CommandLine;
using System.Diagnostics;
using Cotakine.Persistence;
using Cotakine.Persistence.Backup;

namespace Cotakine.Cli;

/// <summary>
/// <c>cotakine backup --out FILE [--force] [--Database:Provider sqlite|postgres] [--Database:ConnectionString CS]</c>:
/// a consistent copy of the practice database, taken while the app runs (SQLite online backup, <c>pg_dump</c>). Prints
/// the file, its size and what it holds. An existing FILE is kept unless <c>--force</c>.
/// </summary>
internal static class BackupCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Fichier de sauvegarde à écrire.", Required = true };
        var force = new Option<bool>("--force") { Description = "Remplace le fichier s'il existe déjà." };
        var database = new DatabaseOptions();
        var command = new Command("backup", "Sauvegarder la base du cabinet (SQLite : sauvegarde en ligne ; PostgreSQL : pg_dump), même pendant que l'application tourne.")
        {
            output, force,
        };
        database.AddTo(command);
        command.SetAction(parse =>
        {
            var (provider, connectionString) = database.Read(parse);
            var file = Path.GetFullPath(parse.GetValue(output)!);
            var watch = Stopwatch.StartNew();
            var summary = BackupRestore.Run(() => new DatabaseBackup(provider, connectionString, context.Time).BackupAsync(file, parse.GetValue(force)));
            context.Stdout.WriteLine(string.Create(CliContext.French,
                $"Sauvegarde écrite : {file} ({BackupRestore.Name(provider)}, {BackupRestore.Size(new FileInfo(file).Length)}, {watch.Elapsed.TotalSeconds:N1} s)."));
            context.Stdout.WriteLine(BackupRestore.Describe(summary));
            return 0;
        });
        return command;
    }
}
