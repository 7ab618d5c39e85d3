using Cotakine.Quoting;

namespace Cotakine.Practice;

/// <summary>
/// The settings of a practice that drive billing: its département (tariff territory, holidays) and its travel zone
/// (plaine / montagne, which sets the kilometre allowance), plus the postal address printed on documents.
/// </summary>
public sealed record PracticeProfile(string Name, string Department, TravelZone Zone, string Address);
