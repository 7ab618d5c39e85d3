using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Cotakine.Web.Tests.Security;

/// <summary>
/// Issue 6 « secrets never in the repository »: every file git tracks is read and none may be a key or certificate
/// store, a database, a private key, an API token, a connection string with a password or a password literal. The only
/// password literals allowed are in <see cref="Allowed"/>, each with its reason.
/// </summary>
public sealed partial class RepositorySecretsTests
{
    /// <summary>
    /// Passwords that may be written down: the demo account (documented in the README, seeded only into an empty database
    /// so a first run shows something; the README says to change it) and, under <c>tests/</c> only, the accounts the
    /// tests open in throw-away databases.
    /// </summary>
    private static readonly (string Value, string PathPrefix, string Why)[] Allowed =
    [
        ("Demo-Kine-2026", "", "compte de démonstration documenté (README, DemoData)"),
        ("*", "tests/", "comptes créés par les tests dans des bases jetables"),
    ];

    [Fact]
    public void No_tracked_file_holds_a_secret()
    {
        var files = RepositoryFiles.Tracked();
        Assert.Contains("README.md", files);
        var hits = new List<string>();
        foreach (var file in files)
        {
            if (ForbiddenFile().IsMatch(file))
            {
                hits.Add($"{file} : fichier de clé, de certificat, de secrets ou de données");
                continue;
            }

            var path = Path.Combine(RepositoryFiles.Root, file);
            if (!File.Exists(path))
            {
                continue; // deleted in the working tree, not committed yet
            }

            var bytes = File.ReadAllBytes(path);
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                continue; // binary (fonts, images): no text secret to grep
            }

            hits.AddRange(Findings(file, System.Text.Encoding.UTF8.GetString(bytes)).Select(f => $"{file} : {f}"));
        }

        Assert.True(hits.Count == 0, "Secrets dans le dépôt :\n" + string.Join("\n", hits));
    }

    // The samples are cut in two so that this file, tracked like any other, holds no secret itself.
    [Theory]
    [InlineData("src/x.cs", "-----BEGIN RSA PRIVATE" + " KEY-----\nMIIEow")]
    [InlineData("docs/x.md", "-----BEGIN OPENSSH PRIVATE" + " KEY-----")]
    [InlineData("src/appsettings.json", "\"ConnectionString\": \"Host=db;Username=cotakine;Pass" + "word=hunter22\"")]
    [InlineData("src/x.cs", "var c = \"Server=db;User Id=sa;Pw" + "d=S3cret!;\";")]
    [InlineData("src/x.cs", "const string Key = \"AKIA" + "IOSFODNN7EXAMPLE\";")]
    [InlineData("README.md", "--Database:ConnectionString=postgres://cotakine:" + "motdepasse@db/cotakine")]
    [InlineData("README.md", "export TOKEN=ghp_" + "0123456789abcdefghijABCDEFGHIJ012345")]
    [InlineData("src/x.json", "\"apiKey\": \"sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc\"")]
    [InlineData("src/x.cs", "password = \"Tr0ub4dor&3\"")]
    [InlineData("src/x.cs", "new { email, password = \"Secret-Kine-42\" }")]
    public void The_scan_finds_each_kind_of_secret(string file, string text) => Assert.NotEmpty(Findings(file, text));

    [Theory]
    [InlineData("src/Cotakine.Web/DemoData.cs", "public const string Password = \"Demo-Kine-2026\";")]
    [InlineData("tests/Cotakine.Web.Tests/AppFactory.cs", "password = \"Secret-Kine-42\"")]
    [InlineData("tests/Cotakine.Web.Tests/PostgresServer.cs", "Host=127.0.0.1;Port=5432;Username=postgres;Database=x")]
    [InlineData("src/Cotakine.Web/Pages/Connexion.cshtml", "<input id=\"motdepasse\" name=\"motdepasse\" type=\"password\">")]
    [InlineData("src/Cotakine.Web/Pages/Connexion.cshtml.cs", "Password = null;")]
    public void The_allow_list_covers_the_demo_account_and_test_fixtures_only(string file, string text) => Assert.Empty(Findings(file, text));

    [Theory]
    [InlineData("cotakine.db")]
    [InlineData("src/Cotakine.Web/cotakine.db-wal")]
    [InlineData("cotakine.db-shm")]
    [InlineData("src/Cotakine.Web/appsettings.Production.local.json")]
    [InlineData("secrets.json")]
    [InlineData(".env")]
    [InlineData("certificat.pfx")]
    [InlineData("tls/cabinet.key")]
    [InlineData("tls/cabinet.pem")]
    public void Local_databases_settings_and_keys_are_git_ignored(string path)
    {
        var info = new ProcessStartInfo("git", ["-C", RepositoryFiles.Root, "-c", "safe.directory=*", "check-ignore", "--no-index", "-q", path]);
        using var git = Process.Start(info)!;
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"{path} n'est pas ignoré par .gitignore");
    }

    private static IEnumerable<string> Findings(string file, string text)
    {
        foreach (var (name, regex) in new[] { ("clé privée", PrivateKey()), ("jeton d'API", ApiToken()), ("chaîne de connexion avec mot de passe", ConnectionPassword()) })
        {
            foreach (Match m in regex.Matches(text))
            {
                yield return $"{name} « {Shorten(m.Value)} »";
            }
        }

        foreach (Match m in PasswordLiteral().Matches(text))
        {
            var value = m.Groups["value"].Value;
            if (!Allowed.Any(a => (a.Value == "*" || a.Value == value) && file.StartsWith(a.PathPrefix, StringComparison.Ordinal)))
            {
                yield return $"mot de passe en clair « {Shorten(m.Value)} »";
            }
        }
    }

    private static string Shorten(string value) => value.Length <= 24 ? value : value[..20] + "…";

    [GeneratedRegex(@"(^|/)(id_rsa|id_dsa|id_ecdsa|id_ed25519|\.env|secrets\.json|appsettings\.[^/]*\.local\.json)$|\.(pfx|p12|pem|key|jks|keystore|db|db-wal|db-shm|sqlite)$", RegexOptions.IgnoreCase)]
    private static partial Regex ForbiddenFile();

    [GeneratedRegex(@"-{5}BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-{5}")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"\b(?:AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,}|xox[abprs]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_\-]{35}|oy2[a-z0-9]{43}|sk_live_[0-9A-Za-z]{20,}|eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})")]
    private static partial Regex ApiToken();

    // A password key (Password, Pwd) glued to « = » inside a connection string (C# code puts spaces around it), or user:password@ in a URL.
    [GeneratedRegex(@"(?<=^|[;""'\s])(?:Password|Pwd)=(?![;""'{])[^;""'\s]+|\b[a-z][a-z0-9+.-]*://[^/\s:@""']+:[^/\s:@""']+@", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionPassword();

    [GeneratedRegex(@"\b(?:password|motdepasse|pwd|secret|apikey|api_key)\b[""']?\s*[:=]\s*(?:@|\$)?[""'](?<value>[^""'\s]{6,})[""']", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordLiteral();
}
