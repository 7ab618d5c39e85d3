using Cotakine.Catalog;

namespace Cotakine.Quoting.Rules;

/// <summary>
/// « Indemnité forfaitaire de déplacement » (NGAP dispositions générales art. 13; ameli « Prise en charge à domicile »):
/// away from the practice, one flat indemnity per session — the specific one the acts open on the date
/// (<see cref="Act.TravelGroup"/> → <see cref="NgapCatalog.SpecificIndemnities"/>: IFO/IFR/IFN/IFP until 31/12/2025, IFS
/// from 01/01/2026), else IFD. Specific indemnities are not cumulated with each other nor with the IFD (ngap-facts §H.2).
/// </summary>
/// <remarks>
/// Contract rule <c>TRAVEL_NOT_ALLOWED</c> (error, no travel line) when the session is at the practice and a trajet is
/// given. Decision: a flat indemnity needs the trajet — at home or in an establishment without
/// <see cref="QuoteRequest.Travel"/>, no travel line is added and an info (<c>IK_NOT_DUE</c>, the contract's travel
/// information id) asks for it. A row whose confidence is unsure adds an <c>IK_NOT_DUE</c> info too.
/// </remarks>
internal static class TravelIndemnity
{
    /// <summary>The feuille de soins code of the general flat indemnity.</summary>
    public const string GeneralCode = "IFD";

    public static void Apply(QuoteContext context)
    {
        var request = context.Request;
        if (request.Place == PlaceOfCare.Cabinet)
        {
            if (request.Travel is not null)
            {
                context.Error(RuleId.TravelNotAllowed, "Séance au cabinet : ni indemnité de déplacement (IFD, IFS) ni IK. Retirez « travel », ou indiquez le lieu des soins (domicile, établissement).");
            }

            return;
        }

        if (!context.Billable.Any())
        {
            return;
        }

        if (request.Travel is null)
        {
            context.Info(RuleId.IkNotDue, $"Séance {(request.Place == PlaceOfCare.Domicile ? "à domicile" : "en établissement")} sans trajet : aucune indemnité de déplacement (IFD/IFS) ni IK n'est ajoutée. Renseignez « travel » (distance, zone, même agglomération) pour les calculer.");
            return;
        }

        var (indemnity, openedBy) = Choose(context);
        var why = openedBy is null
            ? "soins hors du cabinet"
            : $"indemnité spécifique ouverte par {openedBy.Code} ({openedBy.Act.ArticleLabel}), non cumulable avec l'IFD";
        context.ExtraLines.Add(new QuoteLine(
            indemnity.Code, LineKind.Travel, indemnity.Label, 1m, indemnity.Amount, 1m, indemnity.Amount,
            $"{indemnity.Label} {indemnity.Code} {RuleText.Euro(indemnity.Amount)} : {why}, une par séance — NGAP dispositions générales art. 13 ; source {RuleText.Sources(indemnity.Sources)}"));
        if (indemnity.Confidence == Confidence.Unsure)
        {
            context.Info(RuleId.IkNotDue, $"Le montant ou la date de l'indemnité {indemnity.Code} n'est pas établi (source {RuleText.Sources(indemnity.Sources)}) : vérifiez sur ameli.");
        }
    }

    private static (FlatIndemnity Indemnity, SessionAct? OpenedBy) Choose(QuoteContext context)
    {
        var best = (Indemnity: Flat(context, GeneralCode), OpenedBy: (SessionAct?)null);
        foreach (var act in context.BillableReeducation.Where(a => a.Act.TravelGroup is not null))
        {
            var specific = context.Catalog.SpecificIndemnities.FirstOrDefault(s => s.TravelGroup == act.Act.TravelGroup && s.Validity.Contains(context.Date));
            if (specific is null)
            {
                continue;
            }

            var indemnity = Flat(context, specific.Code);
            if (best.OpenedBy is null || indemnity.Amount > best.Indemnity.Amount)
            {
                best = (indemnity, act);
            }
        }

        return best;
    }

    private static FlatIndemnity Flat(QuoteContext context, string code) =>
        context.Catalog.FlatIndemnities.FirstOrDefault(f => f.Code == code && f.Validity.Contains(context.Date))
        ?? throw new InvalidOperationException($"Indemnité « {code} » absente du référentiel au {context.Date:yyyy-MM-dd}.");
}
