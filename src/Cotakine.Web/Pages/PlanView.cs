using Cotakine.Practice.Plans;
using Cotakine.Practice.Prescriptions;

namespace Cotakine.Web.Pages;

/// <summary>French words for plan and prescription states shown on the practice pages.</summary>
internal static class PlanView
{
    public static string Dap(DapStatus status) => status switch
    {
        DapStatus.Sent => "DAP envoyée, en attente de réponse",
        DapStatus.Agreed => "DAP accordée",
        DapStatus.Refused => "DAP refusée",
        DapStatus.TacitlyAgreed => "DAP acceptée tacitement (pas de réponse de la caisse dans le délai)",
        _ => "DAP non envoyée",
    };

    public static string Cover(SessionCover cover) => cover switch
    {
        SessionCover.BillableSendDap => "facturable — envoyez la DAP",
        SessionCover.Blocked => "bloquée : au-delà du seuil sans accord (DAP)",
        _ => "facturable",
    };

    public static string Origin(PlanOrigin origin) => origin switch
    {
        PlanOrigin.Renewal => "renouvellement par le kinésithérapeute",
        PlanOrigin.DirectAccess => "accès direct",
        _ => "prescription médicale",
    };

    public static string Laterality(Laterality laterality) => laterality switch
    {
        Cotakine.Practice.Prescriptions.Laterality.Left => "gauche",
        Cotakine.Practice.Prescriptions.Laterality.Right => "droit",
        Cotakine.Practice.Prescriptions.Laterality.Bilateral => "bilatéral",
        Cotakine.Practice.Prescriptions.Laterality.NotApplicable => "sans objet",
        _ => "non précisé",
    };
}
