using Cotakine.Practice;
using Cotakine.Quoting;

namespace Cotakine.Web.Pages.Reglages;

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

    /// <summary>The zone chosen in the list, or null when the value is none of the catalog's three.</summary>
    public TravelZone? ZoneChosen => Zone switch
    {
        "plaine" => TravelZone.Plaine,
        "montagne" => TravelZone.Montagne,
        "pied-ski" => TravelZone.PiedSki,
        _ => null,
    };
}
