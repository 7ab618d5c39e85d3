using Cotakine.Web.Features.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages.Reglages;

/// <summary>
/// « Réglages »: the practice (name, département, zone, address) and its practitioners (name, RPPS, n° AM), saved by
/// <see cref="SavePractice"/> and <see cref="SavePractitioner"/> (the latter also behind <c>/api/practice/practitioners</c>).
/// </summary>
internal sealed class IndexModel(SettingsQueries settings, SavePractice savePractice, SavePractitioner savePractitioner) : PageModel
{
    private static readonly Dictionary<string, (string, string)> PracticeFields = new()
    {
        ["name"] = ("nom", "Nom du cabinet"),
        ["department"] = ("departement", "Département"),
        ["zone"] = ("zone", "Zone"),
        ["address"] = ("adresse", "Adresse"),
    };

    private static readonly Dictionary<string, (string, string)> PractitionerFields = new()
    {
        ["lastName"] = ("nom", "Nom"),
        ["firstName"] = ("prenom", "Prénom"),
        ["rpps"] = ("rpps", "RPPS"),
        ["amNumber"] = ("am", "N° Assurance Maladie"),
    };

    internal PracticeSettings Current { get; private set; } = null!;

    internal PracticeForm Practice { get; private set; } = null!;

    internal PractitionerForm NewPractitioner { get; private set; } = PractitionerForm.Empty;

    /// <summary>The practitioner form sent with errors (edit), shown with what was typed.</summary>
    internal PractitionerForm? Edited { get; private set; }

    /// <summary>Errors of the form just sent, keyed by field.</summary>
    internal Dictionary<string, string> Errors { get; private set; } = [];

    /// <summary>Which form the errors belong to: <c>cabinet</c>, <c>nouveau</c> or a practitioner id.</summary>
    public string? ErrorForm { get; private set; }

    /// <summary>What was just saved (<c>cabinet</c>, <c>praticien</c>), for the confirmation line.</summary>
    [BindProperty(SupportsGet = true, Name = "enregistre")]
    public string? Saved { get; set; }

    /// <summary>Shows the settings.</summary>
    public async Task<IActionResult> OnGetAsync() => await ShowAsync(null) ? Page() : NotFound();

    /// <summary>Saves the practice.</summary>
    public async Task<IActionResult> OnPostCabinetAsync(string? nom, string? departement, string? zone, string? adresse)
    {
        var form = new PracticeForm(nom, departement, zone, adresse);
        var problems = await savePractice.ExecuteAsync(new PracticeCommand(form.Name, form.Department, form.ZoneChosen, form.Address), User, HttpContext.RequestAborted);
        if (problems.On("role"))
        {
            return Forbid();
        }

        var errors = new FormErrors();
        errors.AddFrom(problems, PracticeFields);
        Errors = errors.ToDictionary();
        if (Errors.Count == 0)
        {
            return Redirect("/reglages?enregistre=cabinet");
        }

        ErrorForm = "cabinet";
        Saved = null;
        await ShowAsync(form);
        return Page();
    }

    /// <summary>Adds (no id) or updates a practitioner.</summary>
    public async Task<IActionResult> OnPostPraticienAsync(Guid? id, string? nom, string? prenom, string? rpps, string? am)
    {
        var form = new PractitionerForm(id, nom, prenom, rpps, am);
        var (_, problems) = await savePractitioner.ExecuteAsync(id, new PractitionerRequest(rpps, am, nom, prenom), User);
        if (problems.On("role"))
        {
            return Forbid();
        }

        var errors = new FormErrors();
        if (problems.On("id"))
        {
            errors.Add("id", "Praticien inconnu dans ce cabinet.");
        }
        else
        {
            errors.AddFrom(problems, PractitionerFields);
        }

        Errors = errors.ToDictionary();
        if (Errors.Count == 0)
        {
            return Redirect("/reglages?enregistre=praticien");
        }

        ErrorForm = id?.ToString() ?? "nouveau";
        Saved = null;
        if (id is null)
        {
            NewPractitioner = form;
        }
        else
        {
            Edited = form;
        }

        await ShowAsync(null);
        return Page();
    }

    internal string? Error(string form, string field) => ErrorForm == form ? Errors.GetValueOrDefault(field) : null;

    private async Task<bool> ShowAsync(PracticeForm? typed)
    {
        var current = await settings.LoadAsync(HttpContext.RequestAborted);
        if (current is null)
        {
            return false;
        }

        Current = current;
        Practice = typed ?? PracticeForm.Of(current.Practice);
        return true;
    }
}
