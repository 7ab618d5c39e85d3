using System.CommandLine;
using System.Globalization;
using Cotakine.Contract;
using Cotakine.Search;
using Cotakine.Territories;
using Spectre.Console;

namespace Cotakine.Cli;

/// <summary><c>cotakine acts search WORDS... [--date D] [--limit N] [--json]</c>: acts in force on D, best first.</summary>
internal static class ActsSearchCommand
{
    /// <summary>Search prices are metropolitan (contract), so « today » is read in the metropolitan time zone.</summary>
    private const string MetroTimeZone = "Europe/Paris";

    public static Command Create(CliContext context)
    {
        var words = new Argument<string[]>("MOTS")
        {
            Description = "Les mots cherchés, dans n'importe quel ordre (« ptg », « lca opéré », « RIC 8 »).",
            Arity = ArgumentArity.OneOrMore,
        };
        var date = new Option<string?>("--date") { Description = "Date des soins (AAAA-MM-JJ) ; par défaut aujourd'hui." };
        var limit = new Option<int>("--limit")
        {
            Description = "Nombre maximal de résultats (10 par défaut).",
            DefaultValueFactory = _ => 10,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
                {
                    return n;
                }

                result.AddError($"--limit : « {text} » n'est pas un nombre entier supérieur ou égal à 1.");
                return 0;
            },
        };
        var json = new Option<bool>("--json") { Description = "Écrit le résultat en JSON (contrat public) sur la sortie standard." };

        var command = new Command("search", "Cherche les actes en vigueur à partir de quelques mots.");
        command.Arguments.Add(words);
        command.Options.Add(date);
        command.Options.Add(limit);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var query = string.Join(' ', parse.GetValue(words) ?? []);
            var day = context.DateOrToday(parse.GetValue(date), MetroTimeZone);
            var results = new ActSearch(context.Catalog)
                .Search(query, day, parse.GetValue(limit))
                .Select(r => PricedAct.Create(context.Catalog, r.Version, day, TerritoryKind.Metro))
                .ToList();
            if (parse.GetValue(json))
            {
                context.Stdout.WriteLine(ContractJson.SearchResults(results, indented: true));
                return 0;
            }

            var console = context.HumanConsole();
            if (results.Count == 0)
            {
                context.Stdout.WriteLine($"Aucun acte en vigueur le {CliContext.FrenchDate(day)} ne correspond à « {query} ».");
                return 0;
            }

            var table = new Table().AddColumn("Code").AddColumn("Libellé").AddColumn(new TableColumn("Tarif (métropole)").RightAligned());
            foreach (var result in results)
            {
                table.AddRow(new Text(result.Version.Code.ToString()), new Text(result.Version.Act.Label), new Text(CliContext.Euros(result.Price)));
            }

            context.Stdout.WriteLine($"Actes en vigueur le {CliContext.FrenchDate(day)} pour « {query} » :");
            console.Write(table);
            return 0;
        });
        return command;
    }
}
