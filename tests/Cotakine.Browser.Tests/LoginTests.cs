using System.Net;
using System.Text.RegularExpressions;
using Cotakine.Web;
using Microsoft.Playwright;

namespace Cotakine.Browser.Tests;

[Collection(UiCollection.Name)]
public sealed class LoginTests(UiServerFixture server)
{
    [Fact]
    public async Task A_page_without_session_goes_to_login_then_back_while_the_api_answers_401()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/patients");
        await page.WaitForURLAsync(new Regex("/connexion\\?retour=%2Fpatients$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Connexion");

        // Wrong password: French error, email kept, password emptied.
        await page.FillAsync("#email", DemoData.Email);
        await page.FillAsync("#motdepasse", "pas-le-bon");
        await page.ClickAsync("#se-connecter");
        await Assertions.Expect(page.Locator("#motdepasse-error")).ToHaveTextAsync("Adresse e-mail ou mot de passe incorrect : vérifiez-les et recommencez.");
        await Assertions.Expect(page.Locator("#email")).ToHaveValueAsync(DemoData.Email);
        await Assertions.Expect(page.Locator("#motdepasse")).ToHaveValueAsync("");
        await server.ScreenshotAsync(page, "connexion-erreur");

        await page.FillAsync("#motdepasse", DemoData.Password);
        await page.ClickAsync("#se-connecter");
        await page.WaitForURLAsync(server.BaseUrl + "/patients");
        await Assertions.Expect(page.Locator("#praticien")).ToHaveTextAsync("Camille Martin");

        await page.ClickAsync("#deconnexion");
        await page.WaitForURLAsync(new Regex("/connexion$"));
        await page.GotoAsync("/patients");
        await page.WaitForURLAsync(new Regex("/connexion\\?retour="));

        // The API never redirects: a 401 problem, even when a browser asks.
        var api = await page.APIRequest.GetAsync("/api/patients", new() { Headers = new Dictionary<string, string> { ["Accept"] = "text/html,application/json" } });
        Assert.Equal((int)HttpStatusCode.Unauthorized, api.Status);
        Assert.Contains("Connexion requise", await api.TextAsync());
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var page = await server.LoggedInPageAsync();
        var response = await page.APIRequest.PostAsync("/patients/nouveau", new() { Form = FormData(page) });
        Assert.Equal(400, response.Status);
        await page.GotoAsync("/patients?q=Pirate");
        await Assertions.Expect(page.Locator("#aucun-patient")).ToContainTextAsync("Aucun patient ne correspond à « Pirate »");
    }

    private static IFormData FormData(IPage page)
    {
        var form = page.Context.APIRequest.CreateFormData();
        form.Set("nom", "Pirate");
        form.Set("prenom", "Sans jeton");
        form.Set("couverture", "standard");
        return form;
    }

    [Fact]
    public async Task Empty_login_names_both_fields_in_french()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/connexion");
        await page.ClickAsync("#se-connecter");
        await Assertions.Expect(page.Locator("#email-error")).ToHaveTextAsync("Adresse e-mail : champ obligatoire.");
        await Assertions.Expect(page.Locator("#motdepasse-error")).ToHaveTextAsync("Mot de passe : champ obligatoire.");
    }
}
