using Cotakine.Plans;

namespace Cotakine.Persistence.Entities;

/// <summary>A treatment plan: an act of the catalog, a number of sessions, its origin and its DAP state.</summary>
public sealed class TreatmentPlanRow : IPracticeOwned, IBillingData
{
    /// <inheritdoc />
    public Guid Id { get; set; }

    /// <inheritdoc />
    public Guid PracticeId { get; set; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; set; }

    /// <summary>The kiné who bills the sessions.</summary>
    public Guid PractitionerId { get; set; }

    /// <summary>The prescription, unless direct access.</summary>
    public Guid? PrescriptionId { get; set; }

    /// <summary>Prescription, renewal or direct access.</summary>
    public PlanOrigin Origin { get; set; }

    /// <summary>The act's stable id in the catalog.</summary>
    public string ActId { get; set; } = "";

    /// <summary>Planned sessions.</summary>
    public int SessionCount { get; set; }

    /// <summary>First day of the plan.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Sessions reimbursed without DAP, when a référentiel applies.</summary>
    public int? DapThreshold { get; set; }

    /// <summary>Stored DAP status (never <see cref="DapStatus.TacitlyAgreed"/>: that is computed).</summary>
    public DapStatus DapStatus { get; set; }

    /// <summary>When the DAP was sent.</summary>
    public DateOnly? DapSentOn { get; set; }

    /// <summary>When the caisse answered.</summary>
    public DateOnly? DapAnsweredOn { get; set; }

    /// <summary>
    /// For a renewal by the kiné: the prescriber identifier written on the invoice in place of a physician's
    /// (parameter <c>renewal.prescriberId</c>, 291991123, « à vérifier »).
    /// </summary>
    public string? RenewalPrescriberId { get; set; }

    /// <summary>Clinical notes of the kiné (bilan findings, progress); never shown to a secretary.</summary>
    [ClinicalData]
    public string? ClinicalNotes { get; set; }
}
