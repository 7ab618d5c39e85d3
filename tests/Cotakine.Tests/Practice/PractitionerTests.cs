using Cotakine.Catalog.Loading;
using Cotakine.Practice;
using Cotakine.Quoting;

namespace Cotakine.Tests.Practice;

/// <summary>
/// Practitioners and practice settings as « Réglages » and the API save them. Sources: IdentifierCheck (RPPS 11 digits,
/// n° AM 9 characters with 2A/2B for Corsica), departments of the catalog.
/// </summary>
public sealed class PractitionerTests
{
    [Fact]
    public void Identifiers_are_normalised_before_they_are_checked_and_stored()
    {
        Assert.Empty(Practitioner.Check("Lefèvre", "Anne", " 1000 0000 008 ", "2a 1234 567"));
        var anne = Practitioner.Register(Guid.NewGuid(), " Lefèvre ", "Anne ", " 1000 0000 008 ", "2a 1234 567");
        Assert.Equal(("Lefèvre", "Anne", "10000000008", "2A1234567"), (anne.LastName, anne.FirstName, anne.Rpps, anne.AmNumber));
    }

    [Fact]
    public void Missing_names_and_malformed_identifiers_are_refused_field_by_field()
    {
        var problems = Practitioner.Check(" ", null, "1234", "75-12");
        Assert.Equal(["lastName", "firstName", "rpps", "amNumber"], problems.Select(p => p.Field));
        Assert.Equal("le numéro RPPS doit compter 11 chiffres", problems[2].Message);
        Assert.Equal("ce numéro RPPS est déjà enregistré", Assert.Single(Practitioner.Check("A", "B", "10000000008", "751234567", rppsTaken: true)).Message);
    }

    [Fact]
    public void Practice_settings_need_a_catalog_department_and_a_zone()
    {
        var catalog = CatalogLoader.Embedded;
        Assert.Empty(PracticeProfile.Check(catalog, "Cabinet", "2a", TravelZone.Montagne, null));
        Assert.Equal(["name", "department", "zone"], PracticeProfile.Check(catalog, "", "99", null, "").Select(p => p.Field));
        var practice = new PracticeProfile();
        practice.Change(catalog, " Cabinet des Alpes ", "2a", TravelZone.Montagne, null);
        Assert.Equal(("Cabinet des Alpes", "2A", ""), (practice.Name, practice.Department, practice.Address));
    }
}
