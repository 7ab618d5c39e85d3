using Cotakine.Persistence;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Prescriptions;
using Cotakine.Web.Features.Prescriptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Pages.Prescriptions;

/// <summary>
/// « Nouvelle prescription »: the paper copied field by field, recorded by <see cref="RecordPrescription"/> like the API; the patient
/// file then lists the mentions the CPAM memo expects and the paper lacks.
/// </summary>
internal sealed class NouvelleModel(CotakineDbContext db, RecordPrescription recordPrescription) : PageModel
{
    private static readonly Dictionary<string, (string, string)> Fields = new()
    {
        ["sessionCount"] = ("seances", "Nombre de séances"),
        ["patientId"] = ("date", "Patient"),
    };

    public Patient Patient { get; private set; } = null!;

    [BindProperty(Name = "date")] public string? Date { get; set; }

    [BindProperty(Name = "prescripteur")] public string? Prescripteur { get; set; }

    [BindProperty(Name = "rpps")] public string? Rpps { get; set; }

    [BindProperty(Name = "am")] public string? Am { get; set; }

    [BindProperty(Name = "indication")] public string? Indication { get; set; }

    [BindProperty(Name = "segment")] public string? Segment { get; set; }

    [BindProperty(Name = "lateralite")] public string? Lateralite { get; set; } = "";

    [BindProperty(Name = "seances")] public string? Seances { get; set; }

    [BindProperty(Name = "urgence")] public bool Urgence { get; set; }

    [BindProperty(Name = "dimanche")] public bool Dimanche { get; set; }

    [BindProperty(Name = "ald")] public bool Ald { get; set; }

    [BindProperty(Name = "atmp")] public bool AtMp { get; set; }

    [BindProperty(Name = "atmpdate")] public string? AtMpDate { get; set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var date = FormValues.Date(Date, "date", "Date de la prescription", Errors);
        var atMpDate = FormValues.Date(AtMpDate, "atmpdate", "Date de l'accident du travail", Errors);
        var count = FormValues.Whole(Seances, "seances", "Nombre de séances", Errors);
        if (!Errors.Any)
        {
            var laterality = Lateralite switch
            {
                "gauche" => Laterality.Left,
                "droit" => Laterality.Right,
                "bilateral" => Laterality.Bilateral,
                "sans-objet" => Laterality.NotApplicable,
                _ => Laterality.Unspecified,
            };
            var (prescription, problems) = await recordPrescription.ExecuteAsync(new PrescriptionRequest(
                id, date, Prescripteur, Rpps, Am, Indication, Segment, laterality, count, Urgence, Dimanche, AtMp, atMpDate, Ald));
            Errors.AddFrom(problems, Fields);
            if (prescription is not null)
            {
                return Redirect($"/patients/{id}#prescriptions");
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var patient = await db.Patients.SingleOrDefaultAsync(p => p.Id == id);
        Patient = patient!;
        return patient is not null;
    }
}
