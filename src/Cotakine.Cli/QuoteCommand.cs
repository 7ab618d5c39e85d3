using System.CommandLine;
using Cotakine.Contract;
using Cotakine.Quoting;
using Spectre.Console;

namespace Cotakine.Cli;

/// <summary><c>cotakine quote [FILE|-] [--json]</c>: quotes one session described by the contract's request JSON.</summary>
internal static class QuoteCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("FICHIER")
        {
            Description = "Fichier JSON de la demande ; « - » ou rien : entrée standard.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var json = new Option<bool>("--json") { Description = "Écrit le devis en JSON (contrat public) sur la sortie standard." };

        var command = new Command("quote", "Cote une séance : lignes, total, part AMO, part patient et points à vérifier.");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var text = ReadInput(context, parse.GetValue(file));
            var reader = new QuoteRequestReader(context.Catalog);
            if (!reader.TryRead(text, out var request, out var errors))
            {
                throw new CliUsageException("Demande de cotation invalide :" + Environment.NewLine
                    + string.Join(Environment.NewLine, errors.Select(e => $"  - {e}")));
            }

            var quote = new QuoteEngine(context.Catalog).Quote(request);
            if (parse.GetValue(json))
            {
                context.Stdout.WriteLine(ContractJson.Quote(quote, indented: true));
            }
            else
            {
                Print(context, quote);
            }

            return quote.IsBillable ? 0 : 1;
        });
        return command;
    }

    private static string ReadInput(CliContext context, string? path)
    {
        if (path is null or "-")
        {
            return context.Stdin.ReadToEnd();
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliUsageException($"FICHIER : impossible de lire « {path} » ({(e is FileNotFoundException or DirectoryNotFoundException ? "fichier introuvable" : "accès impossible")}).");
        }
    }

    private static void Print(CliContext context, Quote quote)
    {
        var console = context.HumanConsole();
        context.Stdout.WriteLine($"Séance du {CliContext.FrenchDate(quote.Date)} — {(quote.Territory == Territories.TerritoryKind.Drom ? "DROM" : "métropole")}, valeur du point {CliContext.Euros(quote.PointValue)}");

        var table = new Table()
            .AddColumn("Code")
            .AddColumn("Nature")
            .AddColumn("Libellé")
            .AddColumn(new TableColumn("Qté").RightAligned())
            .AddColumn(new TableColumn("Prix unitaire").RightAligned())
            .AddColumn(new TableColumn("Taux").RightAligned())
            .AddColumn(new TableColumn("Montant").RightAligned());
        foreach (var line in quote.Lines)
        {
            table.AddRow(
                new Text(line.Code),
                new Text(KindLabel(line.Kind)),
                new Text(line.Label),
                new Text((line.Quantity / 1.0000000000m).ToString("G", CliContext.French)),
                new Text(CliContext.Euros(line.UnitPrice)),
                new Text((line.Rate * 100).ToString("0.##", CliContext.French) + "\u00a0%"),
                new Text(CliContext.Euros(line.Amount)));
        }

        console.Write(table);

        var totals = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn(new GridColumn().RightAligned());
        totals.AddRow(new Text("Total"), new Text(CliContext.Euros(quote.Total)));
        totals.AddRow(new Text("Part AMO"), new Text(CliContext.Euros(quote.Amo)));
        totals.AddRow(new Text("Part patient"), new Text(CliContext.Euros(quote.PatientShare)));
        if (quote.C2s is { } c2s)
        {
            totals.AddRow(new Text("  dont part C2S (complémentaire santé solidaire)"), new Text(CliContext.Euros(c2s)));
            totals.AddRow(new Text("  reste payé par le patient"), new Text(CliContext.Euros(quote.PatientShare - c2s)));
        }

        console.Write(totals);
        if (quote.Franchise is { } franchise)
        {
            context.Stdout.WriteLine();
            context.Stdout.WriteLine(franchise.Note);
        }

        if (quote.Lines.Count > 0)
        {
            context.Stdout.WriteLine();
            context.Stdout.WriteLine("Justification des lignes :");
            foreach (var line in quote.Lines)
            {
                context.Stdout.WriteLine($"  {line.Code} : {line.Rule}");
            }
        }

        context.Stdout.WriteLine();
        if (quote.Issues.Count == 0)
        {
            context.Stdout.WriteLine("Aucun point à signaler.");
            return;
        }

        context.Stdout.WriteLine("Points à signaler :");
        foreach (var issue in quote.Issues)
        {
            var severity = issue.Severity switch
            {
                Severity.Error => "ERREUR",
                Severity.Warning => "Attention",
                _ => "Info",
            };
            context.Stdout.WriteLine($"  [{severity}] {issue.Rule}{(issue.Code is null ? "" : $" ({issue.Code})")} : {issue.Message}");
        }

        if (!quote.IsBillable)
        {
            context.Stdout.WriteLine("La séance ne peut pas être facturée en l'état.");
        }
    }

    private static string KindLabel(LineKind kind) => kind switch
    {
        LineKind.Act => "acte",
        LineKind.Bilan => "bilan",
        LineKind.Supplement => "supplément",
        LineKind.Travel => "déplacement",
        LineKind.Majoration => "majoration",
        LineKind.Fee => "dépassement / HN",
        _ => kind.ToString(),
    };
}
