using Microsoft.Extensions.Logging;

namespace Cotakine.Web;

/// <summary>
/// A request whose body does not bind (bad JSON, wrong type) is the caller's mistake, not the server's: it is written as
/// one warning line without a stack trace, and at most once a second; the lines left out are counted in the next one.
/// Before, each one was an error with its full stack trace, also on the anonymous login: 5 s of bad logins grew the log
/// by 80 MB, a way for anyone to fill the server's disk.
/// </summary>
internal sealed class BadRequestLog(ILogger<BadRequestLog> logger, TimeProvider clock)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private DateTimeOffset _last = DateTimeOffset.MinValue;
    private int _skipped;

    /// <summary>Writes the warning for <paramref name="error"/>, unless one was written less than a second ago.</summary>
    public void Write(HttpContext context, BadHttpRequestException error)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(error);
        int skipped;
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (now - _last < Interval && now >= _last)
            {
                _skipped++;
                return;
            }

            _last = now;
            skipped = _skipped;
            _skipped = 0;
        }

        logger.LogWarning("Requête illisible {Method} {Path} ({Status}) : {Reason} ; {Skipped} autre(s) non journalisée(s) depuis la précédente.",
            context.Request.Method, context.Request.Path, error.StatusCode, error.InnerException?.GetType().Name ?? error.GetType().Name, skipped);
    }
}
