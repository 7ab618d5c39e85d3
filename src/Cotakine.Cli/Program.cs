using System.Text;
using Cotakine.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CliApp.Run(args, Console.In, Console.Out, Console.Error, TimeProvider.System);
