namespace Cotakine.Quoting;

/// <summary>The kilometre-allowance zone: plaine (IK), montagne (IKM), à pied ou à ski (IKS).</summary>
public enum TravelZone
{
    /// <summary>Plaine: IK, 2 km threshold.</summary>
    Plaine,

    /// <summary>Montagne: IKM, 1 km threshold.</summary>
    Montagne,

    /// <summary>À pied ou à ski: IKS.</summary>
    PiedSki,
}
