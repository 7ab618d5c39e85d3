namespace Cotakine.Quoting;

/// <summary>The patient's coverage, which sets the AMO share (standard 60 %, 100 % otherwise).</summary>
public enum Coverage
{
    /// <summary>Standard (<c>standard</c>).</summary>
    Standard,

    /// <summary>Affection de longue durée (<c>ald</c>).</summary>
    Ald,

    /// <summary>Accident du travail / maladie professionnelle (<c>at-mp</c>).</summary>
    AtMp,

    /// <summary>Maternité (<c>maternite</c>).</summary>
    Maternite,

    /// <summary>Complémentaire santé solidaire (<c>c2s</c>).</summary>
    C2s,
}
