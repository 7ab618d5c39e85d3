using Cotakine.Catalog;
using Cotakine.Catalog.Loading;
using Cotakine.Quoting;
using Cotakine.Web.Forms;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Cotakine.Web.Tests.Ui;

public sealed class SessionFormReaderTests
{
    private static readonly NgapCatalog Catalog = CatalogLoader.Embedded;

    private static SessionForm Form(params (string Key, string[] Values)[] fields) =>
        SessionForm.FromQuery(new QueryCollection(fields.ToDictionary(f => f.Key, f => new StringValues(f.Values))));

    // Source: CONTRACT.md quote example, as the form sends it.
    private static readonly (string, string[])[] ContractExample =
    [
        ("date", ["2026-03-12"]), ("heure", ["10:30"]), ("departement", ["75"]), ("lieu", ["domicile"]),
        ("actes", ["RAM 8.09", "amk 10,7"]), ("distance", ["8"]), ("zone", ["plaine"]),
        ("rang", ["1"]), ("seances12", ["0"]), ("couverture", ["standard"]), ("regime", ["general"]),
    ];

    [Fact]
    public void The_contract_example_reads_into_the_same_request()
    {
        var read = SessionFormReader.Read(Form(ContractExample), Catalog);
        Assert.True(read.IsValid, string.Join(" ", read.Errors.Values));
        var r = read.Request!;
        Assert.Equal(new DateOnly(2026, 3, 12), r.Date);
        Assert.Equal(new TimeOnly(10, 30), r.Time);
        Assert.Equal("75", r.Department.Code);
        Assert.Equal(PlaceOfCare.Domicile, r.Place);
        Assert.Equal([new ActCode("RAM", 8.09m), new ActCode("AMK", 10.7m)], r.Acts);
        Assert.Equal(new Travel(8m, TravelZone.Plaine, false), r.Travel);
        Assert.Equal(new SeriesPosition(1, 0, false), r.Series);
        Assert.Equal(Patient.Default, r.Patient);
    }

    [Fact]
    public void Codes_typed_without_picking_are_read_too()
    {
        var read = SessionFormReader.Read(Form(("date", ["12/03/2026"]), ("departement", ["2a"]), ("actes-texte", ["ric 8,08 + AMK 10.7"])), Catalog);
        Assert.True(read.IsValid, string.Join(" ", read.Errors.Values));
        Assert.Equal([new ActCode("RIC", 8.08m), new ActCode("AMK", 10.7m)], read.Request!.Acts);
        Assert.Null(read.Request.Travel);
        Assert.Null(read.Request.Series);
    }

    [Fact]
    public void Every_bad_field_gets_a_french_message_naming_it()
    {
        var read = SessionFormReader.Read(
            Form(("date", ["2026-02-30"]), ("heure", ["25:00"]), ("departement", ["100"]), ("lieu", ["domicile"]),
                 ("actes", ["xyz"]), ("distance", ["huit"]), ("rang", ["0"]), ("seances12", ["-1"]), ("couverture", ["mutuelle"])),
            Catalog);
        Assert.False(read.IsValid);
        Assert.Equal("Date : « 2026-02-30 » n'est pas une date (attendu : JJ/MM/AAAA).", read.ErrorFor("date"));
        Assert.StartsWith("Heure : « 25:00 »", read.ErrorFor("heure"));
        Assert.Equal("Département : « 100 » n'est pas un département (01 à 95, 2A, 2B, 971 à 976).", read.ErrorFor("departement"));
        Assert.StartsWith("Actes : « xyz » n'est pas un code d'acte", read.ErrorFor("actes"));
        Assert.StartsWith("Distance : « huit »", read.ErrorFor("distance"));
        Assert.StartsWith("Rang de la séance : « 0 »", read.ErrorFor("rang"));
        Assert.StartsWith("Séances sur 12 mois : « -1 »", read.ErrorFor("seances12"));
        Assert.StartsWith("Couverture : « mutuelle »", read.ErrorFor("couverture"));
    }

    [Fact]
    public void Missing_required_fields_are_explained()
    {
        var read = SessionFormReader.Read(Form(("date", [""]), ("lieu", ["domicile"])), Catalog);
        Assert.Equal("Date : indiquez la date de la séance.", read.ErrorFor("date"));
        Assert.StartsWith("Département : indiquez", read.ErrorFor("departement"));
        Assert.StartsWith("Actes : ajoutez au moins un acte", read.ErrorFor("actes"));
        Assert.StartsWith("Distance : indiquez la distance aller", read.ErrorFor("distance"));
    }

    [Fact]
    public void The_query_string_gives_the_same_form_back()
    {
        var form = Form(ContractExample) with { Urgent = true, SameAgglomeration = true, DapAgreed = true, ActsText = "AMK 10.7 + é&=" };
        var again = SessionForm.FromQuery(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(form.ToQueryString())));
        Assert.Equal(form.ToQueryString(), again.ToQueryString());
        Assert.Equal(form.Acts, again.Acts);
        Assert.True(again.Urgent && again.SameAgglomeration && again.DapAgreed);
        Assert.Equal("AMK 10.7 + é&=", again.ActsText);
    }
}
