namespace Cotakine.Practice.Plans;

/// <summary>What opens a treatment plan (ngap-facts §K): a medical prescription, its renewal by the kiné (avenant 7,
/// prescription less than 12 months old), or direct access without prescription (8 sessions per episode of 3 months).</summary>
public enum PlanOrigin
{
    /// <summary>A medical prescription.</summary>
    Prescription,

    /// <summary>Renouvellement masseur-kinésithérapeute of a prescription less than 12 months old (K.2).</summary>
    Renewal,

    /// <summary>Accès direct without prior medical diagnosis (K.3).</summary>
    DirectAccess,
}
