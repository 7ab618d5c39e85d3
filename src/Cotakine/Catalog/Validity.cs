namespace Cotakine.Catalog;

/// <summary>
/// The days on which a row of the nomenclature is in force. Both ends are inclusive:
/// <see cref="To"/> is the last day in force (<c>RIC 7.48</c>: 2024-02-22 → 2025-12-31), <c>null</c> while open-ended.
/// </summary>
/// <remarks>
/// The open end is read with patterns, not <c>To.Value</c>: that accessor of a nullable date is not precompiled and the
/// runtime compiled it at every start of the command line (catalog checks).
/// </remarks>
public readonly record struct Validity(DateOnly From, DateOnly? To)
{
    /// <summary>Whether <paramref name="date"/> falls within the period.</summary>
    public bool Contains(DateOnly date) => date >= From && (To is not { } to || date <= to);

    /// <summary>Whether the two periods share at least one day.</summary>
    public bool Overlaps(Validity other) =>
        (other.To is not { } otherTo || From <= otherTo) && (To is not { } to || other.From <= to);
}
