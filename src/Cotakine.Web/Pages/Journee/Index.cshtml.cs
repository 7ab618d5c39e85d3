using System.Globalization;
using Cotakine.Catalog;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Web.Features.Journee;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cotakine.Web.Pages.Journee;

/// <summary>« Journée »: the sessions of a day (today unless <c>?date=</c>) and the alerts as they stand today.</summary>
public sealed class IndexModel(CotakineDbContext db, NgapCatalog catalog, PracticeCalendar clock) : PageModel
{
    internal DayView View { get; private set; } = null!;

    /// <summary>Why the date asked was not used, in French.</summary>
    public string? DateError { get; private set; }

    /// <summary>The date typed, kept as typed when invalid.</summary>
    public string? DateInput { get; private set; }

    /// <summary>Builds the day view for <paramref name="date"/> (yyyy-MM-dd) or today.</summary>
    public async Task OnGetAsync(string? date)
    {
        DateInput = date;
        var today = clock.Today;
        var day = today;
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (DateText.TryParseTyped(date, out var parsed))
            {
                day = parsed;
            }
            else
            {
                DateError = $"date : « {date} » n'est pas une date (attendu JJ/MM/AAAA) ; la journée d'aujourd'hui est affichée.";
            }
        }

        View = await new DayViewService(db, catalog, clock).BuildAsync(day, HttpContext.RequestAborted);
    }
}
