using Cotakine.Catalog;
using Cotakine.Quoting;

namespace Cotakine.Practice;

/// <summary>A practice (cabinet): the tenant every other row belongs to.</summary>
public sealed class PracticeProfile
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; set; }

    /// <summary>Name of the practice.</summary>
    public string Name { get; set; } = "";

    /// <summary>Département code (<c>75</c>, <c>2A</c>, <c>971</c>).</summary>
    public string Department { get; set; } = "";

    /// <summary>Travel zone (plaine / montagne).</summary>
    public TravelZone Zone { get; set; }

    /// <summary>Postal address.</summary>
    public string Address { get; set; } = "";

    /// <summary>
    /// Why these settings may not be saved (names as in the API's JSON: <c>name</c>, <c>department</c>, <c>zone</c>,
    /// <c>address</c>): the département drives the tariff territory and the holidays, so it must be the catalog's; the
    /// name and address are printed on every document, so they are bounded.
    /// </summary>
    public static Problems Check(NgapCatalog catalog, string? name, string? department, TravelZone? zone, string? address)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new Problems();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add("name", "champ obligatoire");
        }
        else if (name.Trim().Length > 200)
        {
            problems.Add("name", "200 caractères au plus");
        }

        if (string.IsNullOrWhiteSpace(department))
        {
            problems.Add("department", "champ obligatoire (ex. 75, 2A, 971)");
        }
        else if (catalog.FindDepartment(department) is null)
        {
            problems.Add("department", $"« {department.Trim()} » est inconnu (ex. 75, 2A, 971)");
        }

        if (zone is null)
        {
            problems.Add("zone", "choisissez plaine, montagne ou à pied / à ski");
        }

        if ((address?.Trim().Length ?? 0) > 500)
        {
            problems.Add("address", "500 caractères au plus");
        }

        return problems;
    }

    /// <summary>Sets the settings checked by <see cref="Check"/>: the département as the catalog writes it (<c>2a</c> → <c>2A</c>).</summary>
    public void Change(NgapCatalog catalog, string name, string department, TravelZone zone, string? address)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(name);
        Name = name.Trim();
        Department = catalog.FindDepartment(department)?.Code ?? throw new ArgumentException($"Département inconnu : {department}", nameof(department));
        Zone = zone;
        Address = address?.Trim() ?? "";
    }
}
