using System.Net;
using Microsoft.Extensions.Caching.Memory;

namespace Cotakine.Web;

/// <summary>
/// Login throttling, in three layers that never tell an account apart from another:
/// <list type="bullet">
/// <item>per client address, the ASP.NET Core rate limiter (<see cref="AttemptsPerMinute"/> sign-in, registration and
/// password attempts a minute, <c>Accounts:AttemptsPerMinute</c>; 429 « trop d'essais depuis cette adresse »);</item>
/// <item>per account <em>and</em> client address, <see cref="MaxFailedAttempts"/> wrong passwords lock that pair for
/// <see cref="LockoutDuration"/>: a guesser is slowed to a crawl while the kiné, from their own machine, still signs in
/// (before, 5 anonymous tries from anywhere locked the account for everyone, again and again);</item>
/// <item>per account, one attempt at a time (<see cref="EnterAsync"/>): 30 parallel guesses used to read the failure
/// count before any of them wrote it, so 19 passwords were checked before the lock held.</item>
/// </list>
/// A locked pair answers exactly as a wrong password does, after the same password hashing (see <c>SignIn</c>).
/// </summary>
internal sealed class LoginThrottling(IMemoryCache cache, TimeProvider clock)
{
    public const int MaxFailedAttempts = 5;

    public const int AttemptsPerMinute = 10;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);

    /// <summary>The answer of the rate limiter (429), the same for every account.</summary>
    public const string TooManyMessage = "Trop d'essais depuis cette adresse : réessayez dans une minute.";

    private const int Stripes = 64;

    private static readonly SemaphoreSlim[] Locks = [.. Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Serialises the attempts on one account (striped: bounded memory whatever addresses are tried).</summary>
    public static async Task<IDisposable> EnterAsync(string account)
    {
        var gate = Locks[(int)((uint)StringComparer.OrdinalIgnoreCase.GetHashCode(account) % Stripes)];
        await gate.WaitAsync();
        return new Release(gate);
    }

    /// <summary>Whether this account is locked for this client address.</summary>
    public bool IsLocked(string account, IPAddress? client) =>
        cache.TryGetValue(Key(account, client), out Failures? failures) && failures!.Count >= MaxFailedAttempts && failures.Until > clock.GetUtcNow();

    /// <summary>Counts a wrong password; the fifth in a row locks the pair for <see cref="LockoutDuration"/>.</summary>
    public void Failed(string account, IPAddress? client)
    {
        var key = Key(account, client);
        var failures = cache.TryGetValue(key, out Failures? known) && known!.Until > clock.GetUtcNow() ? known : new Failures();
        failures.Count++;
        failures.Until = clock.GetUtcNow() + LockoutDuration;
        cache.Set(key, failures, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = LockoutDuration, Size = 1 });
    }

    /// <summary>A right password forgets the failures of the pair.</summary>
    public void Succeeded(string account, IPAddress? client) => cache.Remove(Key(account, client));

    private static string Key(string account, IPAddress? client) => $"login|{account.ToUpperInvariant()}|{client}";

    private sealed class Failures
    {
        public int Count { get; set; }

        public DateTimeOffset Until { get; set; }
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
