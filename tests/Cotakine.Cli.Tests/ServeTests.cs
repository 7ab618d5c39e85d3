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
