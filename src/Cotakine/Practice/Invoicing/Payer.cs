namespace Cotakine.Practice.Invoicing;

/// <summary>Who pays a share of an invoice: the assurance maladie obligatoire, the complémentaire, or the patient.</summary>
public enum Payer
{
    /// <summary>Assurance maladie obligatoire.</summary>
    Amo,

    /// <summary>Assurance maladie complémentaire (mutuelle).</summary>
    Amc,

    /// <summary>The patient.</summary>
    Patient,
}
