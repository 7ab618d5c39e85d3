using System.CommandLine;
using Cotakine.Persistence.Backup;

namespace Cotakine.Cli;

/// <summary>
/// <c>cotakine restore FILE [--force] [--Database:Provider …] [--Database:ConnectionString …]</c>: puts a backup back into
/// the configured database. Checks that FILE is a Cotakine backup this version understands; refuses to replace a database
/// that holds data unless <c>--force</c>, and then keeps a copy of it first; prints what the database now holds.
/// </summary>
internal static class RestoreCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FICHIER") { Description = "Sauvegarde faite par « cotakine backup »." };
        var force = new Option<bool>("--force") { Description = "Remplace une base qui contient déjà des données (une copie en est gardée)." };
        var database = new DatabaseOptions();
        var command = new Command("restore", "Restaurer une sauvegarde dans la base du cabinet (vérifie le fichier, garde une copie de la base remplacée).")
        {
            file, force,
        };
        database.AddTo(command);
        command.SetAction(parse =>
        {
            var (provider, connectionString) = database.Read(parse);
            var path = Path.GetFullPath(parse.GetValue(file)!);
            var (summary, safetyCopy) = BackupRestore.Run(() => new DatabaseBackup(provider, connectionString, context.Time).RestoreAsync(path, parse.GetValue(force)));
            if (safetyCopy is not null)
            {
                context.Stdout.WriteLine($"Base remplacée mise de côté : {safetyCopy}.");
            }

            context.Stdout.WriteLine($"Restauration terminée depuis {path} ({BackupRestore.Name(provider)}).");
            context.Stdout.WriteLine(BackupRestore.Describe(summary));
            return 0;
        });
        return command;
    }
}
