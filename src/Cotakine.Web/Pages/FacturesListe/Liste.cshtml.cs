using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Cotakine.Web.Features.Invoices;
using Cotakine.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Pages.FacturesListe;

/// <summary>A payment form as typed.</summary>
internal sealed record PaymentForm(Guid InvoiceId, string? Payer, string? Amount, string? Date);

/// <summary>« Factures »: invoices and credit notes with their state, filters, and a payment form per unpaid invoice.</summary>
internal sealed class ListeModel(CotakineDbContext db, PracticeCalendar clock, RecordPayment recordPayment) : PageModel
{
    private InvoiceListService Service => new(db, clock);

    private PatientSearch Search => new(db);

    private bool _patientResolved;

    /// <summary>Status filter: <c>impayees</c>, <c>payees</c>, <c>avoirs</c> or all.</summary>
    [BindProperty(SupportsGet = true, Name = "statut")]
    public string? Status { get; set; }

    /// <summary>The practice's calendar (the day each invoice was issued on, locally).</summary>
    public PracticeCalendar Clock => clock;

    /// <summary>Patient filter (id): chosen among the suggestions, or from a link (patient file, next page).</summary>
    [BindProperty(SupportsGet = true, Name = "patient")]
    public string? Patient { get; set; }

    /// <summary>
    /// Patient filter as typed (name or first name). Sent by the filter form; when it still reads as the patient of
    /// <see cref="Patient"/> that one is kept, otherwise the invoices of every patient the words match are listed (so the
    /// filter works without JavaScript), and an empty field means every patient.
    /// </summary>
    [BindProperty(SupportsGet = true, Name = "nom")]
    public string? Name { get; set; }

    /// <summary>Issued from (inclusive).</summary>
    [BindProperty(SupportsGet = true, Name = "du")]
    public string? From { get; set; }

    /// <summary>Issued until (inclusive).</summary>
    [BindProperty(SupportsGet = true, Name = "au")]
    public string? To { get; set; }

    /// <summary>Page of the list, <c>?p=2</c> (1 = the 100 most recent matching documents; « page » is a route value of Razor Pages).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageNumber { get; set; }

    /// <summary>Set after a payment was recorded (the invoice number).</summary>
    [BindProperty(SupportsGet = true, Name = "paye")]
    public string? PaidNumber { get; set; }

    internal List<InvoiceListRow> Rows { get; private set; } = [];

    /// <summary>What the patient field shows: the chosen patient (« DURAND Marie ») or the words typed.</summary>
    internal string? PatientText { get; private set; }

    /// <summary>The words of a filter by name matching several patients (kept in the page links), else null.</summary>
    internal string? NameFilter { get; private set; }

    /// <summary>Says how many patients a typed name matched, when more than one.</summary>
    internal string? PatientNotice { get; private set; }

    /// <summary>How many documents match the filters (all pages).</summary>
    internal int Total { get; private set; }

    /// <summary>The page shown (1-based, after checking the query string).</summary>
    internal int CurrentPage { get; private set; } = 1;

    /// <summary>Whether more documents match beyond this page.</summary>
    internal bool HasMore => CurrentPage * InvoiceListService.PageSize < Total;

    internal Dictionary<string, string> FilterErrors { get; private set; } = [];

    internal PaymentForm? Payment { get; private set; }

    internal Dictionary<string, string> PaymentErrors { get; private set; } = [];

    /// <summary>The list, filtered.</summary>
    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>Records a payment and comes back to the same filtered list, or shows the errors with what was typed.</summary>
    public async Task<IActionResult> OnPostPaiementAsync(Guid facture, string? payeur, string? montant, string? date)
    {
        Payment = new PaymentForm(facture, payeur, montant, date);
        PaymentErrors = await PayAsync(Payment);
        if (PaymentErrors.Count == 0)
        {
            var number = await db.Invoices.Where(i => i.Id == facture).Select(i => i.Number).SingleAsync();
            return Redirect(Query(paye: number));
        }

        await LoadAsync();
        return Page();
    }

