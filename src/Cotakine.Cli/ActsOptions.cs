using System.CommandLine;
using System.Globalization;

namespace Cotakine.Cli;

/// <summary>
/// The options <c>acts search</c> and <c>acts suggest</c> share, so that both read <c>--date</c>, <c>--limit</c> and
/// <c>--json</c> the same way and refuse a bad limit with the same French message (exit 2).
/// </summary>
internal static class ActsOptions
{
    /// <summary>Prices of found acts are metropolitan (contract), so « today » is read in the metropolitan time zone.</summary>
    public const string MetroTimeZone = "Europe/Paris";

    public static Option<string?> Date() => new("--date") { Description = "Date des soins (AAAA-MM-JJ) ; par défaut aujourd'hui." };

    public static Option<bool> Json() => new("--json") { Description = "Écrit le résultat en JSON (contrat public) sur la sortie standard." };

    /// <summary>A <c>--limit</c> of at least 1, <paramref name="byDefault"/> when absent.</summary>
    public static Option<int> Limit(int byDefault, string description) => new("--limit")
    {
        Description = description,
        DefaultValueFactory = _ => byDefault,
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
}
