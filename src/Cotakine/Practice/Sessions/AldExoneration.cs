using Cotakine.Practice.Prescriptions;
using Cotakine.Quoting;

namespace Cotakine.Practice.Sessions;

/// <summary>
/// « Exonération du ticket modérateur au titre d'une ALD »: the AMO pays 100 % only for care <em>related to</em> the
/// affection de longue durée, which the prescriber says by writing it in the upper part of the ordonnance bizone (or, on a
/// plain prescription, by the mention « en rapport avec l'ALD »; CPAM memo, ngap-facts §J and §K.1). An ALD patient's care
/// for an unrelated condition (an ankle sprain) is reimbursed at the standard rate, 60 %; so is care without a prescription
/// (direct access: no bizone). A prescription marked ALD for a patient whose record has no ALD gives no exoneration (the
/// caisse knows no ALD to relate it to) and a warning to fix one or the other.
/// </summary>
public static class AldExoneration
{
    /// <summary>The coverage the session's AMO share follows, and a French warning when the records disagree.</summary>
    public static (Coverage Coverage, string? Warning) For(Coverage patient, Prescription? prescription)
    {
        var related = prescription?.Ald == true;
        return patient switch
        {
            Coverage.Ald when related => (Coverage.Ald, null),
            Coverage.Ald => (Coverage.Standard, prescription is null
                ? "Patient en ALD, sans prescription : pas d'exonération au titre de l'ALD, part AMO au taux habituel (60 %)."
                : "Patient en ALD, mais la prescription n'est pas « en rapport avec une ALD » : soins hors ALD, part AMO au taux habituel (60 %)."),
            _ when related => (patient, "La prescription est marquée « en rapport avec une ALD », mais le dossier du patient ne porte pas d'ALD : pas d'exonération ; corrigez la couverture du patient ou la prescription."),
            _ => (patient, null),
        };
    }
}
