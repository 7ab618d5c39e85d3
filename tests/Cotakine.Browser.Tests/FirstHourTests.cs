using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Cotakine.Browser.Tests;

/// <summary>
/// Issue 16, « a kiné's first hour », on the real app: the shares follow the prescription's link to the ALD, a home visit
/// in the practice's own commune bills no IK by default, and a session holds its bilan as quoted. Golden figures:
/// data acts.json rim-entorse-cheville RIM 8.1 from 2026-01-01 (8.1 × 2,21 € = 17,90 €), AMO 60 % = 10,74 €, patient
/// 7,16 € (ngap-facts §J); the bilan AMK 10.7 = 23,65 €; IFD 2,50 € (travel.json). The demo practice is in 75013 Paris.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class FirstHourTests(UiServerFixture server)
{
    private static async Task PatientWithAnklePlanAsync(IPage page, string lastName, string coverage, bool aldPrescription, string? postalCode = null, string? commune = null)
    {
        await page.GotoAsync("/patients");
        await page.ClickAsync("#nouveau-patient");
        await page.FillAsync("#nom", lastName);
        await page.FillAsync("#prenom", "Claire");
        await page.FillAsync("#naissance", "1960-03-14");
        await page.SelectOptionAsync("#couverture", coverage);
        if (postalCode is not null)
        {
            await page.FillAsync("#adresse", "8 rue Bobillot");
            await page.FillAsync("#codepostal", postalCode);
            await page.FillAsync("#commune", commune!);
        }

        await page.ClickAsync("#creer-patient");
        await page.WaitForURLAsync(new Regex("/patients/[0-9a-f-]{36}$"));

        await page.ClickAsync("#nouvelle-prescription");
        await page.FillAsync("#date", "2026-11-10");
        await page.FillAsync("#prescripteur", "Dr Roux");
        await page.FillAsync("#indication", "Entorse de cheville");
        await page.FillAsync("#segment", "cheville");
        await page.FillAsync("#seances", "10");
        if (aldPrescription)
        {
            await page.CheckAsync("#ald");
        }

        await page.ClickAsync("#enregistrer-prescription");
        await page.WaitForURLAsync(new Regex("/patients/[0-9a-f-]{36}#prescriptions$"));
        await page.Locator("#prescriptions a", new() { HasText = "Ouvrir un plan" }).First.ClickAsync();
        await page.Locator("#acte-texte").PressSequentiallyAsync("entorse cheville");
        var option = page.Locator("#acte-texte-results [data-id=rim-entorse-cheville]");
        await option.WaitForAsync();
        await option.ClickAsync();
        await page.FillAsync("#debut", "2026-11-12");
        await page.ClickAsync("#creer-plan");
        await page.WaitForURLAsync(new Regex("/plans/[0-9a-f-]{36}$"));
        await page.ClickAsync("#facturer-seance");
    }

    [Fact]
    public async Task An_ALD_patient_is_paid_60_percent_outside_the_ALD_and_100_percent_for_care_linked_to_it()
    {
        var page = await server.LoggedInPageAsync();
        await PatientWithAnklePlanAsync(page, "Aldonce", "ald", aldPrescription: false);
        await page.FillAsync("#date", "2026-11-16");
        // The bilan due at the first session is proposed checked; left out here so the séance's shares stand alone.
        await Assertions.Expect(page.Locator("#bilan")).ToBeCheckedAsync();
        await page.UncheckAsync("#bilan");
        await page.ClickAsync("#coter");
        await Assertions.Expect(page.Locator("#quote-total")).ToHaveTextAsync("17,90\u00a0€");
        await Assertions.Expect(page.Locator("#quote-amo")).ToHaveTextAsync("10,74\u00a0€");
        await Assertions.Expect(page.Locator("#quote-patient")).ToHaveTextAsync("7,16\u00a0€");
        await Assertions.Expect(page.Locator(".seance-notice").First).ToContainTextAsync("hors ALD");
        // No internal rule id at the end of a French message.
        Assert.DoesNotMatch("[A-Z]{3,}_[A-Z_]+", await page.Locator("main").InnerTextAsync());

        await PatientWithAnklePlanAsync(page, "Aldric", "ald", aldPrescription: true);
        await page.FillAsync("#date", "2026-11-16");
        await page.UncheckAsync("#bilan");
        await page.ClickAsync("#coter");
        await Assertions.Expect(page.Locator("#quote-amo")).ToHaveTextAsync("17,90\u00a0€");
        await Assertions.Expect(page.Locator("#quote-patient")).ToHaveTextAsync("0,00\u00a0€");
    }

    [Fact]
    public async Task A_home_visit_in_the_practices_commune_bills_no_IK_and_a_session_holds_its_bilan()
    {
        var page = await server.LoggedInPageAsync();
        await PatientWithAnklePlanAsync(page, "Voisin", "standard", aldPrescription: false, "75013", "Paris");
        await page.FillAsync("#date", "2026-11-16");
        await page.FillAsync("#heure", "10:00");
        await page.SelectOptionAsync("#lieu", "domicile");
        await page.FillAsync("#distance", "8");
        // Same commune as the practice: « même agglomération » is the default, shown and changeable.
        await Assertions.Expect(page.Locator("#agglo")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#agglo-aide")).ToContainTextAsync("même commune");
        var bilan = page.Locator("#bilan");
        await Assertions.Expect(bilan).ToHaveCountAsync(1);
        await Assertions.Expect(bilan).ToBeCheckedAsync();
        await page.ClickAsync("#coter");
        var codes = page.Locator("table.quote-lines td.code");
        await Assertions.Expect(codes.First).ToHaveTextAsync("RIM 8.1");
        await Assertions.Expect(page.Locator("table.quote-lines td.code", new() { HasText = "AMK 10.7" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("table.quote-lines td.code", new() { HasText = "IFD" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("table.quote-lines td.code", new() { HasText = "IK" })).ToHaveCountAsync(0);
        var total = await page.Locator("#quote-total").InnerTextAsync();
        await page.ClickAsync("#enregistrer");
        await page.WaitForURLAsync(new Regex("/plans/[0-9a-f-]{36}#seances$"));
        var saved = page.Locator("#seances tr[data-seance='1']");
        // Saved exactly as quoted: the same total, and the bilan is no longer due.
        await Assertions.Expect(saved).ToContainTextAsync(total);
        await Assertions.Expect(saved).ToContainTextAsync("AMK 10.7");
    }
}
