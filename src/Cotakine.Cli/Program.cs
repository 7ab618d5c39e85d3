using System.Text;
using Cotakine.Catalog.Loading;
#if !COTAKINE_AOT
using Cotakine.Web;
#endif

namespace Cotakine.Cli;

/// <summary>The <c>cotakine</c> executable: the real console, the system clock and the web server for <c>serve</c>.</summary>
internal static class Program
{
    /// <summary>The commands that read the catalog: it is loaded for them on a second thread from the start.</summary>
    private static readonly string[] CatalogCommands = ["acts", "quote"];

    private static int Main(string[] args)
    {
        if (args.Length > 0 && CatalogCommands.Contains(args[0], StringComparer.Ordinal))
        {
            // Loading and checking the embedded catalog is most of a command's start-up: it runs on a second core while
            // this thread sets up the console and parses the command line; the command waits for it on first use
            // (CatalogLoader.Embedded is loaded once, thread-safely, and a failure is reported by the command).
            new Thread(PreloadCatalog) { IsBackground = true, Name = "Chargement du référentiel" }.Start();
        }

        Console.OutputEncoding = Encoding.UTF8;
#if COTAKINE_AOT
        // The Native AOT build (CotakineAot=true, start-up benchmark) has no web app: `serve` says so.
        return CliApp.Run(args, new ConsoleInput(), Console.Out, Console.Error, TimeProvider.System);
#else
        return CliApp.Run(args, new ConsoleInput(), Console.Out, Console.Error, TimeProvider.System, server: RunServer);
#endif
    }

    private static void PreloadCatalog()
    {
        try
        {
            _ = CatalogLoader.Embedded;
        }
#pragma warning disable CA1031 // The same failure is thrown again to the command that reads the catalog, which reports it.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

#if !COTAKINE_AOT

    private static int RunServer(string[] args)
    {
        try
        {
            CotakineWebApp.RunAsync(args).GetAwaiter().GetResult();
        }
        catch (InvalidOperationException e) when (e.Message == ServedAddresses.HostsRequired)
        {
            throw new CliUsageException(e.Message);
        }
        catch (Exception e) when (CotakineWebApp.StartupRefusal(e) is { } reason)
        {
            throw new CliFailureException($"Erreur : {reason}");
        }

        return 0;
    }
#endif
}
