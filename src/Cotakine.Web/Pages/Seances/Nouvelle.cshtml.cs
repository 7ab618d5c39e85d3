using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Sessions;
using Cotakine.Quoting;
using Cotakine.Web.Features.Plans;
using Cotakine.Web.Features.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Patient = Cotakine.Practice.Patients.Patient;

namespace Cotakine.Web.Pages.Seances;

/// <summary>
/// « Coter la séance » of a plan: date, time, place (cabinet, domicile, établissement), travel (zone from the practice
/// settings, distance typed, « même agglomération » defaulted from the patient's and the practice's communes and shown to be
/// changed), urgency, the acts billed besides the plan's (the bilan when due, a second act), and a majoration left out.
/// « Coter » shows the quote — each line with its reason, every issue in French —
/// without saving; « Enregistrer » saves it through <see cref="RecordSession"/> (the API's path). A session past the
/// référentiel threshold without DAP agreement is explained and not offered for saving.
/// </summary>
internal sealed class NouvelleModel(CotakineDbContext db, NgapCatalog catalog, PriceSession priceSession, RecordSession recordSession, PracticeCalendar clock) : PageModel
{
    private static readonly Dictionary<string, (string, string)> Fields = new()
    {
        ["date"] = ("date", "Date"),
        ["place"] = ("lieu", "Lieu"),
        ["travelKm"] = ("distance", "Distance"),
        ["sameAgglomeration"] = ("agglo", "Même agglomération"),
        ["extraActs"] = ("autreacte", "Autre acte"),
    };

    public TreatmentPlan Plan { get; private set; } = null!;

    public Patient Patient { get; private set; } = null!;

    public PracticeProfile Practice { get; private set; } = null!;

    public Act Act { get; private set; } = null!;

    public int Number { get; private set; }

    public SessionCover Cover { get; private set; }

    public Quote? Quote { get; private set; }

    /// <summary>The practice's warnings beside the quote (ALD and prescription).</summary>
    public IReadOnlyList<string> Notices { get; private set; } = [];

    /// <summary>« Même agglomération » as the communes give it, or null when one is not recorded.</summary>
    public bool? AggloDefault { get; private set; }

    /// <summary>The bilan that goes with the plan's act and the session it is due at, if any.</summary>
    public (int Session, ActVersion Bilan)? NextBilan { get; private set; }

    /// <summary>The date typed, when it reads as one.</summary>
    public DateOnly? DateValue => DateText.TryParseTyped(Date, out var date) ? date : null;

    /// <summary>Whether the date typed is after today: the session is planned, invoiced from its day on.</summary>
    public bool Planned { get; private set; }

    public FormErrors Errors { get; } = new();

    [BindProperty(Name = "date")] public string? Date { get; set; }

    [BindProperty(Name = "heure")] public string? Heure { get; set; }

    [BindProperty(Name = "lieu")] public string? Lieu { get; set; } = "cabinet";

    [BindProperty(Name = "distance")] public string? Distance { get; set; }

    [BindProperty(Name = "urgence")] public bool Urgence { get; set; }

    [BindProperty(Name = "agglo")] public bool Agglo { get; set; }

    [BindProperty(Name = "bilan")] public bool Bilan { get; set; }

    [BindProperty(Name = "autreacte")] public string? AutreActe { get; set; }

    [BindProperty(Name = "sansmajoration")] public bool SansMajoration { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Date = Fr.Iso(clock.Today);
        Agglo = AggloDefault ?? false;
        Bilan = NextBilan is { } due && due.Session == Number;
        return Page();
    }

    public Task<IActionResult> OnPostCoterAsync(Guid id) => HandleAsync(id, save: false);

    public Task<IActionResult> OnPostEnregistrerAsync(Guid id) => HandleAsync(id, save: true);

    private async Task<IActionResult> HandleAsync(Guid id, bool save)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var date = FormValues.Date(Date, "date", "Date", Errors, required: true);
        var time = FormValues.Time(Heure, "heure", "Heure", Errors);
        var km = FormValues.Kilometres(Distance, "distance", "Distance", Errors);
        PlaceOfCare? place = Lieu switch
        {
            "domicile" => PlaceOfCare.Domicile, "cabinet" => PlaceOfCare.Cabinet, "etablissement" => PlaceOfCare.Etablissement, _ => null,
        };
        if (place is null)
        {
            Errors.Add("lieu", "Lieu : choisissez cabinet, domicile ou établissement.");
        }

        if (place == PlaceOfCare.Domicile && km is null && !Errors.Any)
        {
            Errors.Add("distance", "Distance : obligatoire à domicile (kilomètres aller, du cabinet au domicile du patient).");
        }

        var extra = new List<string>();
        if (Bilan && NextBilan is { } bilan)
        {
            extra.Add(bilan.Bilan.Code.ToString());
        }

        if (!string.IsNullOrWhiteSpace(AutreActe))
        {
            extra.Add(AutreActe.Trim());
        }

        if (Errors.Any)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // The distance goes as typed: at the practice the domain refuses it (never dropped in silence); the agglomeration box
        // is always on the form, so the page always says it.
        var request = new SessionRequest(date, time, place, km, Urgence, place == PlaceOfCare.Cabinet ? null : Agglo, extra, SansMajoration);
        // « Enregistrer » prices and saves in one step, as the API does; « Coter » only prices. Pricing may raise the plan's
        // DAP threshold (15/30 rule): the cover follows it.
        var draft = save ? (await recordSession.ExecuteAsync(Plan, request)).Draft : await priceSession.ExecuteAsync(Plan, request);
        Quote = draft.Quote;
        Cover = draft.Cover;
        Notices = draft.Notices;
        Planned = date > clock.Today;
        if (draft.Problems.Any(p => p.Field != "dap"))
        {
            Errors.AddFrom(draft.Problems, Fields);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (save && Cover != SessionCover.Blocked)
        {
            return Redirect($"/plans/{Plan.Id}#seances");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return false;
        }

        Plan = plan;
        Patient = await db.Patients.SingleAsync(p => p.Id == plan.PatientId);
        Practice = await db.Practices.SingleAsync(p => p.Id == plan.PracticeId);
        Act = catalog.FindAct(plan.ActId)!;
        Number = await db.Sessions.CountAsync(s => s.PlanId == id) + 1;
        Cover = plan.CoverToday(Number, catalog, clock);
        var practiceAddress = Practice.Address;
        AggloDefault = Agglomeration.SameByDefault(practiceAddress, Patient.PostalCode, Patient.Commune);
        NextBilan = BilanDue.Next(catalog, Act, clock.Today, Number);
        var prescription = plan.PrescriptionId is { } pid ? await db.Prescriptions.SingleOrDefaultAsync(p => p.Id == pid) : null;
        Notices = AldExoneration.For(Patient.Coverage, prescription).Warning is { } warning ? [warning] : [];
        return true;
    }
}
