namespace Cotakine.Quoting;

/// <summary>A fee outside the NGAP tariff: never in the AMO share.</summary>
public enum FeeKind
{
    /// <summary>Dépassement pour exigence particulière du patient (DE).</summary>
    Depassement,

    /// <summary>Hors nomenclature / non remboursable (HN).</summary>
    HorsNomenclature,
}
