using Cotakine.Catalog;
using Cotakine.Invoicing;
using Cotakine.Persistence;
using Cotakine.Persistence.Entities;
using Cotakine.Plans;
using Cotakine.Quoting;
using Microsoft.AspNetCore.Http.HttpResults;
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
        group.MapGet("/", async (CotakineDbContext db) =>
        {
            var invoices = await db.Invoices.OrderBy(i => i.Year).ThenBy(i => i.PractitionerId).ThenBy(i => i.Sequence).ToListAsync();
            var payments = await db.Payments.ToListAsync();
            return TypedResults.Ok(invoices.Select(i => Describe(i, payments.Where(p => p.InvoiceId == i.Id))).ToList());
        });
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

    internal static InvoiceResponse Describe(InvoiceRow i, IEnumerable<PaymentRow> payments)
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

    private static async Task<Results<Created<List<InvoiceResponse>>, ValidationProblem>> Issue(
        IssueRequest request, CotakineDbContext db, InvoiceIssuer issuer, NgapCatalog catalog, TimeProvider clock)
    {
        var errors = new Errors();
        var ids = request.SessionIds?.Distinct().ToList() ?? [];
        if (ids.Count == 0)
        {
            errors.Add("sessionIds", "sessionIds : au moins une séance à facturer");
        }

        if (request.Amc is < 0)
        {
            errors.Add("amc", "amc : la part complémentaire ne peut être négative");
        }

        var sessions = await db.Sessions.Include(s => s.Issues).Where(s => ids.Contains(s.Id)).ToListAsync();
        var plans = await db.Plans.Where(p => sessions.Select(s => s.PlanId).Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        if (ids.Count > 0 && sessions.Count != ids.Count)
        {
            errors.Add("sessionIds", "sessionIds : séance inconnue dans ce cabinet");
        }

        foreach (var session in sessions.OrderBy(s => s.Number))
        {
            if (session.InvoiceId is not null)
            {
                errors.Add("sessionIds", $"sessionIds : la séance {session.Number} du {session.Date:dd/MM/yyyy} est déjà facturée");
            }
            else if (PlansApi.CoverOf(session.Number, plans[session.PlanId], catalog, clock) == SessionCover.Blocked)
            {
                errors.Add("sessionIds", $"sessionIds : la séance {session.Number} dépasse le seuil du référentiel sans accord de la caisse (DAP)");
            }
            else if (session.Issues.OrderBy(i => i.Position).FirstOrDefault(i => i.Severity == Severity.Error && i.Rule != RuleId.DapRequired) is { } blocking)
            {
                // The quote the engine rejected is never invoiced; DAP_REQUIRED alone is re-checked above from the plan's DAP status.
                errors.Add("sessionIds", $"sessionIds : la séance {session.Number} du {session.Date:dd/MM/yyyy} ne peut être facturée : {blocking.Message}");
            }
        }

        var groups = sessions.GroupBy(s => (plans[s.PlanId].PractitionerId, plans[s.PlanId].PatientId)).ToList();
        if (request.Grouped && groups.Count > 1)
        {
            errors.Add("sessionIds", "sessionIds : une facture groupée porte sur un seul patient et un seul kinésithérapeute");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        var amc = Cents.From(request.Amc ?? 0m);
        var issued = new List<InvoiceResponse>();
        if (request.Grouped)
        {
            var (practitionerId, patientId) = groups[0].Key;
            issued.Add(Describe(await issuer.IssueAsync(practitionerId, patientId, sessions.OrderBy(s => s.Date).ThenBy(s => s.Number).ToList(), request.TiersPayant, amc), []));
        }
        else
        {
            // One invoice per session, each in its own transaction: an interruption keeps those already issued.
            foreach (var session in sessions.OrderBy(s => s.Date).ThenBy(s => s.Number))
            {
                var plan = plans[session.PlanId];
                issued.Add(Describe(await issuer.IssueAsync(plan.PractitionerId, plan.PatientId, [session], request.TiersPayant, amc), []));
            }
        }

        return TypedResults.Created("/api/invoices", issued);
    }

    private static async Task<Results<Created<InvoiceResponse>, NotFound, ValidationProblem>> Credit(Guid id, CotakineDbContext db, InvoiceIssuer issuer)
    {
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == id);
        if (invoice is null)
        {
            return TypedResults.NotFound();
        }

        if (invoice.Kind == InvoiceKind.CreditNote)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["id : un avoir ne s'annule pas par un avoir"] }, title: "Requête invalide");
        }

        if (await db.Invoices.AnyAsync(i => i.CreditedInvoiceId == id))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["id : cette facture est déjà annulée par un avoir"] }, title: "Requête invalide");
        }

        var credit = await issuer.CreditAsync(invoice);
        return TypedResults.Created($"/api/invoices/{credit.Id}", Describe(credit, []));
    }

    private static async Task<Results<Created<InvoiceResponse>, NotFound, ValidationProblem>> Pay(Guid id, PaymentRequest request, CotakineDbContext db, TimeProvider clock)
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

        var payments = await db.Payments.Where(p => p.InvoiceId == id).ToListAsync();
        if (!errors.Any)
        {
            var due = new Shares(invoice.TotalCents, invoice.AmoCents, invoice.AmcCents, invoice.PatientCents).Of(request.Payer!.Value)
                - payments.Where(p => p.Payer == request.Payer).Sum(p => p.AmountCents);
            if (Cents.From(request.Amount!.Value) > due)
            {
                errors.Add("amount", $"amount : dépasse ce que doit ce payeur ({Cents.ToEuros(due):0.00} €)");
            }
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Requête invalide");
        }

        var payment = new PaymentRow
        {
            Id = Guid.NewGuid(), PracticeId = invoice.PracticeId, InvoiceId = id, Payer = request.Payer!.Value,
            AmountCents = Cents.From(request.Amount!.Value), Date = request.Date ?? Clock.Today(clock),
        };
        db.Payments.Add(payment);
        await db.SaveChangesAsync();
        payments.Add(payment);
        return TypedResults.Created($"/api/invoices/{id}", Describe(invoice, payments));
    }
}
