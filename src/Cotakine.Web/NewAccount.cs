namespace Cotakine.Web;

/// <summary>A practice and its first kiné's account, as <c>cotakine users add</c> asks for them (see <see cref="CotakineWebApp.AddAccountAsync"/>).</summary>
public sealed record NewAccount(
    string Email, string Password, string PracticeName, string Department, string Zone, string? Address,
    string LastName, string FirstName, string Rpps, string AmNumber);
