using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Cotakine.Browser.Tests;

/// <summary>
/// Issue 15, items 7 and 8 in a real browser: « Mon compte » changes the password and closes the account's other
/// sessions; « Se déconnecter » makes the old cookie worthless, even replayed by hand.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class AccountSessionTests(UiServerFixture server)
{
    [Fact]
    public async Task Changing_the_password_closes_the_other_browser_and_signing_out_revokes_the_cookie()
    {
        var n = Guid.NewGuid().ToString("N")[..8];
        var email = $"kine-mdp-{n}@example.fr";
        var setup = await server.NewPageAsync();
        var registered = await setup.Context.APIRequest.PostAsync("/api/account/register", new APIRequestContextOptions
        {
            DataObject = new
            {
                email, password = "Secret-Kine-42", practiceName = $"Cabinet {n}", department = "75", zone = "plaine", address = "2 rue X",
                rpps = $"{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}", amNumber = "751234567", lastName = "Kiné", firstName = "Mdp",
            },
        });
        Assert.True(registered.Ok, await registered.TextAsync());

        var office = await LogInAsync(email, "Secret-Kine-42");
        var home = await LogInAsync(email, "Secret-Kine-42");

        await office.ClickAsync("#mon-compte");
        await office.WaitForURLAsync(new Regex("/compte$"));
        await office.FillAsync("#actuel", "Secret-Kine-42");
        await office.FillAsync("#nouveau", "Azerty2026");
        await office.FillAsync("#confirmation", "Azerty2026");
        await office.ClickAsync("#changer-mot-de-passe");
        await Assertions.Expect(office.Locator("#nouveau-error")).ToContainTextAsync("trop courant");
        await office.FillAsync("#actuel", "Secret-Kine-42");
        await office.FillAsync("#nouveau", "Trois-Mots-Pour-Moi-9");
        await office.FillAsync("#confirmation", "Trois-Mots-Pour-Moi-9");
        await office.ClickAsync("#changer-mot-de-passe");
        await Assertions.Expect(office.Locator("#saved")).ToContainTextAsync("Mot de passe changé");
        await server.ScreenshotAsync(office, "compte-mot-de-passe-change");

        // This browser goes on; the other one is sent back to the login page.
        await office.GotoAsync("/patients");
        await Assertions.Expect(office.Locator("h1")).Not.ToHaveTextAsync("Connexion");
        await home.GotoAsync("/patients");
        await home.WaitForURLAsync(new Regex("/connexion\\?retour="));

        // Signing out: the cookie the browser had, replayed, no longer reads anything.
        var cookie = (await office.Context.CookiesAsync()).Single(c => c.Name == "cotakine").Value;
        await office.ClickAsync("#deconnexion");
        await office.WaitForURLAsync(new Regex("/connexion$"));
        var replay = await (await server.NewPageAsync()).APIRequest.GetAsync("/api/patients", new() { Headers = new Dictionary<string, string> { ["Cookie"] = $"cotakine={cookie}" } });
        Assert.Equal(401, replay.Status);
    }

    private async Task<IPage> LogInAsync(string email, string password)
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/connexion");
        await page.FillAsync("#email", email);
        await page.FillAsync("#motdepasse", password);
        await page.ClickAsync("#se-connecter");
        await page.WaitForURLAsync(server.BaseUrl + "/");
        return page;
    }
}
