using Cotakine.Persistence;
using Cotakine.Practice.Prescriptions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Prescriptions;

internal sealed record PrescriptionRequest(
    Guid? PatientId, DateOnly? Date, string? PrescriberName, string? PrescriberRpps, string? PrescriberAmNumber, string? Indication,
    string? Segment, Laterality? Laterality, int? SessionCount, bool Urgent, bool IncludingSundaysAndHolidays, bool AtMp, DateOnly? AtMpDate, bool Ald);

internal sealed record PrescriptionResponse(
    Guid Id, Guid PatientId, DateOnly? Date, string? PrescriberName, string? PrescriberRpps, string? PrescriberAmNumber, string? Indication,
    string? Segment, Laterality Laterality, int? SessionCount, bool Urgent, bool IncludingSundaysAndHolidays, bool AtMp, DateOnly? AtMpDate, bool Ald,
    IReadOnlyList<string> MissingMentions)
{
    public static PrescriptionResponse From(Prescription p) => new(
        p.Id, p.PatientId, p.Date, p.PrescriberName, p.PrescriberRpps, p.PrescriberAmNumber, p.Indication, p.Segment, p.Laterality,
        p.SessionCount, p.Urgent, p.IncludingSundaysAndHolidays, p.AtMp, p.AtMpDate, p.Ald, PrescriptionCheck.MissingMentions(p));
}

/// <summary>
/// Prescriptions as read from the paper. A prescription with missing mentions is stored (the kiné may have to ask the
/// prescriber) and each answer lists the missing mentions of the CPAM memo in French. Recorded by the same use case as the page.
/// </summary>
internal static class PrescriptionsApi
{
    public static void MapPrescriptionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/prescriptions").WithTags("Prescriptions");
        group.MapGet("/", async (Guid? patientId, CotakineDbContext db) =>
            TypedResults.Ok((await db.Prescriptions.Where(p => patientId == null || p.PatientId == patientId).ToListAsync())
                .Select(PrescriptionResponse.From).ToList()));
        group.MapGet("/{id:guid}", async Task<Results<Ok<PrescriptionResponse>, NotFound>> (Guid id, CotakineDbContext db) =>
            await db.Prescriptions.SingleOrDefaultAsync(p => p.Id == id) is { } p ? TypedResults.Ok(PrescriptionResponse.From(p)) : TypedResults.NotFound());
        group.MapPost("/", Create);
    }

    private static async Task<Results<Created<PrescriptionResponse>, ValidationProblem>> Create(PrescriptionRequest request, RecordPrescription recordPrescription)
    {
        var (prescription, problems) = await recordPrescription.ExecuteAsync(request);
        return prescription is null
            ? Errors.Invalid(problems)
            : TypedResults.Created($"/api/prescriptions/{prescription.Id}", PrescriptionResponse.From(prescription));
    }
}
