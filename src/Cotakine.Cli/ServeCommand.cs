using System.CommandLine;

namespace Cotakine.Cli;

/// <summary>
/// <c>cotakine serve [--urls URL]</c>: starts the web app (French UI and JSON API) on its embedded default, a SQLite
/// file with a demo practice. The server itself lives in <c>Cotakine.Web</c>; the command only hands it the arguments.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Adresse(s) d'écoute, séparées par « ; » (par défaut http://127.0.0.1:5000).",
            DefaultValueFactory = _ => "http://127.0.0.1:5000",
        };
        var command = new Command("serve", "Démarrer l'application web (interface et API) sur une base SQLite avec un cabinet de démonstration.")
        {
            urls,
        };
        command.SetAction(parse =>
        {
            var value = parse.GetValue(urls)!;
            foreach (var url in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    throw new CliUsageException($"--urls : « {url} » n'est pas une adresse http(s) valide (exemple : http://127.0.0.1:5000).");
                }
            }

            var server = context.Server ?? throw new CliFailureException("Le serveur web n'est pas disponible dans cette exécution de cotakine.");
            return server(["--urls", value]);
        });
        return command;
    }
}
