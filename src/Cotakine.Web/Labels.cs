using Cotakine.Quoting;

namespace Cotakine.Web;

/// <summary>French words for the domain's enums, shared by pages and documents.</summary>
public static class Labels
{
    /// <summary>« au cabinet », « à domicile », « en établissement ».</summary>
    public static string Place(PlaceOfCare place) => place switch
    {
        PlaceOfCare.Domicile => "à domicile",
        PlaceOfCare.Etablissement => "en établissement",
        _ => "au cabinet",
    };

    /// <summary>Coverage in words.</summary>
    public static string Coverage(Coverage coverage) => coverage switch
    {
        Quoting.Coverage.Ald => "ALD",
        Quoting.Coverage.AtMp => "AT/MP",
        Quoting.Coverage.Maternite => "maternité",
        Quoting.Coverage.C2s => "C2S",
        _ => "couverture standard",
    };

    /// <summary>Régime in words.</summary>
    public static string Regime(Regime regime) => regime == Quoting.Regime.AlsaceMoselle ? "régime local d'Alsace-Moselle" : "régime général";

    /// <summary>Zone in words.</summary>
    public static string Zone(TravelZone zone) => zone switch
    {
        TravelZone.Montagne => "montagne",
        TravelZone.PiedSki => "à pied ou à ski",
        _ => "plaine",
    };

    /// <summary>Severity in words (« Erreur », « Attention », « Information »).</summary>
    public static string Severity(Severity severity) => severity switch
    {
        Quoting.Severity.Error => "Erreur",
        Quoting.Severity.Warning => "Attention",
        _ => "Information",
    };

    /// <summary>CSS class of a severity.</summary>
    public static string SeverityClass(Severity severity) => severity switch
    {
        Quoting.Severity.Error => "error",
        Quoting.Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Line kind in words.</summary>
    public static string Kind(LineKind kind) => kind switch
    {
        LineKind.Bilan => "bilan",
        LineKind.Supplement => "supplément",
        LineKind.Travel => "déplacement",
        LineKind.Majoration => "majoration",
        LineKind.Fee => "dépassement / HN",
        _ => "acte",
    };
}