    internal string Query(string? paye = null, int? page = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("statut", Status);
        Add("patient", Patient);
        Add("nom", _patientResolved ? NameFilter : Name); // a payment's redirect comes back with the filter as it was sent
        Add("du", From);
        Add("au", To);
        Add("paye", paye);
        Add("p", page?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/factures" + (parts.Count == 0 ? "" : "?" + string.Join("&", parts));
    }

    private async Task LoadAsync()
    {
        var pageErrors = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(PageNumber))
        {
            if (int.TryParse(PageNumber.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100_000)
            {
                CurrentPage = n;
            }
            else
            {
                pageErrors["page"] = $"Page : « {PageNumber} » n'est pas un numéro de page (1, 2, 3…) ; la première page est affichée.";
            }
        }

        var patientIds = await ResolvePatientAsync(pageErrors);
        (Rows, Total, FilterErrors) = await Service.ListAsync(new InvoiceFilter(Status, Patient, From, To, patientIds), CurrentPage);
        foreach (var (field, message) in pageErrors)
        {
            FilterErrors[field] = message;
        }
    }

    /// <summary>
    /// Reads the patient filter: the id alone (a link), the id still matching the typed name, or the typed name (one
    /// patient: that one; several: all of them; none: said in the field). Returns the patients to keep when filtering by
    /// name, null when <see cref="Patient"/> (or nothing) filters.
    /// </summary>
    private async Task<IReadOnlyList<Guid>?> ResolvePatientAsync(Dictionary<string, string> errors)
    {
        _patientResolved = true;
        var chosen = Guid.TryParse(Patient, out var id)
            ? await db.Patients.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.LastName, p.FirstName }).SingleOrDefaultAsync()
            : null;
        var chosenLabel = chosen is null ? null : PatientSearch.Label(chosen.LastName, chosen.FirstName);
        // An emptied field is sent as « nom= » (bound as null): it means every patient, whatever the hidden id says.
        var typed = Name?.Trim() ?? (Request.Query.ContainsKey("nom") ? "" : null);
        if (typed is null || (chosenLabel is not null && PatientSearch.Fold(typed) == PatientSearch.Fold(chosenLabel)))
        {
            PatientText = chosenLabel;
            if (chosenLabel is null && Guid.TryParse(Patient, out _))
            {
                errors["nom"] = "Patient : ce patient n'existe pas dans ce cabinet.";
            }

            return null;
        }

        Patient = null;
        if (typed.Length == 0)
        {
            return null;
        }

        var ids = await Search.IdsAsync(typed);
        if (ids.Count == 1)
        {
            Patient = ids[0].ToString();
            PatientText = PatientSearch.Label(await db.Patients.AsNoTracking().SingleAsync(p => p.Id == ids[0]));
            return null;
        }

        PatientText = NameFilter = typed;
        if (ids.Count == 0)
        {
            errors["nom"] = $"Patient : aucun patient ne correspond à « {typed} ».";
        }
        else
        {
            PatientNotice = $"{ids.Count} patients correspondent à « {typed} » : leurs factures sont toutes affichées. Choisissez un nom dans la liste proposée pour n'en garder qu'un.";
        }

        return ids;
    }

    /// <summary>The form's fields for the payment's problems (domain field → form id, French label).</summary>
    private static readonly Dictionary<string, (string Field, string Label)> PaymentFields = new()
    {
        ["id"] = ("facture", "Facture"),
        ["payer"] = ("payeur", "Payeur"),
        ["amount"] = ("montant", "Montant"),
        ["date"] = ("date", "Date"),
    };

    /// <summary>
    /// Records a payment typed in the form through the same <see cref="RecordPayment"/> as the API; returns the errors by
    /// field (<c>payeur</c>, <c>montant</c>, <c>date</c>, <c>facture</c>), nothing saved when any.
    /// </summary>
    private async Task<Dictionary<string, string>> PayAsync(PaymentForm form)
    {
        var errors = new Dictionary<string, string>();
        Payer? payer = form.Payer switch
        {
            "amo" => Payer.Amo,
            "amc" => Payer.Amc,
            "patient" => Payer.Patient,
            _ => null,
        };
        if (payer is null)
        {
            errors["payeur"] = "Payeur : choisissez AMO, AMC ou patient.";
        }

        decimal? amount = null;
        if (string.IsNullOrWhiteSpace(form.Amount))
        {
            errors["montant"] = "Montant : champ obligatoire.";
        }
        else if (FormValues.TryEuros(form.Amount, out var a))
        {
            amount = a;
        }
        else
        {
            errors["montant"] = $"Montant : « {form.Amount} » n'est pas un montant positif en euros (ex. 12,50).";
        }

        var date = string.IsNullOrWhiteSpace(form.Date) ? null : ReadDate(form.Date, errors);
        if (errors.Count > 0)
        {
            return errors;
        }

        var outcome = await recordPayment.ExecuteAsync(new PaymentCommand(form.InvoiceId, payer, amount, date));
        var formErrors = new FormErrors();
        formErrors.AddFrom(outcome.Problems, PaymentFields);
        return formErrors.ToDictionary();
    }

    private static DateOnly? ReadDate(string text, Dictionary<string, string> errors)
    {
        if (DateText.TryParseTyped(text, out var day))
        {
            return day;
        }

        errors["date"] = $"Date : « {text} » n'est pas une date (JJ/MM/AAAA).";
        return null;
    }
}
