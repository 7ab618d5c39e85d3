using Cotakine.Money;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Cotakine.Web.Features.Invoices;

/// <summary>A payment as asked: the invoice, who paid, how much (euros), when (today when not said).</summary>
internal sealed record PaymentCommand(Guid InvoiceId, Payer? Payer, decimal? Amount, DateOnly? Date);

/// <summary>What recording a payment gave: the invoice (null when unknown in the practice), the payment saved, or the problems.</summary>
internal sealed record PaymentOutcome(Invoice? Invoice, Payment? Payment, Problems Problems);

/// <summary>
/// Records a payment received from one payer (AMO, AMC, patient) on an invoice: the one path for
/// <c>POST /api/invoices/{id}/payments</c> and the « Factures » page. The invoice's balance refuses a credit note, a
/// cancelled invoice and an amount beyond the payer's share (<see cref="InvoiceBalance.RefusePayment"/>); the ledger
/// re-checks it atomically, so the same payment sent twice at once is recorded once and the second is told why.
/// </summary>
internal sealed class RecordPayment(CotakineDbContext db, InvoiceLedger ledger, PracticeCalendar calendar)
{
    /// <summary>Records <paramref name="command"/>, or says why not (nothing written then).</summary>
    public async Task<PaymentOutcome> ExecuteAsync(PaymentCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var problems = new Problems();
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == command.InvoiceId);
        if (invoice is null)
        {
            return new PaymentOutcome(null, null, problems.Add("id", "facture inconnue dans ce cabinet"));
        }

        if (command.Payer is null)
        {
            problems.Add("payer", "champ obligatoire");
        }

        if (command.Amount is not > 0)
        {
            problems.Add("amount", "montant positif obligatoire");
        }
        else if (decimal.Round(command.Amount.Value, 2) != command.Amount.Value)
        {
            // 0,004 € is not rounded away to a payment of 0,00 €: an amount is to the cent.
            problems.Add("amount", "au centime près : deux décimales au plus");
        }

        var balance = await db.InvoiceBalances.AsNoTracking().SingleAsync(b => b.InvoiceId == invoice.Id);
        var cents = command.Amount is { } amount ? Cents.From(amount) : 0;
        if (command.Payer is { } payer && !problems.On("amount"))
        {
            problems.Add(balance.RefusePayment(invoice, payer, cents));
        }
        else if (balance.RefusePayment(invoice, Payer.Patient, 1) is { Field: "id" } closed)
        {
            problems.Add(closed);
        }

        if (problems.Any)
        {
            return new PaymentOutcome(invoice, null, problems);
        }

        var payment = Payment.Receive(invoice, command.Payer!.Value, cents, command.Date ?? calendar.Today);
        try
        {
            await ledger.RecordPaymentAsync(payment);
        }
        catch (PaymentBeyondShareException)
        {
            // The same payment sent twice at once (a double click, a retry), or a credit note in between: nothing was added.
            var now = await db.InvoiceBalances.AsNoTracking().SingleAsync(b => b.InvoiceId == invoice.Id);
            problems.Add(now.RefusePayment(invoice, payment.Payer, 1) is { Field: "id" } cancelled
                ? cancelled
                : new Problem("amount",
                    $"dépasse ce que doit ce payeur ({EuroText.Format(Cents.ToEuros(now.DueBy(invoice, payment.Payer)))}) : un autre paiement vient d'être enregistré, rien n'a été ajouté"));
            return new PaymentOutcome(invoice, null, problems);
        }

        return new PaymentOutcome(invoice, payment, problems);
    }
}
