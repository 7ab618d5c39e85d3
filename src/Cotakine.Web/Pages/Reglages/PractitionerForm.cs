using Cotakine.Practice;

namespace Cotakine.Web.Pages.Reglages;

/// <summary>A practitioner form as typed; <see cref="Id"/> is null for a new practitioner.</summary>
internal sealed record PractitionerForm(Guid? Id, string? LastName, string? FirstName, string? Rpps, string? AmNumber)
{
    public static PractitionerForm Of(Practitioner row) => new(row.Id, row.LastName, row.FirstName, row.Rpps, row.AmNumber);

    public static PractitionerForm Empty { get; } = new(null, "", "", "", "");
}
