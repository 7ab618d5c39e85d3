using System.CommandLine;
using System.Globalization;
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
    /// <summary>Prices are metropolitan, as for <c>acts search</c>, so « today » is read in the metropolitan time zone.</summary>
    private const string MetroTimeZone = "Europe/Paris";

    public static Command Create(CliContext context)
    {
        var text = new Argument<string[]>("TEXTE")
        {
            Description = "L'indication de la prescription telle qu'écrite (« rééducation après ostéosynthèse fracture clavicule gauche »).",
            Arity = ArgumentArity.OneOrMore,
        };
        var date = new Option<string?>("--date") { Description = "Date des soins (AAAA-MM-JJ) ; par défaut aujourd'hui." };
        var limit = new Option<int>("--limit")
        {
            Description = "Nombre maximal d'actes proposés (5 par défaut).",
            DefaultValueFactory = _ => 5,
            CustomParser = result =>
            {
                var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
                {
                    return n;
                }

                result.AddError($"--limit : « {value} » n'est pas un nombre entier supérieur ou égal à 1.");
                return 0;
            },
        };
        var json = new Option<bool>("--json") { Description = "Écrit le résultat en JSON (contrat public) sur la sortie standard." };

        var command = new Command("suggest", "Propose les actes qui correspondent au texte d'une prescription, avec la raison de chacun.");
        command.Arguments.Add(text);
        command.Options.Add(date);
        command.Options.Add(limit);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var prescription = string.Join(' ', parse.GetValue(text) ?? []);
            var day = context.DateOrToday(parse.GetValue(date), MetroTimeZone);
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
