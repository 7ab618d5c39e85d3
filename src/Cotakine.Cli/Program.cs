using System.Text;
using Cotakine.Web;

namespace Cotakine.Cli;

/// <summary>The <c>cotakine</c> executable: the real console, the system clock and the web server for <c>serve</c>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return CliApp.Run(args, Console.In, Console.Out, Console.Error, TimeProvider.System, server: RunServer);
    }

    private static int RunServer(string[] args)
    {
        CotakineWebApp.RunAsync(args).GetAwaiter().GetResult();
        return 0;
    }
}
