using System.CommandLine;
using Cotakine.Contract;
using Cotakine.Search;
using Cotakine.Territories;
using Spectre.Console;

namespace Cotakine.Cli;

/// <summary><c>cotakine acts search WORDS... [--date D] [--limit N] [--json]</c>: acts in force on D, best first.</summary>
internal static class ActsSearchCommand
{
    public static Command Create(CliContext context)
    {
        var words = new Argument<string[]>("MOTS")
        {
            Description = "Les mots cherchés, dans n'importe quel ordre (« ptg », « lca opéré », « RIC 8 »).",
            Arity = ArgumentArity.OneOrMore,
        };
        var date = ActsOptions.Date();
        var limit = ActsOptions.Limit(10, "Nombre maximal de résultats (10 par défaut).");
        var json = ActsOptions.Json();

        var command = new Command("search", "Cherche les actes en vigueur à partir de quelques mots.");
        command.Arguments.Add(words);
        command.Options.Add(date);
        command.Options.Add(limit);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var query = string.Join(' ', parse.GetValue(words) ?? []);
            var day = context.DateOrToday(parse.GetValue(date), ActsOptions.MetroTimeZone);
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
