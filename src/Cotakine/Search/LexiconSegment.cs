namespace Cotakine.Search;

/// <summary>
/// A place the NGAP codes by: a segment of a limb or of the rachis (« genou ou jambe », « rachis lombo-sacré »), a
/// territory made of several segments (membre inférieur), or several territories (TER). <see cref="Acts"/> gives its acts
/// operated and not; <see cref="Lesions"/> the acts a lesion there has instead (entorse de cheville → RIM/RIC référentiel).
/// </summary>
/// <param name="Id">Stable identifier used by the entries (<c>genou</c>).</param>
/// <param name="Label">French words shown in the suggestion's reasons (« genou ou jambe »).</param>
/// <param name="Territory">For a segment, the territory it belongs to (<c>membre-inferieur</c>); null otherwise.</param>
/// <param name="Acts">The acts of the place, operated and not.</param>
/// <param name="Lesions">Lesion id → acts, where a lesion there has its own act.</param>
public sealed record LexiconSegment(string Id, string Label, string? Territory, LexiconChoice Acts, IReadOnlyDictionary<string, LexiconChoice> Lesions);
