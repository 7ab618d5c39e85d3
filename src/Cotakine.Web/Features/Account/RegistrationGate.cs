using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace Cotakine.Web.Features.Account;

/// <summary>
/// Who may open a practice with its first account. Closed by default (before, anyone reaching the server could open a
/// practice on it): open to all only with <c>Accounts:Registration=open</c>; otherwise only on a database without any
/// account (first start not on the demo practice), with the one-time <see cref="SetupCode"/> that the server writes in its
/// console at start, so that a stranger who reaches the page first cannot take the server.
/// </summary>
internal sealed class RegistrationGate(IConfiguration configuration)
{
    /// <summary>Whether <c>Accounts:Registration=open</c> opens registration to anyone.</summary>
    public bool Open { get; } = string.Equals(configuration["Accounts:Registration"], "open", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first-start code, while the database has no account (null otherwise).</summary>
    public string? SetupCode { get; private set; }

    /// <summary>Called at start on a database without any account: makes the code to write in the console.</summary>
    public string AwaitFirstAccount() => SetupCode = RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 12);

    /// <summary>Whether a registration with <paramref name="code"/> may go on.</summary>
    public bool Admits(string? code) =>
        Open || (SetupCode is { } expected && code is not null &&
                 CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant())));

    /// <summary>The first account exists: the code is spent.</summary>
    public void FirstAccountCreated() => SetupCode = null;
}
