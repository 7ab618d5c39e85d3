using Cotakine.Web;

await CotakineWebApp.Build(args).RunAsync();

/// <summary>Entry point of <c>dotnet run --project src/Cotakine.Web</c>; also the anchor of the integration tests.</summary>
public partial class Program;
