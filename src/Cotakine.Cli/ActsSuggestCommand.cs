using System.CommandLine;
using Cotakine.Contract;
using Cotakine.Search;
using Cotakine.Territories;
using Spectre.Console;

namespace Cotakine.Cli;

/// <summary>
/// <c>cotakine acts suggest TEXT [--date D] [--limit N] [--json]</c> (contract 1.1): the acts in force on D that fit the
/// indication of a prescription as written, best first, each with the words that led to it.
/// </summary>
internal static class ActsSuggestCommand
{
    public static Command Create(CliContext context)
    {
        var text = new Argument<string[]>("TEXTE")
        {
            Description = "L'indication de la prescription telle qu'écrite (« rééducation après ostéosynthèse fracture clavicule gauche »).",
            Arity = ArgumentArity.OneOrMore,
        };
        var date = ActsOptions.Date();
        var limit = ActsOptions.Limit(5, "Nombre maximal d'actes proposés (5 par défaut).");
        var json = ActsOptions.Json();

        var command = new Command("suggest", "Propose les actes qui correspondent au texte d'une prescription, avec la raison de chacun.");
        command.Arguments.Add(text);
        command.Options.Add(date);
        command.Options.Add(limit);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var prescription = string.Join(' ', parse.GetValue(text) ?? []);
            var day = context.DateOrToday(parse.GetValue(date), ActsOptions.MetroTimeZone);
            var suggestions = ActSuggester.For(context.Catalog).Suggest(prescription, day, parse.GetValue(limit));
            var priced = suggestions.Select(s => (PricedAct.Create(context.Catalog, s.Version, day, TerritoryKind.Metro), s.Because)).ToList();
            if (parse.GetValue(json))
            {
                context.Stdout.WriteLine(ContractJson.Suggestions(priced, indented: true));
                return 0;
            }

            if (priced.Count == 0)
            {
                context.Stdout.WriteLine($"Aucun acte en vigueur le {CliContext.FrenchDate(day)} ne correspond à « {prescription} ».");
                return 0;
            }

            var table = new Table().AddColumn("Code").AddColumn("Libellé").AddColumn(new TableColumn("Tarif (métropole)").RightAligned()).AddColumn("Pourquoi");
            foreach (var (act, because) in priced)
            {
                table.AddRow(new Text(act.Version.Code.ToString()), new Text(act.Version.Act.Label), new Text(CliContext.Euros(act.Price)), new Text(string.Join(Environment.NewLine, because)));
            }

            context.Stdout.WriteLine($"Actes en vigueur le {CliContext.FrenchDate(day)} pour « {prescription} » :");
            context.HumanConsole().Write(table);
            return 0;
        });
        return command;
    }
}
