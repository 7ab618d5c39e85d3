namespace Cotakine.Territories;

/// <summary>
/// A département as a place of care: its tariff territory, its time zone (local times of care are read there)
/// and whether the Alsace-Moselle local holidays apply.
/// </summary>
public sealed record Department(string Code, TerritoryKind Territory, string TimeZoneId, string? Name, bool AlsaceMoselle)
{
    /// <summary>The territory as the contract spells it: <c>metro</c> or <c>drom</c>.</summary>
    public string TerritoryName => Territory == TerritoryKind.Drom ? "drom" : "metro";
}
