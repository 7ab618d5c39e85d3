using System.CommandLine;

namespace Cotakine.Cli;

/// <summary>
/// <c>cotakine serve [--urls URL] [--Database:Provider …] [--Database:ConnectionString …] [--AllowedHosts NOMS]
/// [--Accounts:Registration open] [--demo]</c>: starts the web app (French UI and JSON API). On 127.0.0.1 (the default)
/// an empty database gets the demo practice; elsewhere the first start waits for the first account. The server itself
/// lives in <c>Cotakine.Web</c>; the command checks the options and hands them over in the web app's own spelling
/// (before, the database options that the README gives were refused as « option inconnue »).
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
        var provider = new Option<string?>("--Database:Provider") { Description = "Base : sqlite (par défaut) ou postgres." };
        var connectionString = new Option<string?>("--Database:ConnectionString") { Description = "Chaîne de connexion ; par défaut « Data Source=cotakine.db » (obligatoire avec postgres)." };
        var hosts = new Option<string?>("--AllowedHosts") { Description = "Noms sous lesquels le cabinet est servi, séparés par « ; » (obligatoire sur 0.0.0.0 ; sur 127.0.0.1 : localhost, 127.0.0.1, [::1])." };
        var registration = new Option<string?>("--Accounts:Registration") { Description = "open : tout le monde peut ouvrir un cabinet sur ce serveur (fermé par défaut)." };
        var demo = new Option<bool>("--demo") { Description = "Crée le cabinet de démonstration sur une base vide même hors de 127.0.0.1 (son mot de passe est public)." };
        var command = new Command("serve", "Démarrer l'application web (interface et API) ; sur 127.0.0.1, une base neuve reçoit le cabinet de démonstration.")
        {
            urls, provider, connectionString, hosts, registration, demo,
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

            if (parse.GetValue(provider) is { } name && !name.Equals("sqlite", StringComparison.OrdinalIgnoreCase) && !name.Equals("postgres", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliUsageException($"--Database:Provider : « {name} » n'est pas une base connue (attendu : sqlite ou postgres).");
            }

            if (parse.GetValue(registration) is { } open && !open.Equals("open", StringComparison.OrdinalIgnoreCase) && !open.Equals("closed", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliUsageException($"--Accounts:Registration : « {open} » n'est pas connu (attendu : open ou closed).");
            }

            var args = new List<string> { "--urls", value };
            void Forward(string key, string? setting)
            {
                if (setting is not null)
                {
                    args.Add($"--{key}={setting}");
                }
            }

            Forward("Database:Provider", parse.GetValue(provider));
            Forward("Database:ConnectionString", parse.GetValue(connectionString));
            Forward("AllowedHosts", parse.GetValue(hosts));
            Forward("Accounts:Registration", parse.GetValue(registration));
            Forward("Demo", parse.GetValue(demo) ? "true" : null);
            var server = context.Server ?? throw new CliFailureException("Le serveur web n'est pas disponible dans cette exécution de cotakine.");
            return server([.. args]);
        });
        return command;
    }
}
