using Cotakine.Cli;
using Microsoft.Extensions.Time.Testing;

namespace Cotakine.Cli.Tests;

/// <summary><c>cotakine serve [--urls URL]</c> (issue 4): hands the addresses to the web app, refuses a bad address as bad usage.</summary>
public sealed class ServeTests
{
    private static (int Code, string[]? ServerArgs, string Stderr) Serve(params string[] args)
    {
        string[]? received = null;
        var stderr = new StringWriter();
        var code = CliApp.Run(["serve", .. args], new StringReader(""), new StringWriter(), stderr, new FakeTimeProvider(Cli.DefaultNow), server: a =>
        {
            received = a;
            return 0;
        });
        return (code, received, stderr.ToString());
    }

    [Fact]
    public void Starts_the_web_app_on_the_given_urls()
    {
        var (code, args, _) = Serve("--urls", "http://127.0.0.1:5123");
        Assert.Equal(0, code);
        Assert.Equal(["--urls", "http://127.0.0.1:5123"], args!);
    }

    [Fact]
    public void Defaults_to_the_loopback_address()
    {
        Assert.Equal(["--urls", "http://127.0.0.1:5000"], Serve().ServerArgs!);
    }

    [Theory]
    [InlineData("pas-une-adresse")]
    [InlineData("ftp://127.0.0.1:21")]
    public void A_bad_address_is_bad_usage_and_starts_nothing(string urls)
    {
        var (code, args, stderr) = Serve("--urls", urls);
        Assert.Equal(2, code);
        Assert.Null(args);
        Assert.Contains("--urls", stderr, StringComparison.Ordinal);
    }
}

/// <summary>Issue 15, item 21: <c>serve</c> takes the README's own spelling of the database and exposure options.</summary>
public sealed class ServeOptionsTests
{
    [Fact]
    public void The_readme_database_options_reach_the_web_app()
    {
        string[]? received = null;
        var stderr = new StringWriter();
        var code = CliApp.Run(
            ["serve", "--Database:Provider=postgres", "--Database:ConnectionString=Host=db;Database=cotakine;Username=kine", "--AllowedHosts=cabinet.example.fr",
             "--Accounts:Registration=open", "--demo", "--urls", "http://0.0.0.0:5000"],
            new StringReader(""), new StringWriter(), stderr, new FakeTimeProvider(Cli.DefaultNow), server: a =>
            {
                received = a;
                return 0;
            });
        Assert.True(code == 0, stderr.ToString());
        Assert.Equal(
            ["--urls", "http://0.0.0.0:5000", "--Database:Provider=postgres", "--Database:ConnectionString=Host=db;Database=cotakine;Username=kine",
             "--AllowedHosts=cabinet.example.fr", "--Accounts:Registration=open", "--Demo=true"],
            received!);
    }

    [Fact]
    public void An_unknown_provider_is_bad_usage()
    {
        var stderr = new StringWriter();
        var code = CliApp.Run(["serve", "--Database:Provider=oracle"], new StringReader(""), new StringWriter(), stderr, new FakeTimeProvider(Cli.DefaultNow), server: _ => 0);
        Assert.Equal(2, code);
        Assert.Contains("--Database:Provider", stderr.ToString(), StringComparison.Ordinal);
    }
}
