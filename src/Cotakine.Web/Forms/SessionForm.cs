using System.Text;
using Microsoft.AspNetCore.Http;

namespace Cotakine.Web.Forms;

/// <summary>
/// What the user typed in « Coter une séance », as typed (strings, so nothing is lost when a field is invalid). The
/// query-string names are French and short because the form is sent by GET: a quote is a computation, and the same
/// link gives the printable devis and its PDF.
/// </summary>
public sealed record SessionForm
{
    /// <summary>Date of care (<c>date</c>): <c>2026-03-12</c> or <c>12/03/2026</c>.</summary>
    public string Date { get; init; } = "";

    /// <summary>Start time (<c>heure</c>), optional.</summary>
    public string Time { get; init; } = "";

    /// <summary>Département of the place of care (<c>departement</c>).</summary>
    public string Department { get; init; } = "";

    /// <summary>Place (<c>lieu</c>): cabinet, domicile, etablissement.</summary>
    public string Place { get; init; } = "cabinet";

    /// <summary>Codes picked in the live search (<c>actes</c>, repeated).</summary>
    public IReadOnlyList<string> Acts { get; init; } = [];

    /// <summary>Codes typed without picking (<c>actes-texte</c>), separated by « + » or « ; ».</summary>
    public string ActsText { get; init; } = "";

    /// <summary>Urgency justified by the patient's state (<c>urgence</c>).</summary>
    public bool Urgent { get; init; }

    /// <summary>One-way distance in km (<c>distance</c>).</summary>
    public string Distance { get; init; } = "";

    /// <summary>Zone (<c>zone</c>): plaine, montagne, pied-ski.</summary>
    public string Zone { get; init; } = "plaine";

    /// <summary>Practice and patient in one agglomeration (<c>agglo</c>).</summary>
    public bool SameAgglomeration { get; init; }

    /// <summary>Rank of the session in its series (<c>rang</c>).</summary>
    public string SessionNumber { get; init; } = "";

    /// <summary>Sessions reimbursed over the last 12 months for the same indication (<c>seances12</c>).</summary>
    public string SessionsLast12Months { get; init; } = "";

    /// <summary>An agreed DAP covers the session (<c>dap</c>).</summary>
    public bool DapAgreed { get; init; }

    /// <summary>Coverage (<c>couverture</c>).</summary>
    public string Coverage { get; init; } = "standard";

    /// <summary>Régime (<c>regime</c>).</summary>
    public string Regime { get; init; } = "general";

    /// <summary>Whether the query carries a submitted form (it has a <c>date</c> key).</summary>
    public static bool IsSubmitted(IQueryCollection query) => query.ContainsKey("date");

    /// <summary>Reads the form from a query string; absent fields keep their defaults.</summary>
    public static SessionForm FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string S(string key, string fallback = "") => query.TryGetValue(key, out var v) ? (v.ToString() ?? fallback) : fallback;
        bool B(string key) => query.TryGetValue(key, out var v) && v.Any(x => x is "on" or "true" or "1");
        return new SessionForm
        {
            Date = S("date"),
            Time = S("heure"),
            Department = S("departement"),
            Place = S("lieu", "cabinet"),
            Acts = query.TryGetValue("actes", out var acts) ? acts.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim()).ToList() : [],
            ActsText = S("actes-texte"),
            Urgent = B("urgence"),
            Distance = S("distance"),
            Zone = S("zone", "plaine"),
            SameAgglomeration = B("agglo"),
            SessionNumber = S("rang"),
            SessionsLast12Months = S("seances12"),
            DapAgreed = B("dap"),
            Coverage = S("couverture", "standard"),
            Regime = S("regime", "general"),
        };
    }

    /// <summary>The query string that gives this form back (for the devis and PDF links).</summary>
    public string ToQueryString()
    {
        var parts = new List<KeyValuePair<string, string>>
        {
            new("date", Date), new("heure", Time), new("departement", Department), new("lieu", Place),
        };
        parts.AddRange(Acts.Select(a => new KeyValuePair<string, string>("actes", a)));
        parts.Add(new("actes-texte", ActsText));
        if (Urgent) parts.Add(new("urgence", "on"));
        parts.Add(new("distance", Distance));
        parts.Add(new("zone", Zone));
        if (SameAgglomeration) parts.Add(new("agglo", "on"));
        parts.Add(new("rang", SessionNumber));
        parts.Add(new("seances12", SessionsLast12Months));
        if (DapAgreed) parts.Add(new("dap", "on"));
        parts.Add(new("couverture", Coverage));
        parts.Add(new("regime", Regime));
        var sb = new StringBuilder();
        foreach (var (key, value) in parts)
        {
            sb.Append(sb.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return sb.ToString();
    }
}
