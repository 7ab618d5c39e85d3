namespace Cotakine.Territories;

/// <summary>The tariff territory of a place of care: the point value and IK rates differ between them.</summary>
public enum TerritoryKind
{
    /// <summary>Metropolitan France (incl. Corsica).</summary>
    Metro,

    /// <summary>Départements et régions d'outre-mer (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte).</summary>
    Drom,
}
