using System.Text;
#if !COTAKINE_AOT
using Cotakine.Web;
#endif

namespace Cotakine.Cli;

/// <summary>The <c>cotakine</c> executable: the real console, the system clock and the web server for <c>serve</c>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
#if COTAKINE_AOT
        // The Native AOT build (CotakineAot=true, start-up benchmark) has no web app: `serve` says so.
        return CliApp.Run(args, Console.In, Console.Out, Console.Error, TimeProvider.System);
#else
        return CliApp.Run(args, Console.In, Console.Out, Console.Error, TimeProvider.System, server: RunServer);
#endif
    }

#if !COTAKINE_AOT

    private static int RunServer(string[] args)
    {
        CotakineWebApp.RunAsync(args).GetAwaiter().GetResult();
        return 0;
    }
#endif
}
