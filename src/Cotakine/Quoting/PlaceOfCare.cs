namespace Cotakine.Quoting;

/// <summary>Where the session takes place: travel indemnities exist only away from the practice.</summary>
public enum PlaceOfCare
{
    /// <summary>At the practice (<c>cabinet</c>).</summary>
    Cabinet,

    /// <summary>At the patient's home (<c>domicile</c>).</summary>
    Domicile,

    /// <summary>In an establishment (EHPAD, structure de soins) (<c>etablissement</c>).</summary>
    Etablissement,
}
