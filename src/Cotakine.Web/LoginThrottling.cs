namespace Cotakine.Web;

/// <summary>
/// Login throttling: after <see cref="MaxFailedAttempts"/> wrong passwords in a row an account is locked for
/// <see cref="LockoutDuration"/> (ASP.NET Core Identity lockout), which turns password guessing into a slow crawl while a
/// kiné who mistyped only waits a few minutes. The API answers 429 and the login page says so in French.
/// </summary>
internal static class LoginThrottling
{
    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);

    public const string LockedOutMessage = "Compte verrouillé pendant 5 minutes après 5 mots de passe erronés : réessayez plus tard.";
}
