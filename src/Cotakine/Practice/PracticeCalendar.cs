namespace Cotakine.Practice;

/// <summary>
/// The calendar of one practice: the injected clock read in the time zone of its département (Europe/Paris,
/// America/Guadeloupe, Indian/Reunion…). It is the one « today » of the practice side — the default date of a session,
/// the Journée, DAP delays (tacit agreement counted in calendar days), payment dates — and the one place that turns an
/// instant into a day: the issue date printed on an invoice and its numbering year are the same day, so an invoice issued
/// in Guadeloupe at 21:00 local time is dated and numbered on that day, not on Paris's next one. Like NodaTime's
/// <c>ZonedClock</c>: a clock and a zone, nothing else; the zone is given (looked up by the adapter), the domain reads
/// neither the system clock nor the time-zone files.
/// </summary>
public sealed class PracticeCalendar
{
    private readonly TimeProvider _time;

    /// <summary>Creates the calendar of a practice in <paramref name="zone"/>, reading <paramref name="time"/>.</summary>
    public PracticeCalendar(TimeZoneInfo zone, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(time);
        Zone = zone;
        _time = time;
    }

    /// <summary>The practice's time zone.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>The current instant (UTC), from the injected clock.</summary>
    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>The practice's calendar day now.</summary>
    public DateOnly Today => DayOf(Now);

    /// <summary>The practice's calendar day at <paramref name="instant"/>.</summary>
    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The practice's local wall-clock time at <paramref name="instant"/> (what a printed document shows).</summary>
    public DateTime LocalTimeOf(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>
    /// The year an invoice issued at <paramref name="instant"/> is numbered in: the civil year of its issue day in the
    /// practice's zone (an invoice issued on 31 December at 23:30 UTC is of the next year in Paris and in La Réunion).
    /// </summary>
    public int NumberingYear(DateTimeOffset instant) => DayOf(instant).Year;

    /// <summary>
    /// The first instant whose day in the practice's zone is <paramref name="day"/>: local midnight under each offset the
    /// zone uses around that day, the earliest that already falls on the day. Also right when a change of offset skips or
    /// repeats midnight. Turns a range of the practice's days into a range of instants for an indexed query.
    /// </summary>
    public DateTimeOffset StartOfDay(DateOnly day)
    {
        var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var offsets = new[] { midnight.AddDays(-1), midnight, midnight.AddDays(1) }.Select(Zone.GetUtcOffset).Distinct();
        return offsets.Select(o => midnight - o)
            .Where(t => DayOf(t) >= day)
            .DefaultIfEmpty(midnight - Zone.GetUtcOffset(midnight))
            .Min();
    }
}
