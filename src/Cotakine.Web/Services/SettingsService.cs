using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Quoting;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Services;

/// <summary>The practice form as typed (strings, so that nothing typed is lost when it is sent back with errors).</summary>
internal sealed record PracticeForm(string? Name, string? Department, string? Zone, string? Address)
{
    public static PracticeForm Of(PracticeProfile row) => new(row.Name, row.Department, ZoneValue(row.Zone), row.Address);

    public static string ZoneValue(TravelZone zone) => zone switch
    {
        TravelZone.Montagne => "montagne",
        TravelZone.PiedSki => "pied-ski",
        _ => "plaine",
    };
}

/// <summary>A practitioner form as typed; <see cref="Id"/> is null for a new practitioner.</summary>
internal sealed record PractitionerForm(Guid? Id, string? LastName, string? FirstName, string? Rpps, string? AmNumber)
{
    public static PractitionerForm Of(Practitioner row) => new(row.Id, row.LastName, row.FirstName, row.Rpps, row.AmNumber);

    public static PractitionerForm Empty { get; } = new(null, "", "", "", "");
}

/// <summary>The practice and its practitioners as stored.</summary>
internal sealed record PracticeSettings(PracticeProfile Practice, IReadOnlyList<Practitioner> Practitioners);

/// <summary>
/// « Réglages »: the practice settings that drive billing (département → tariff territory and holidays; zone plaine /
/// montagne → kilometre allowance; address printed on documents) and the practitioners (RPPS and n° AM printed on every
/// invoice, <see cref="IdentifierCheck"/>). Same checks as the API (<c>/api/account/register</c>,
/// <c>/api/practice/practitioners</c>); errors are keyed by the form's field names, in French.
/// </summary>
internal sealed class SettingsService(CotakineDbContext db, NgapCatalog catalog)
{
    public async Task<PracticeSettings?> LoadAsync(CancellationToken cancellationToken = default)
    {
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == db.CurrentPracticeId, cancellationToken);
        if (practice is null)
        {
            return null;
        }

        var practitioners = await db.Practitioners.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ToListAsync(cancellationToken);
        return new PracticeSettings(practice, practitioners);
    }

    /// <summary>Saves the practice; returns the errors by field (nothing saved when any).</summary>
    public async Task<Dictionary<string, string>> SavePracticeAsync(PracticeForm form, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(form.Name))
        {
            errors["nom"] = "Nom du cabinet : champ obligatoire.";
        }
        else if (form.Name.Trim().Length > 200)
        {
            errors["nom"] = "Nom du cabinet : 200 caractères au plus.";
        }

        var department = string.IsNullOrWhiteSpace(form.Department) ? null : catalog.FindDepartment(form.Department);
        if (department is null)
        {
            errors["departement"] = string.IsNullOrWhiteSpace(form.Department)
                ? "Département : champ obligatoire (ex. 75, 2A, 971)."
                : $"Département : « {form.Department.Trim()} » est inconnu (ex. 75, 2A, 971).";
        }

        TravelZone? zone = form.Zone switch
        {
            "plaine" => TravelZone.Plaine,
            "montagne" => TravelZone.Montagne,
            "pied-ski" => TravelZone.PiedSki,
            _ => null,
        };
        if (zone is null)
        {
            errors["zone"] = "Zone : choisissez plaine, montagne ou à pied / à ski.";
        }

        if ((form.Address?.Trim().Length ?? 0) > 500)
        {
            errors["adresse"] = "Adresse : 500 caractères au plus.";
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var practice = await db.Practices.SingleAsync(p => p.Id == db.CurrentPracticeId, cancellationToken);
        practice.Name = form.Name!.Trim();
        practice.Department = department!.Code;
        practice.Zone = zone!.Value;
        practice.Address = form.Address?.Trim() ?? "";
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    /// <summary>Adds a practitioner or updates one of the practice; returns the errors by field (nothing saved when any).</summary>
    public async Task<Dictionary<string, string>> SavePractitionerAsync(PractitionerForm form, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        Practitioner? row = null;
        if (form.Id is { } id)
        {
            row = await db.Practitioners.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (row is null)
            {
                errors["id"] = "Praticien inconnu dans ce cabinet.";
                return errors;
            }
        }

        if (string.IsNullOrWhiteSpace(form.LastName))
        {
            errors["nom"] = "Nom : champ obligatoire.";
        }

        if (string.IsNullOrWhiteSpace(form.FirstName))
        {
            errors["prenom"] = "Prénom : champ obligatoire.";
        }

        var rpps = form.Rpps?.Replace(" ", "", StringComparison.Ordinal);
        var am = form.AmNumber?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (IdentifierCheck.Rpps(rpps) is { } rppsProblem)
        {
            errors["rpps"] = $"RPPS : {rppsProblem}.";
        }
        else if (await db.Practitioners.IgnoreQueryFilters().AnyAsync(p => p.Rpps == rpps && p.Id != form.Id, cancellationToken))
        {
            errors["rpps"] = "RPPS : ce numéro RPPS est déjà enregistré.";
        }

        if (IdentifierCheck.AmNumber(am) is { } amProblem)
        {
            errors["am"] = $"N° Assurance Maladie : {amProblem}.";
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        if (row is null)
        {
            row = new Practitioner { Id = Guid.NewGuid(), PracticeId = db.CurrentPracticeId!.Value };
            db.Practitioners.Add(row);
        }

        row.LastName = form.LastName!.Trim();
        row.FirstName = form.FirstName!.Trim();
        row.Rpps = rpps!;
        row.AmNumber = am!;
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }
}
