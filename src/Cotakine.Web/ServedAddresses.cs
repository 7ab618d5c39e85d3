using System.Net;
using Microsoft.Extensions.Configuration;

namespace Cotakine.Web;

/// <summary>
/// Where the app listens (<c>--urls</c>, <c>ASPNETCORE_URLS</c>; Kestrel's default <c>http://localhost:5000</c>) and so which
/// <c>Host</c> headers it answers. On loopback only (one machine, <c>cotakine serve</c>'s default) it answers <c>localhost</c>,
/// <c>127.0.0.1</c> and <c>[::1]</c> and nothing else: a web page that points some name at 127.0.0.1 (DNS rebinding)
/// gets 400, not the practice's data. Elsewhere it answers the names given by <c>AllowedHosts</c> (« ; » between names),
/// else the names in the listening URLs; a wildcard address (<c>0.0.0.0</c>, <c>*</c>) needs <c>AllowedHosts</c>.
/// Loopback is also what lets an empty database start on the demo practice (<see cref="DemoData"/>).
/// </summary>
public static class ServedAddresses
{
    /// <summary>The host names a loopback-only app answers.</summary>
    public static readonly IReadOnlyList<string> LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>Why a server on a wildcard address does not start without <c>AllowedHosts</c>.</summary>
    public const string HostsRequired =
        "AllowedHosts : l'application écoute sur toutes les adresses (0.0.0.0, *) ; indiquez les noms sous lesquels le cabinet est servi (--AllowedHosts=cabinet.example.fr, plusieurs séparés par « ; »).";

    /// <summary>The listening URLs as configured, Kestrel's default when none.</summary>
    public static IReadOnlyList<string> Urls(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = configuration["urls"];
        return string.IsNullOrWhiteSpace(urls) ? ["http://localhost:5000"] : urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Whether every listening URL is on this machine only.</summary>
    public static bool LoopbackOnly(IConfiguration configuration) => Urls(configuration).All(url => Host(url) is { } host && IsLoopback(host));

    /// <summary>The Host names to answer (see the type); null when the app cannot say (a wildcard without <c>AllowedHosts</c>).</summary>
    public static IReadOnlyList<string>? AllowedHosts(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration["AllowedHosts"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (configured is { Length: > 0 } && !configured.Contains("*"))
        {
            return configured;
        }

        if (LoopbackOnly(configuration))
        {
            return LoopbackHosts;
        }

        var named = Urls(configuration).Select(Host).ToList();
        return named.Any(h => h is null || IsWildcard(h)) ? null : [.. named.Select(h => h!).Concat(LoopbackHosts).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static string? Host(string url)
    {
        // Kestrel's wildcards are not valid URI hosts: « http://*:5000 », « http://+:5000 ».
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        if (rest.StartsWith('*') || rest.StartsWith('+'))
        {
            return "*";
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) ? (uri.HostNameType == UriHostNameType.IPv6 ? $"[{uri.DnsSafeHost}]" : uri.Host) : null;
    }

    private static bool IsWildcard(string host) => host is "*" or "0.0.0.0" or "[::]";

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
