namespace Cotakine.Web.Ui;

/// <summary>
/// « Aujourd'hui » for the UI: the day in metropolitan France from the injected <see cref="TimeProvider"/>, the default
/// date of every form and list (the domain never reads the clock; this adapter does).
/// </summary>
public sealed class UiClock(TimeProvider time)
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Today's date in Europe/Paris.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Paris).DateTime);
}
