namespace Cotakine.Practice.Prescriptions;

/// <summary>The side of the segment to treat; the CPAM memo asks the prescriber to state it ("préciser la latéralité").</summary>
public enum Laterality
{
    /// <summary>Not stated on the prescription (a missing mention for a limb).</summary>
    Unspecified,

    /// <summary>Gauche.</summary>
    Left,

    /// <summary>Droite.</summary>
    Right,

    /// <summary>Bilatéral.</summary>
    Bilateral,

    /// <summary>No side (rachis, thorax…).</summary>
    NotApplicable,
}
