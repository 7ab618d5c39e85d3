using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Prescriptions;
using Cotakine.Practice.Sessions;
using Cotakine.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Pages.Patients;

/// <summary>The patient file: identity, coverage, prescriptions (with missing mentions), plans, sessions and invoices.</summary>
internal sealed class DossierModel(CotakineDbContext db, NgapCatalog catalog, PracticeCalendar clock) : PageModel
{
    public Patient Patient { get; private set; } = null!;

    public IReadOnlyList<Prescription> Prescriptions { get; private set; } = [];

    public IReadOnlyList<TreatmentPlan> Plans { get; private set; } = [];

    public IReadOnlyList<Session> Sessions { get; private set; } = [];

    public IReadOnlyList<Invoice> Invoices { get; private set; } = [];

    public DateOnly Today => clock.Today;

    /// <summary>The plan's DAP status today.</summary>
    public DapStatus DapToday(TreatmentPlan plan) => plan.DapToday(catalog, clock);

    public string ActLabel(string actId) => catalog.FindAct(actId)?.Label ?? actId;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var patient = await db.Patients.SingleOrDefaultAsync(p => p.Id == id);
        if (patient is null)
        {
            return NotFound();
        }

        Patient = patient;
        Prescriptions = await db.Prescriptions.Where(p => p.PatientId == id).OrderByDescending(p => p.Date).ToListAsync();
        Plans = await db.Plans.Where(p => p.PatientId == id).OrderByDescending(p => p.StartDate).ToListAsync();
        var planIds = Plans.Select(p => p.Id).ToList();
        Sessions = await db.Sessions.Where(s => planIds.Contains(s.PlanId)).OrderBy(s => s.Date).ThenBy(s => s.Number).ToListAsync();
        Invoices = (await db.Invoices.Where(i => i.PatientId == id).ToListAsync()).OrderBy(i => i.IssuedAt).ToList();
        return Page();
    }
}
