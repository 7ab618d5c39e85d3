using System.Globalization;
using Cotakine.Catalog;
using Cotakine.Practice;
using Cotakine.Quoting;

namespace Cotakine.Web.Forms;

/// <summary>
/// Validates « Coter une séance » into a <see cref="QuoteRequest"/>: every bad field gets a French message naming it
/// and saying why, all at once (the user fixes everything in one pass). Unknown codes are not an input error: the
/// quote reports them (<c>UNKNOWN_ACT</c>), with the code in force when there is one.
/// </summary>
public static class SessionFormReader
{
    /// <summary>Reads <paramref name="form"/> against <paramref name="catalog"/> (départements).</summary>
    public static SessionFormResult Read(SessionForm form, NgapCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);

        DateOnly date = default;
        if (string.IsNullOrWhiteSpace(form.Date))
        {
            errors["date"] = "Date : indiquez la date de la séance.";
        }
        else if (!DateText.TryParseTyped(form.Date, out date))
        {
            errors["date"] = $"Date : « {form.Date} » n'est pas une date (attendu : JJ/MM/AAAA).";
        }

        TimeOnly? time = null;
        if (!string.IsNullOrWhiteSpace(form.Time))
        {
            if (TimeOnly.TryParseExact(form.Time.Trim().Replace('h', ':'), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                time = t;
            }
            else
            {
                errors["heure"] = $"Heure : « {form.Time} » n'est pas une heure (attendu : HH:MM, par exemple 10:30).";
            }
        }

        var department = string.IsNullOrWhiteSpace(form.Department) ? null : catalog.FindDepartment(form.Department);
        if (string.IsNullOrWhiteSpace(form.Department))
        {
            errors["departement"] = "Département : indiquez le département du lieu de soins (par exemple 75).";
        }
        else if (department is null)
        {
            errors["departement"] = $"Département : « {form.Department} » n'est pas un département (01 à 95, 2A, 2B, 971 à 976).";
        }

        PlaceOfCare place = PlaceOfCare.Cabinet;
        switch (form.Place)
        {
            case "cabinet": place = PlaceOfCare.Cabinet; break;
            case "domicile": place = PlaceOfCare.Domicile; break;
            case "etablissement": place = PlaceOfCare.Etablissement; break;
            default: errors["lieu"] = $"Lieu : « {form.Place} » n'est pas un lieu connu (cabinet, domicile ou établissement)."; break;
        }

        var acts = new List<ActCode>();
        var texts = form.Acts.Concat(form.ActsText.Split(['+', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var badCodes = new List<string>();
        foreach (var text in texts)
        {
            if (ActCode.TryParse(text, out var code))
            {
                acts.Add(code);
            }
            else
            {
                badCodes.Add(text);
            }
        }

        if (badCodes.Count > 0)
        {
            errors["actes"] = $"Actes : {string.Join(", ", badCodes.Select(b => $"« {b} »"))} n'est pas un code d'acte (attendu : une lettre-clé et un coefficient, par exemple « RAM 8.09 ») ; choisissez l'acte dans la liste.";
        }
        else if (acts.Count == 0)
        {
            errors["actes"] = "Actes : ajoutez au moins un acte (tapez quelques lettres, puis Entrée pour choisir).";
        }

        Travel? travel = null;
        var zone = form.Zone switch
        {
            "plaine" => TravelZone.Plaine,
            "montagne" => TravelZone.Montagne,
            "pied-ski" => TravelZone.PiedSki,
            _ => (TravelZone?)null,
        };
        if (zone is null)
        {
            errors["zone"] = $"Zone : « {form.Zone} » n'est pas une zone connue (plaine, montagne, à pied ou à ski).";
        }

        if (!string.IsNullOrWhiteSpace(form.Distance))
        {
            if (!decimal.TryParse(form.Distance.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var km) || km > 2000m)
            {
                errors["distance"] = $"Distance : « {form.Distance} » n'est pas une distance en km (nombre positif, par exemple 8 ou 8,5).";
            }
            else if (zone is { } z)
            {
                travel = new Travel(km, z, form.SameAgglomeration);
            }
        }
        else if (place == PlaceOfCare.Domicile)
        {
            errors["distance"] = "Distance : indiquez la distance aller du cabinet au domicile du patient, en km (0 si même immeuble).";
        }

        SeriesPosition? series = null;
        int? rank = Integer(form.SessionNumber, "rang", "Rang de la séance", 1, errors);
        int? last12 = Integer(form.SessionsLast12Months, "seances12", "Séances sur 12 mois", 0, errors);
        if (rank is not null || last12 is not null || form.DapAgreed)
        {
            if (rank is null && !errors.ContainsKey("rang"))
            {
                errors["rang"] = "Rang de la séance : indiquez le rang de la séance dans la série (1 pour la première) dès que vous renseignez la série.";
            }
            else if (rank is { } r)
            {
                series = new SeriesPosition(r, last12 ?? 0, form.DapAgreed);
            }
        }

        var coverage = form.Coverage switch
        {
            "standard" => Coverage.Standard,
            "ald" => Coverage.Ald,
            "at-mp" => Coverage.AtMp,
            "maternite" => Coverage.Maternite,
            "c2s" => Coverage.C2s,
            _ => (Coverage?)null,
        };
        if (coverage is null)
        {
            errors["couverture"] = $"Couverture : « {form.Coverage} » n'est pas une couverture connue.";
        }

        var regime = form.Regime switch
        {
            "general" => Regime.General,
            "alsace-moselle" => Regime.AlsaceMoselle,
            _ => (Regime?)null,
        };
        if (regime is null)
        {
            errors["regime"] = $"Régime : « {form.Regime} » n'est pas un régime connu (général ou Alsace-Moselle).";
        }

        if (errors.Count > 0 || department is null || coverage is null || regime is null)
        {
            return new SessionFormResult(null, errors);
        }

        var request = new QuoteRequest(date, time, department, place, acts, form.Urgent, travel, series, new Patient(coverage.Value, regime.Value), []);
        return new SessionFormResult(request, errors);
    }

    private static int? Integer(string text, string field, string name, int min, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= 10_000)
        {
            return n;
        }

        errors[field] = $"{name} : « {text} » n'est pas un nombre entier valide (au moins {min}).";
        return null;
    }
}
