using Cotakine.Persistence;
using Cotakine.Persistence.Backup;

namespace Cotakine.Cli;

/// <summary>What <c>backup</c> and <c>restore</c> share: running the work and turning its failures into the CLI's exit codes, French wording.</summary>
internal static class BackupRestore
{
    /// <summary>Runs <paramref name="work"/>: a refusal is bad usage (exit 2), a failure while running is exit 1, a database error names the database.</summary>
    public static T Run<T>(Func<Task<T>> work)
    {
        try
        {
            return work().GetAwaiter().GetResult();
        }
        catch (BackupRefusedException e)
        {
            throw new CliUsageException(e.Message);
        }
        catch (BackupFailedException e)
        {
            throw new CliFailureException($"Erreur : {e.Message}");
        }
        catch (Exception e) when (DatabaseFailures.IsUnavailable(e))
        {
            throw new CliFailureException($"Erreur : base de données indisponible ({e.Message}) ; rien n'a été modifié, réessayez.");
        }
    }

    public static string Name(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? "PostgreSQL" : "SQLite";

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CliContext.French, $"{bytes / 1024d / 1024d:N1} Mo")
        : string.Create(CliContext.French, $"{Math.Max(1, bytes / 1024):N0} Ko");

    public static string Describe(BackupSummary s) => string.Create(CliContext.French,
        $"Contenu : {s.Practices:N0} cabinet(s), {s.Patients:N0} patient(s), {s.Invoices:N0} facture(s) et avoir(s) ; version du schéma : {(s.Migration.Length > 0 ? s.Migration : "aucune")}.");
}
