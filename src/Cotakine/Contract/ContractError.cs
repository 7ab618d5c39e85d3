namespace Cotakine.Contract;

/// <summary>
/// Why a request does not meet the public contract (<c>CONTRACT.md</c>): <see cref="Field"/> is the JSON path of the
/// offending value (<c>travel.distanceKm</c>, <c>acts[1]</c>; empty for the document itself) and <see cref="Message"/>
/// the reason, in French, so that the CLI (stderr, exit 2) and the web API (RFC 9457 problem, HTTP 400) say the same.
/// </summary>
public sealed record ContractError(string Field, string Message)
{
    /// <summary>The field and the reason as one French sentence, e.g. « travel.distanceKm : doit être positif ou nul ».</summary>
    public override string ToString() => Field.Length == 0 ? Message : $"{Field} : {Message}";
}
