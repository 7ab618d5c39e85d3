using System.CommandLine;
using System.Globalization;
using Cotakine.Catalog;
using Cotakine.Catalog.Loading;
using Cotakine.Web;

namespace Cotakine.BenchHost;

/// <summary>
/// The <c>cotakine-bench</c> program as a function of its arguments and streams. <c>batch requote …</c> keeps the options,
/// output and exit codes the command had when it shipped inside <c>cotakine</c> (0 done, 1 amounts differ or the
/// database cannot be opened, 2 bad usage); <c>serve ARGS…</c> runs the product web app, configured exactly as by
/// <c>cotakine serve</c> (the arguments go to it as they are), plus the floor endpoint of the HTTP load benchmark.
/// </summary>
internal static class BenchApp
{
    /// <summary>Runs the program; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, NgapCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "serve")
        {
            CotakineWebApp.Build(args[1..], endpoints => endpoints.MapBenchFloorApi()).Run();
            return 0;
        }

        var previousUiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = BenchContext.French;
            var context = new BenchContext(stdout, stderr, () => catalog ?? CatalogLoader.Embedded);
            var root = new RootCommand("Banc d'essai de Cotakine : année d'un centre recotée en un lot (batch requote), serveur avec point d'accès plancher (serve).");
            root.Subcommands.Add(BatchCommand.Create(context));
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    stderr.WriteLine($"Erreur : {error.Message}");
                }

                stderr.WriteLine("Aide : cotakine-bench --help");
                return 2;
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (BenchUsageException e)
        {
            stderr.WriteLine($"Erreur : {e.Message}");
            return 2;
        }
        catch (BenchFailureException e)
        {
            stderr.WriteLine(e.Message);
            return 1;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previousUiCulture;
        }
    }
}
