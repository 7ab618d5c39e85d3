using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Sessions;
using LineKind = Cotakine.Quoting.LineKind;
using Cotakine.Web.Features.Invoices;
using Cotakine.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Pages.Plans;

/// <summary>
/// The plan page: act and référentiel threshold, the DAP (status, tacit agreement, the alert a few sessions before the
/// threshold, the block past it until covered, the actions sent / agreed / refused), the sessions with their cover and
/// the « Facturer » button that issues one invoice per session (<see cref="IssueInvoices"/>, the API's path).
/// </summary>
internal sealed class DetailModel(
    CotakineDbContext db, NgapCatalog catalog, RecordDap recordDap, SetClinicalNotes setNotes, IssueInvoices issueInvoices, PracticeCalendar clock) : PageModel
{
    public TreatmentPlan Plan { get; private set; } = null!;

    public Patient Patient { get; private set; } = null!;

    public Act Act { get; private set; } = null!;

    public IReadOnlyList<Session> Sessions { get; private set; } = [];

    public DapStatus Dap { get; private set; }

    public SessionCover Next { get; private set; }

    /// <summary>Whether <paramref name="session"/> may be billed today (a DAP covers only care done once it was sent).</summary>
    public SessionCover CoverOf(Session session) => Plan.CoverToday(session.Number, catalog, clock, session.Date);

    /// <summary>Whether <paramref name="session"/> is planned for a later day: it is invoiced from its day on (<see cref="InvoiceEligibility"/>).</summary>
    public bool IsPlanned(Session session) => session.Date > clock.Today;

    /// <summary>The codes a session billed (acts and bilans, as quoted and saved): the code in force on its day, not the plan's first.</summary>
    public static string CodesOf(Session session) =>
        string.Join(" + ", session.Lines.Where(l => l.Kind is LineKind.Act or LineKind.Bilan).OrderBy(l => l.Position).Select(l => l.Code));

    public FormErrors Errors { get; } = new();

    [BindProperty(Name = "dapdate")] public string? DapDate { get; set; }

    [BindProperty(Name = "tierspayant")] public bool TiersPayant { get; set; }

    public string Today => Fr.Iso(clock.Today);

    /// <summary>The act's code as it stands at the plan's start, or today when the act had no version then.</summary>
    /// <summary>
    /// The plan's act codes over its life, each with the day it starts or ends when it changes (« RIC 7.48 jusqu'au
    /// 31/12/2025, puis RIC 8.08 »): a plan spanning a revaluation bills each session with the code in force on its day.
    /// </summary>
    public string ActCode
    {
        get
        {
            var last = Sessions.Count > 0 ? Sessions.Max(s => s.Date) : Plan.StartDate;
            var until = last > clock.Today ? last : clock.Today;
            var span = new Validity(Plan.StartDate, until);
            var versions = Act.Versions.Where(v => v.Validity.Overlaps(span)).ToList();
            if (versions.Count == 0)
            {
                return (Act.On(clock.Today) ?? Act.Versions.Last()).Code.ToString();
            }

            return string.Join(", puis ", versions.Select((v, i) =>
                i < versions.Count - 1 && v.Validity.To is { } to ? $"{v.Code} jusqu'au {Fr.Date(to)}" : v.Code.ToString()));
        }
    }

    /// <summary>Whether the signed-in user may read and write the plan's clinical notes (kinés only).</summary>
    public bool MayReadNotes => SetClinicalNotes.MayRead(User);

    [BindProperty(Name = "notes")] public string? Notes { get; set; }

    public bool NotesSaved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? notes)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        NotesSaved = notes == "enregistrees";
        return Page();
    }

    public async Task<IActionResult> OnPostDapAsync(Guid id, string? statut)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var date = FormValues.Date(DapDate, "dapdate", "Date", Errors);
        DapStatus? status = statut switch { "envoyee" => DapStatus.Sent, "accordee" => DapStatus.Agreed, "refusee" => DapStatus.Refused, _ => null };
        if (!Errors.Any)
        {
            var errors = await recordDap.ExecuteAsync(Plan, new DapRequest(status, date));
            Errors.AddFrom(errors, new Dictionary<string, (string, string)> { ["status"] = ("dapdate", "DAP") });
            if (!Errors.Any)
            {
                return Redirect($"/plans/{id}#dap");
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostNotesAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!MayReadNotes)
        {
            return Forbid();
        }

        var (_, errors) = await setNotes.ExecuteAsync(Plan, Notes, User);
        Errors.AddFrom(errors, new Dictionary<string, (string, string)> { ["notes"] = ("notes", "Notes cliniques") });
        if (!Errors.Any)
        {
            return Redirect($"/plans/{id}?notes=enregistrees#notes");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostFacturerAsync(Guid id, Guid seance)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var (issued, errors) = await issueInvoices.ExecuteAsync(new IssueRequest([seance], false, TiersPayant, null));
        Errors.AddFrom(errors, new Dictionary<string, (string, string)> { ["sessionIds"] = ("seance", "Facturation"), ["amc"] = ("seance", "Part complémentaire") });
        if (issued.Count == 1)
        {
            return Redirect($"/factures/{issued[0].Id}");
        }

        // A second click (or a request that lost the race) is told which invoice already bills the session, with its link.
        await LoadAsync(id);
        Response.StatusCode = Errors.Status;
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
        Notes ??= MayReadNotes ? plan.ClinicalNotes : null;
        Patient = await db.Patients.SingleAsync(p => p.Id == plan.PatientId);
        Act = catalog.FindAct(plan.ActId)!;
        Sessions = await db.Sessions.Include(s => s.Issues).Include(s => s.Lines).Where(s => s.PlanId == id).OrderBy(s => s.Number).ToListAsync();
        Dap = plan.DapToday(catalog, clock);
        Next = plan.CoverToday(Sessions.Count + 1, catalog, clock);
        return true;
    }
}
