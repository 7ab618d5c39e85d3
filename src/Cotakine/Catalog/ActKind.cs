namespace Cotakine.Catalog;

/// <summary>What an act is on the invoice: the rééducation act itself, a bilan, or a supplement added to an act.</summary>
public enum ActKind
{
    /// <summary>A rééducation act (one per session, save the article 11 B exception).</summary>
    Reeducation,

    /// <summary>A bilan (BDK, bilan isolé), billed in addition to the session act.</summary>
    Bilan,

    /// <summary>A supplement (bandage multicouche, balnéothérapie) added to an act.</summary>
    Supplement,
}
