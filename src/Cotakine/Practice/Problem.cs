namespace Cotakine.Practice;

/// <summary>
/// Why the practice refuses an action, on one field: <paramref name="Field"/> is the domain's name for it (the API's
/// JSON name, camelCase: <c>amount</c>, <c>sessionIds</c>, <c>travelKm</c>), <paramref name="Message"/> the French reason
/// without the field's name. The adapters say it their way: the API as « amount : … » under the JSON name, a page
/// beside its form field with the field's French label. A problem is a result, never an exception.
/// </summary>
public sealed record Problem(string Field, string Message);
