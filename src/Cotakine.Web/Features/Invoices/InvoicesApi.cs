using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Plans;
using Cotakine.Quoting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Invoices;

internal sealed record PaymentRequest(Payer? Payer, decimal? Amount, DateOnly? Date);

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
                ? TypedResults.Ok(await InvoiceView.DescribeAsync(db, invoice))
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
        string? from, string? to, string? patientId, string? limit, string? offset, CotakineDbContext db, PracticeCalendar clock, HttpResponse response)
    {
        var errors = new Errors();
        var fromDay = errors.IsoDate("from", from);
        var toDay = errors.IsoDate("to", to);
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

        // The days are the practice's: the same range of issue instants as the « Factures » list, in the database.
        var query = db.Invoices.AsNoTracking().IssuedBetween(fromDay, toDay, clock);
        if (patient is { } pid)
        {
            query = query.Where(i => i.PatientId == pid);
        }

        query = query.OrderBy(i => i.Year).ThenBy(i => i.PractitionerId).ThenBy(i => i.Sequence);
        var total = await query.CountAsync();
        var page = await query.Skip(skip).Take(take).ToListAsync();
        var pageIds = page.Select(i => i.Id).ToList();
        var payments = await InvoiceQueries.PaymentsOfAsync(db, page.Select(i => i.Id).ToList());
        Paging.WriteTotal(response, total);
        var cancelledIds = (await db.InvoiceBalances.AsNoTracking().Where(b => pageIds.Contains(b.InvoiceId) && b.State == InvoiceSettlement.Cancelled)
            .Select(b => b.InvoiceId).ToListAsync()).ToHashSet();
        return TypedResults.Ok(page.Select(i => InvoiceView.Describe(i, payments[i.Id], cancelledIds.Contains(i.Id))).ToList());
    }

    private static async Task<Results<Created<List<InvoiceResponse>>, ValidationProblem, ProblemHttpResult>> Issue(IssueRequest request, IssueInvoices issueInvoices)
    {
        var (issued, problems) = await issueInvoices.ExecuteAsync(request);
        if (Errors.IsConflict(problems))
        {
            return Errors.Conflict(problems);
        }

        return problems.Any
            ? Errors.Invalid(problems)
            : TypedResults.Created("/api/invoices", issued.Select(i => InvoiceView.Describe(i, [], cancelled: false)).ToList());
    }

    private static async Task<Results<Created<InvoiceResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Credit(Guid id, CotakineDbContext db, CreditInvoice creditInvoice)
    {
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == id);
        if (invoice is null)
        {
            return TypedResults.NotFound();
        }

        var (credit, problems) = await creditInvoice.ExecuteAsync(invoice);
        if (Errors.IsConflict(problems))
        {
            return Errors.Conflict(problems);
        }

        return credit is null
            ? Errors.Invalid(problems)
            : TypedResults.Created($"/api/invoices/{credit.Id}", InvoiceView.Describe(credit, [], cancelled: false));
    }

    private static async Task<Results<Created<InvoiceResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Pay(
        Guid id, PaymentRequest request, RecordPayment recordPayment, CotakineDbContext db)
    {
        var outcome = await recordPayment.ExecuteAsync(new PaymentCommand(id, request.Payer, request.Amount, request.Date));
        if (outcome.Invoice is not { } invoice)
        {
            return TypedResults.NotFound();
        }

        if (Errors.IsConflict(outcome.Problems))
        {
            return Errors.Conflict(outcome.Problems);
        }

        if (outcome.Problems.Any)
        {
            return Errors.Invalid(outcome.Problems);
        }

        return TypedResults.Created($"/api/invoices/{id}", await InvoiceView.DescribeAsync(db, invoice));
    }
}
