namespace Cotakine.Web.Features.Patients;

/// <summary>
/// The patient a form names (<see cref="PatientSearch.ChooseAsync"/>): <see cref="Id"/> when exactly one patient is meant,
/// <see cref="Text"/> as it should be shown back in the field, and how many patients the typed words found when they
/// decided (0: none, more than 1: the kiné must pick one).
/// </summary>
internal sealed record PatientChoice(Guid? Id, string Text, int Matches);
