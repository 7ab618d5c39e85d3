using Cotakine.Catalog;
using Cotakine.Practice.Invoicing;
using Cotakine.Persistence;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Plans;
using Cotakine.Quoting;
using Microsoft.AspNetCore.Http.HttpResults;
using Cotakine.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Api;

internal sealed record IssueRequest(IReadOnlyList<Guid>? SessionIds, bool Grouped, bool TiersPayant, decimal? Amc);

internal sealed record PaymentRequest(Payer? Payer, decimal? Amount, DateOnly? Date);

internal sealed record PaymentResponse(Guid Id, Payer Payer, decimal Amount, DateOnly Date);

internal sealed record Balance(decimal Amo, decimal Amc, decimal Patient);

internal sealed record InvoiceResponse(
    Guid Id, string Number, InvoiceKind Kind, Guid PractitionerId, Guid PatientId, DateTimeOffset IssuedAt, Guid? CreditedInvoiceId,
    bool TiersPayant, decimal Total, decimal Amo, decimal Amc, decimal Patient, IReadOnlyList<Guid> SessionIds,
    IReadOnlyList<PaymentResponse> Payments, Balance Due, bool Paid);

/// <summary>
/// NGAP invoices: issued one per session or one per batch (grouped), numbered without gaps per practitioner and year,
/// immutable (a correction is a credit note), with payments recorded per payer (AMO, AMC, patient).
/// </summary>
internal static class InvoicesApi
{
    public static void MapInvoicesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/invoices").WithTags("Factures");
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", async Task<Results<Ok<InvoiceResponse>, NotFound>> (Guid id, CotakineDbContext db) =>
            await db.Invoices.SingleOrDefaultAsync(i => i.Id == id) is { } invoice
                ? TypedResults.Ok(Describe(invoice, await db.Payments.Where(p => p.InvoiceId == id).ToListAsync()))
                : TypedResults.NotFound());
        group.MapPost("/", Issue);
        group.MapPost("/{id:guid}/credit-note", Credit);
        group.MapPost("/{id:guid}/payments", Pay);
        app.MapGet("/api/audit", async (string? entity, Guid? entityId, CotakineDbContext db) =>
                TypedResults.Ok(await db.AuditLog.Where(a => (entity == null || a.Entity == entity) && (entityId == null || a.EntityId == entityId))
                    .ToListAsync()))
            .WithTags("Journal");
    }

    /// <summary>
    /// <c>GET /api/invoices?from=&amp;to=&amp;patientId=&amp;limit=&amp;offset=</c>: one page in numbering order (year,
    /// practitioner, sequence), filtered in the database; the number of matching invoices in <c>X-Total-Count</c> (see <see cref="Paging"/>).
    /// </summary>
    private static async Task<Results<Ok<List<InvoiceResponse>>, ValidationProblem>> List(
        string? from, string? to, string? patientId, string? limit, string? offset, CotakineDbContext db, PracticeClock clock, HttpResponse response)
    {
        var errors = new Errors();
        DateOnly? Day(string name, string? text)
        {
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d))
            {
                return d;
            }

            errors.Add(name, $"{name} : « {text} » n'est pas une date AAAA-MM-JJ");
            return null;
        }

        var fromDay = Day("from", from);
        var toDay = Day("to", to);
        Guid? patient = null;
        if (patientId is not null)
        {
            if (Guid.TryParse(patientId, out var p))
            {
                patient = p;
            }
            else
            {
                errors.Add("patientId", $"patientId : « {patientId} » n'est pas un identifiant de patient");
            }
        }

        var (take, skip) = Paging.Read(limit, offset, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        var query = db.Invoices.AsNoTracking().InYears(fromDay, toDay);
        if (patient is { } pid)
        {
            query = query.Where(i => i.PatientId == pid);
        }

        query = query.OrderBy(i => i.Year).ThenBy(i => i.PractitionerId).ThenBy(i => i.Sequence);
        List<Invoice> page;
        int total;
        if (fromDay is null && toDay is null)
        {
            total = await query.CountAsync();
            page = await query.Skip(skip).Take(take).ToListAsync();
        }
        else
        {
            // The day of issue is local to the practice: the database narrows on the years, the days are checked here on the ids and instants only.
            var ids = (await query.Select(i => new { i.Id, i.IssuedAt }).ToListAsync())
                .Where(i => (fromDay is null || clock.DayOf(i.IssuedAt) >= fromDay) && (toDay is null || clock.DayOf(i.IssuedAt) <= toDay))
                .Select(i => i.Id).ToList();
            total = ids.Count;
            var pageIds = ids.Skip(skip).Take(take).ToList();
            var rows = await db.Invoices.AsNoTracking().Where(i => pageIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id);
            page = pageIds.Select(id => rows[id]).ToList();
        }

        var payments = await InvoiceQueries.PaymentsOfAsync(db, page.Select(i => i.Id).ToList());
        Paging.WriteTotal(response, total);
        return TypedResults.Ok(page.Select(i => Describe(i, payments[i.Id])).ToList());
    }

    internal static InvoiceResponse Describe(Invoice i, IEnumerable<Payment> payments)
    {
        var list = payments.OrderBy(p => p.Date).ToList();
        long Paid(Payer payer) => list.Where(p => p.Payer == payer).Sum(p => p.AmountCents);
        var due = new Balance(Cents.ToEuros(i.AmoCents - Paid(Payer.Amo)), Cents.ToEuros(i.AmcCents - Paid(Payer.Amc)), Cents.ToEuros(i.PatientCents - Paid(Payer.Patient)));
        return new InvoiceResponse(
            i.Id, i.Number, i.Kind, i.PractitionerId, i.PatientId, i.IssuedAt, i.CreditedInvoiceId, i.TiersPayant,
            Cents.ToEuros(i.TotalCents), Cents.ToEuros(i.AmoCents), Cents.ToEuros(i.AmcCents), Cents.ToEuros(i.PatientCents),
            i.SessionIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList(),
            list.Select(p => new PaymentResponse(p.Id, p.Payer, Cents.ToEuros(p.AmountCents), p.Date)).ToList(),
            due, i.Kind == InvoiceKind.Invoice && due is { Amo: 0, Amc: 0, Patient: 0 });
    }

    private static async Task<Results<Created<List<InvoiceResponse>>, ValidationProblem>> Issue(IssueRequest request, InvoiceWorkflow workflow)
    {
        var (issued, errors) = await workflow.IssueAsync(request);
        return errors.Any
            ? TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide")
            : TypedResults.Created("/api/invoices", issued.Select(i => Describe(i, [])).ToList());
    }

    private static async Task<Results<Created<InvoiceResponse>, NotFound, ValidationProblem>> Credit(Guid id, CotakineDbContext db, InvoiceWorkflow workflow)
    {
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == id);
        if (invoice is null)
        {
            return TypedResults.NotFound();
        }

        var (credit, errors) = await workflow.CreditAsync(invoice);
        return credit is null
            ? TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide")
            : TypedResults.Created($"/api/invoices/{credit.Id}", Describe(credit, []));
    }

    private static async Task<Results<Created<InvoiceResponse>, NotFound, ValidationProblem>> Pay(Guid id, PaymentRequest request, CotakineDbContext db, PracticeClock clock)
    {
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == id);
        if (invoice is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new Errors();
        errors.Required("payer", request.Payer);
        if (request.Amount is not > 0)
        {
            errors.Add("amount", "amount : montant positif obligatoire");
        }

        if (invoice.Kind == InvoiceKind.CreditNote)
        {
            errors.Add("id", "id : un avoir ne reçoit pas de paiement");
        }
        else if (await db.Invoices.AnyAsync(i => i.CreditedInvoiceId == id))
        {
            // The same rule as the invoices page: an invoice cancelled by a credit note is no longer owed.
            errors.Add("id", "id : cette facture est annulée par un avoir, elle ne reçoit plus de paiement");
        }

        var payments = await db.Payments.Where(p => p.InvoiceId == id).ToListAsync();
        if (!errors.Any)
        {
            var due = await InvoiceQueries.DueCentsAsync(db, invoice, request.Payer!.Value);
            if (Cents.From(request.Amount!.Value) > due)
            {
                errors.Add("amount", $"amount : dépasse ce que doit ce payeur ({Cents.ToEuros(due):0.00} €)");
            }
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        var payment = new Payment
        {
            Id = Guid.NewGuid(), PracticeId = invoice.PracticeId, InvoiceId = id, Payer = request.Payer!.Value,
            AmountCents = Cents.From(request.Amount!.Value), Date = request.Date ?? clock.Today,
        };
        db.Payments.Add(payment);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (PaymentBeyondShareException)
        {
            // The same payment sent twice at once (a double click, a retry): the first one was recorded, this one is not.
            db.Entry(payment).State = EntityState.Detached;
            var due = await InvoiceQueries.DueCentsAsync(db, invoice, payment.Payer);
            errors.Add("amount", $"amount : dépasse ce que doit ce payeur ({Cents.ToEuros(due):0.00} €) : un autre paiement vient d'être enregistré, rien n'a été ajouté");
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        payments.Add(payment);
        return TypedResults.Created($"/api/invoices/{id}", Describe(invoice, payments));
    }
}
