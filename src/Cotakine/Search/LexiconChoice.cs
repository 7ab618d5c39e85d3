namespace Cotakine.Search;

/// <summary>
/// The act of the nomenclature (its stable id in <c>data/ngap</c>) for an operated and for a non-operated patient: the
/// NGAP splits nearly every orthopaedic act that way (RIC/RIM, VSC/VSM, RAO/RAM, TER 9.51/9.49). Either may be absent
/// (a méniscectomie is always operated).
/// </summary>
public sealed record LexiconChoice(string? Operated, string? NotOperated);
