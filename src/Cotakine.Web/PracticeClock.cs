using Cotakine.Persistence;

namespace Cotakine.Web;

/// <summary>
/// "Today" for the signed-in practice: the injected clock read in the time zone of the practice's department
/// (<see cref="CurrentActor.TimeZoneId"/>, Europe/Paris when no practice is signed in). A practice in Guadeloupe at 21:00
/// is still on its own day while Paris is already on the next one: the default date of a session, the Journée, DAP delays
/// (tacit agreement counted in calendar days) and payment dates all follow the practice's own calendar, like the
/// invoice numbering year (<see cref="InvoiceIssuer"/>).
/// </summary>
public sealed class PracticeClock(TimeProvider time, CurrentActor actor)
{
    /// <summary>The zone used when no practice is signed in (the public contract routes, the demo seeder).</summary>
    public const string DefaultTimeZoneId = "Europe/Paris";

    /// <summary>The practice's time zone.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(actor.TimeZoneId ?? DefaultTimeZoneId);

    /// <summary>The practice's calendar day now.</summary>
    public DateOnly Today => DayOf(time.GetUtcNow());

    /// <summary>The practice's calendar day at <paramref name="instant"/> (when an invoice was issued, say).</summary>
    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}
