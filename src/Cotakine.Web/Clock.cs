namespace Cotakine.Web;

/// <summary>"Today" for the practice: the injected clock read in Europe/Paris (DAP delays count in calendar days).</summary>
internal static class Clock
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Paris).DateTime);
}
