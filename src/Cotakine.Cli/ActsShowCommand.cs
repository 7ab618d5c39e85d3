using System.CommandLine;
using Cotakine.Catalog;
using Cotakine.Contract;
using Spectre.Console;

namespace Cotakine.Cli;

/// <summary><c>cotakine acts show CODE [--date D] [--department DEP] [--json]</c>: one act as in force on D at DEP.</summary>
internal static class ActsShowCommand
{
    public static Command Create(CliContext context)
    {
        var codeArgument = new Argument<string[]>("CODE")
        {
            Description = "Le code de l'acte, par exemple « RIC 8.08 » (casse, virgule et espaces libres).",
            Arity = ArgumentArity.OneOrMore,
        };
        var date = new Option<string?>("--date") { Description = "Date des soins (AAAA-MM-JJ) ; par défaut aujourd'hui dans le fuseau du département." };
        var department = new Option<string>("--department")
        {
            Description = "Département du lieu des soins (code INSEE : 01…95, 2A, 2B, 971…976) ; 75 par défaut.",
            DefaultValueFactory = _ => "75",
        };
        var json = new Option<bool>("--json") { Description = "Écrit le résultat en JSON (contrat public) sur la sortie standard." };

        var command = new Command("show", "Affiche un acte tel qu'en vigueur à une date, avec son tarif dans le département.");
        command.Arguments.Add(codeArgument);
        command.Options.Add(date);
        command.Options.Add(department);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            // « acts show RIC 7.48 » without quotes arrives as two words: both forms name one code.
            var text = string.Join(' ', parse.GetValue(codeArgument) ?? []);
            if (!ActCode.TryParse(text, out var code))
            {
                throw new CliUsageException($"CODE : « {text} » n'est pas un code d'acte (attendu : une lettre-clé et un coefficient, par exemple « RIC 8.08 »).");
            }

            var departmentText = parse.GetValue(department) ?? "75";
            var place = context.Catalog.FindDepartment(departmentText)
                ?? throw new CliUsageException($"--department : « {departmentText} » n'est pas un département connu (attendu : 01…95, 2A, 2B, 971…976).");
            var day = context.DateOrToday(parse.GetValue(date), place.TimeZoneId);

            var version = context.Catalog.Find(code, day) ?? throw new CliFailureException(NotInForce(context.Catalog, code, day));
            var priced = PricedAct.Create(context.Catalog, version, day, place.Territory);
            if (parse.GetValue(json))
            {
                context.Stdout.WriteLine(ContractJson.ActShow(priced, context.Catalog, indented: true));
                return 0;
            }

            Print(context, priced, place);
            return 0;
        });
        return command;
    }

    /// <summary>Why a code gives nothing on a date, naming the code in force then when there is one (contract).</summary>
    internal static string NotInForce(NgapCatalog catalog, ActCode code, DateOnly day)
    {
        var history = catalog.History(code);
        if (history.Count == 0 && catalog.NotQuoted(code) is { } notQuoted)
        {
            return $"« {code} » : {notQuoted}";
        }

        if (history.Count == 0)
        {
            return $"Code inconnu : « {code} » n'existe dans la nomenclature à aucune date.";
        }

        var periods = string.Join(", ", history.Select(v => v.Validity.To is { } to
            ? $"du {CliContext.FrenchDate(v.Validity.From)} au {CliContext.FrenchDate(to)}"
            : $"depuis le {CliContext.FrenchDate(v.Validity.From)}"));
        var message = $"« {code} » n'est pas en vigueur le {CliContext.FrenchDate(day)} (en vigueur {periods}).";

        var current = history
            .SelectMany(v => v.Act.Successors.Count > 0
                ? v.Act.Successors.Select(catalog.FindAct).OfType<Act>()
                : [v.Act])
            .Distinct()
            .Select(a => a.On(day))
            .OfType<ActVersion>()
            .ToList();
        if (current.Count == 0)
        {
            return message + " Aucun code ne le remplace à cette date.";
        }

        const int shown = 5;
        var names = string.Join(" ; ", current.Take(shown).Select(v => $"« {v.Code} » ({v.Act.ShortLabel})"))
            + (current.Count > shown ? $" ; et {current.Count - shown} autres (voir « cotakine acts search »)" : "");
        return current.Count == 1
            ? $"{message} Le code en vigueur à cette date est {names}."
            : $"{message} Les codes en vigueur à cette date sont : {names}.";
    }

    private static void Print(CliContext context, PricedAct priced, Territories.Department place)
    {
        var version = priced.Version;
        var act = version.Act;
        var validity = version.Validity.To is { } to
            ? $"du {CliContext.FrenchDate(version.Validity.From)} au {CliContext.FrenchDate(to)}"
            : $"depuis le {CliContext.FrenchDate(version.Validity.From)}";
        var dap = act.Referentiel && act.Dap is { } rule
            ? rule.SessionsBeforeDap == 0 ? "DAP dès la première séance" : $"{rule.SessionsBeforeDap} séances sans DAP"
            : "sans référentiel";
        var sources = string.Join(" ; ", version.Period.Sources.Select(k => context.Catalog.Sources.GetValueOrDefault(k) ?? k));
        var confidence = version.Period.Confidence switch
        {
            Confidence.Sure => "sûr",
            Confidence.Likely => "probable",
            _ => "à vérifier",
        };

        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string name, string value) => grid.AddRow(new Text(name), new Text(value));
        Row("Code", version.Code.ToString());
        Row("Libellé", act.Label);
        Row("Article", act.ArticleLabel);
        Row("Tarif", $"{CliContext.Euros(priced.Price)} ({ActCode.FormatCoefficient(version.Coefficient).Replace('.', ',')} × {CliContext.Euros(priced.PointValue)})");
        Row("Territoire", $"{(priced.Territory == Territories.TerritoryKind.Drom ? "DROM" : "métropole")} (département {place.Code})");
        Row("Référentiel", dap);
        Row("En vigueur", validity + (version.Period.Planned ? " (revalorisation prévue, non confirmée)" : ""));
        Row("Source", sources);
        Row("Fiabilité", confidence);
        foreach (var note in act.Notes)
        {
            Row("Remarque", note.Text);
        }

        var console = context.HumanConsole();
        context.Stdout.WriteLine($"Acte au {CliContext.FrenchDate(priced.Date)} :");
        console.Write(grid);
    }
}
