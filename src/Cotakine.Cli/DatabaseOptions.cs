using System.CommandLine;
using Cotakine.Persistence;
using Cotakine.Web;
using Microsoft.Extensions.Configuration;

namespace Cotakine.Cli;

/// <summary>
/// The database options of <c>backup</c> and <c>restore</c>, named and read exactly as the web app reads them
/// (<c>--Database:Provider</c>, <c>--Database:ConnectionString</c>, or the environment variables
/// <c>Database__Provider</c> / <c>Database__ConnectionString</c>; default the SQLite file <c>cotakine.db</c> of the current
/// folder), so that an administrator backs up the very database that <c>cotakine serve</c> uses.
/// </summary>
internal sealed class DatabaseOptions
{
    private readonly Option<string?> _provider = new("--Database:Provider")
    {
        Description = "Base : sqlite (par défaut) ou postgres, comme pour l'application web.",
    };

    private readonly Option<string?> _connectionString = new("--Database:ConnectionString")
    {
        Description = "Chaîne de connexion ; par défaut « Data Source=cotakine.db » (obligatoire avec postgres).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_provider);
        command.Options.Add(_connectionString);
    }

    public (DatabaseProvider Provider, string ConnectionString) Read(ParseResult parse)
    {
        var values = new Dictionary<string, string?>();
        if (parse.GetValue(_provider) is { } provider)
        {
            values["Database:Provider"] = provider;
        }

        if (parse.GetValue(_connectionString) is { } connectionString)
        {
            values["Database:ConnectionString"] = connectionString;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(values).Build();
        var name = configuration["Database:Provider"];
        if (name is not null && !name.Equals("sqlite", StringComparison.OrdinalIgnoreCase) && !name.Equals("postgres", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException($"--Database:Provider : « {name} » n'est pas une base connue (attendu : sqlite ou postgres).");
        }

        try
        {
            return CotakineWebApp.DatabaseSettings(configuration);
        }
        catch (InvalidOperationException)
        {
            throw new CliUsageException("--Database:ConnectionString : obligatoire avec --Database:Provider postgres (exemple : « Host=localhost;Database=cotakine;Username=cotakine »).");
        }
        catch (ArgumentException e)
        {
            throw new CliUsageException($"--Database:ConnectionString : chaîne de connexion invalide ({e.Message}).");
        }
    }
}
