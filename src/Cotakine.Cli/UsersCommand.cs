using System.CommandLine;
using Cotakine.Web;

namespace Cotakine.Cli;

/// <summary>
/// <c>cotakine users add --email E --practice NOM --department DEP --last-name NOM --first-name PRÉNOM --rpps N --am N
/// [--zone plaine|montagne|pied-ski] [--address ADRESSE] [--Database:…]</c>: opens a practice with its first kiné's account
/// on the server's database, for the first start of a server that others reach (no demo practice there), or whenever
/// registration is closed. The password is read from the standard input (first line), never from the command line,
/// where other accounts of the machine could read it; it must pass the same rules as the web app's.
/// </summary>
internal static class UsersCommand
{
    public static Command Create(CliContext context)
    {
        var email = new Option<string>("--email") { Description = "Adresse e-mail du compte (identifiant de connexion).", Required = true };
        var practice = new Option<string>("--practice") { Description = "Nom du cabinet.", Required = true };
        var department = new Option<string>("--department") { Description = "Département du cabinet (75, 2A, 971…) : tarifs, jours fériés et fuseau.", Required = true };
        var zone = new Option<string>("--zone") { Description = "Zone : plaine (par défaut), montagne ou pied-ski.", DefaultValueFactory = _ => "plaine" };
        var address = new Option<string?>("--address") { Description = "Adresse du cabinet (imprimée sur les documents)." };
        var lastName = new Option<string>("--last-name") { Description = "Nom du kinésithérapeute.", Required = true };
        var firstName = new Option<string>("--first-name") { Description = "Prénom du kinésithérapeute.", Required = true };
        var rpps = new Option<string>("--rpps") { Description = "N° RPPS (11 chiffres).", Required = true };
        var am = new Option<string>("--am") { Description = "N° Assurance Maladie (9 caractères).", Required = true };
        var database = new DatabaseOptions();
        var add = new Command("add", "Ouvrir un cabinet et le compte de son premier kinésithérapeute (mot de passe lu sur l'entrée standard).")
        {
            email, practice, department, zone, address, lastName, firstName, rpps, am,
        };
        database.AddTo(add);
        add.SetAction(parse =>
        {
            var (provider, connectionString) = database.Read(parse);
            var zoneName = parse.GetValue(zone)!;
            if (zoneName is not ("plaine" or "montagne" or "pied-ski"))
            {
                throw new CliUsageException($"--zone : « {zoneName} » n'est pas une zone (attendu : plaine, montagne ou pied-ski).");
            }

            var password = context.Stdin.ReadLine();
            if (string.IsNullOrEmpty(password))
            {
                throw new CliUsageException("mot de passe : écrivez-le sur l'entrée standard (première ligne), par exemple « cotakine users add … < fichier » ; il n'est jamais pris sur la ligne de commande.");
            }

            var problems = CotakineWebApp.AddAccountAsync(
                [$"--Database:Provider={(provider == Persistence.DatabaseProvider.Postgres ? "postgres" : "sqlite")}", $"--Database:ConnectionString={connectionString}"],
                new NewAccount(parse.GetValue(email)!, password, parse.GetValue(practice)!, parse.GetValue(department)!, zoneName, parse.GetValue(address),
                    parse.GetValue(lastName)!, parse.GetValue(firstName)!, parse.GetValue(rpps)!, parse.GetValue(am)!)).GetAwaiter().GetResult();
            if (problems.Count > 0)
            {
                throw new CliUsageException(string.Join(" ; ", problems.Select(p => $"{Option(p.Field)} : {p.Message}")));
            }

            context.Stdout.WriteLine($"Compte ouvert : {parse.GetValue(email)} (kinésithérapeute du cabinet « {parse.GetValue(practice)} »).");
            return 0;
        });
        var users = new Command("users", "Comptes du cabinet.");
        users.Subcommands.Add(add);
        return users;
    }

    private static string Option(string field) => field switch
    {
        "email" => "--email",
        "password" => "mot de passe",
        "practiceName" => "--practice",
        "department" => "--department",
        "zone" => "--zone",
        "lastName" => "--last-name",
        "firstName" => "--first-name",
        "rpps" => "--rpps",
        "amNumber" => "--am",
        _ => field,
    };
}
