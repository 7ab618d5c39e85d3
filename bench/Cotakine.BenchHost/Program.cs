using System.Text;
using Cotakine.BenchHost;

Console.OutputEncoding = Encoding.UTF8;
return BenchApp.Run(args, Console.Out, Console.Error);
