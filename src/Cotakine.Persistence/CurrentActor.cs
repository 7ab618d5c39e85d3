namespace Cotakine.Persistence;

/// <summary>
/// Who acts in the current scope (an HTTP request, the seeder, a test): the practice whose rows the context shows
/// (every practice-owned query is filtered by it; null shows nothing) and the name written in the audit log.
/// </summary>
public sealed class CurrentActor
{
    /// <summary>The practice of the signed-in user.</summary>
    public Guid? PracticeId { get; set; }

    /// <summary>
    /// The IANA time zone of the practice's department (Europe/Paris, America/Guadeloupe, Indian/Reunion…), whose calendar
    /// says what "today" is for the practice; null when no practice is signed in.
    /// </summary>
    public string? TimeZoneId { get; set; }

    /// <summary>The user name written in the audit log.</summary>
    public string Name { get; set; } = "system";
}
