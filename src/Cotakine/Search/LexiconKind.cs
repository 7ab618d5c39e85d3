namespace Cotakine.Search;

/// <summary>What a lexicon entry tells about a prescription, so that the suggestion can say why it proposes an act.</summary>
public enum LexiconKind
{
    /// <summary>A bone, joint, tendon, ligament or region: the NGAP segment (and so the limb or the rachis) it belongs to.</summary>
    Segment,

    /// <summary>A word that means the patient was operated (arthrodèse, ostéosynthèse, PTG…).</summary>
    Surgery,

    /// <summary>A word that means a treatment without surgery (plâtre, traitement orthopédique).</summary>
    Conservative,

    /// <summary>Both sides (« bilatéral »): two limbs, so two territories.</summary>
    Bilateral,

    /// <summary>A lesion whose act depends on where it is (fracture, entorse, luxation, amputation, déviation).</summary>
    Lesion,

    /// <summary>An indication with its own act, often a référentiel (LCA, PTG, coiffe, lombalgie commune).</summary>
    Indication,

    /// <summary>A pathology that names an NGAP article (Parkinson → neurologie art. 4, prolapsus → périnée art. 8).</summary>
    Pathology,

    /// <summary>A word that changes nothing to the cotation (latéralité).</summary>
    Ignore,
}
