using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using Cotakine.Catalog;
using Cotakine.Catalog.Loading;

namespace Cotakine.Cli;

/// <summary>
/// The <c>cotakine</c> program as a function of its arguments, streams and clock, so that tests run it in-process
/// exactly as <c>Program.cs</c> does with the real console and <see cref="TimeProvider.System"/>.
/// </summary>
/// <remarks>
/// Exit codes follow the public contract (<c>CONTRACT.md</c>): <b>0</b> done (a quote may carry warnings); <b>1</b>
/// understood but nothing billable (a quote with an error issue, an unknown code, a code not in force on the date);
/// <b>2</b> bad usage or invalid input, with a French message on stderr naming the field and nothing on stdout.
/// An unexpected internal failure (a corrupt catalog, a bug) is not in the contract: it prints a French message on
/// stderr, nothing on stdout and exits with <b>1</b> — « not done », never 0, and not 2, which would wrongly blame the
/// caller's input. Standard output is buffered and written only when the command ends with 0 or 1, so a failure
/// never leaves half a result there.
/// </remarks>
public static class CliApp
{
    /// <summary>Runs the program; returns the exit code.</summary>
    /// <param name="server">Runs the web app for <c>serve</c> with its arguments until shutdown; null where no server is wired (tests).</param>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, TimeProvider time, NgapCatalog? catalog = null, Func<string[], int>? server = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(time);

        var previousUiCulture = CultureInfo.CurrentUICulture;
        var previousCulture = CultureInfo.CurrentCulture;
        var buffer = new StringWriter(CultureInfo.InvariantCulture);
        try
        {
            // The tree is built under the invariant UI culture: the only texts System.CommandLine reads from its
            // resources while building it (help and version option descriptions) are replaced in French below, and
            // reading them in French loaded its satellite assembly at every start. Its own messages (help headings,
            // unknown option) are read while parsing and running: from its French resources.
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

            var context = new CliContext(stdin, buffer, stderr, time, () => catalog ?? CatalogLoader.Embedded) { Server = server };
            var root = BuildRoot(context);
            CultureInfo.CurrentUICulture = CliContext.French;
            var parse = root.Parse(SplitDatabaseSettings(args));

            // A command taking free words (search, a code in two words) would swallow « --foo » as a word:
            // an option that no command declares is bad usage, never a search term.
            var unknownOptions = parse.Tokens
                .Where(t => t.Type == System.CommandLine.Parsing.TokenType.Argument && t.Value.Length > 1 && t.Value[0] == '-' && !char.IsAsciiDigit(t.Value[1]))
                .Select(t => $"option inconnue « {t.Value} ».")
                .ToList();
            if (parse.Errors.Count > 0 || unknownOptions.Count > 0)
            {
                foreach (var message in parse.Errors.Select(e => e.Message).Concat(unknownOptions))
                {
                    stderr.WriteLine($"Erreur : {message}");
                }

                stderr.WriteLine("Aide : cotakine --help");
                return 2;
            }

            var code = parse.Invoke(new InvocationConfiguration { Output = buffer, Error = stderr, EnableDefaultExceptionHandler = false });
            stdout.Write(buffer.ToString());
            stdout.Flush();
            return code;
        }
        catch (CliUsageException e)
        {
            stderr.WriteLine($"Erreur : {e.Message}");
            return 2;
        }
        catch (CliFailureException e)
        {
            stderr.WriteLine(e.Message);
            return 1;
        }
#pragma warning disable CA1031 // The catch-all is the point: a user never sees a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"Erreur interne de cotakine ({e.GetType().Name}) : {e.Message}");
            stderr.WriteLine("Aucun résultat n'a été produit. Merci de signaler ce problème avec la commande utilisée.");
            return 1;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previousUiCulture;
            CultureInfo.CurrentCulture = previousCulture;
        }
    }

    /// <summary>
    /// <c>--Database:Provider=postgres</c> (the web app's spelling, as in the README; also <c>--Accounts:…</c> and
    /// <c>--AllowedHosts=</c>, whose values may hold « ; » and « = ») becomes <c>--Database:Provider postgres</c>:
    /// the parser splits « --name=value » only at the first « : » or « = », and these names contain a colon.
    /// </summary>
    private static string[] SplitDatabaseSettings(string[] args) =>
        args.SelectMany(a => (a.StartsWith("--Database:", StringComparison.Ordinal) || a.StartsWith("--Accounts:", StringComparison.Ordinal) || a.StartsWith("--AllowedHosts=", StringComparison.Ordinal))
                             && a.IndexOf('=', StringComparison.Ordinal) is > 0 and var i
            ? new[] { a[..i], a[(i + 1)..] }
            : [a]).ToArray();

    private static RootCommand BuildRoot(CliContext context)
    {
        var acts = new Command("acts", "Consulter la nomenclature : chercher un acte, afficher un code, proposer les actes d'une prescription.");
        acts.Subcommands.Add(ActsSearchCommand.Create(context));
        acts.Subcommands.Add(ActsShowCommand.Create(context));
        acts.Subcommands.Add(ActsSuggestCommand.Create(context));

        var root = new RootCommand("Cotakine : cotation NGAP des actes de masso-kinésithérapie (codes, tarifs, devis de séance).");
        root.Subcommands.Add(acts);
        root.Subcommands.Add(QuoteCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
#if !COTAKINE_AOT
        root.Subcommands.Add(BackupCommand.Create(context));
        root.Subcommands.Add(RestoreCommand.Create(context));
        root.Subcommands.Add(UsersCommand.Create(context));
#endif
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => "Affiche l'aide et l'utilisation.",
                VersionOption => "Affiche la version.",
                _ => option.Description,
            };
        }

        return root;
    }
}
