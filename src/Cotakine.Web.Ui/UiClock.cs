namespace Cotakine.Web.Ui;

/// <summary>
/// « Aujourd'hui » for the UI: the day from the injected <see cref="TimeProvider"/> in <see cref="Zone"/>, the default
/// date of every form and list (the domain never reads the clock; this adapter does). Metropolitan France by default;
/// the host app gives each signed-in practice its own department's zone (Guadeloupe, Réunion…).
/// </summary>
public sealed class UiClock(TimeProvider time)
{
    /// <summary>The zone whose calendar says what today is (Europe/Paris unless the host says otherwise).</summary>
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Today's date in <see cref="Zone"/>.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);
}
