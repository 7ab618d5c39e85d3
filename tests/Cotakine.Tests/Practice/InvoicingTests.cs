using Cotakine.Catalog;
using Cotakine.Catalog.Loading;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Plans;
using Cotakine.Practice.Sessions;
using Cotakine.Quoting;
using Microsoft.Extensions.Time.Testing;

namespace Cotakine.Tests.Practice;

/// <summary>
/// Invoices and their settlement, without a database. Sources: the invoice is a legal document numbered continuously and
/// chronologically per practitioner and year (CGI art. 242 nonies A, ngap-facts §M), corrected only by a credit note; a
/// session past the référentiel threshold is billed only under an agreed DAP (§J); a quote the engine rejected is never
/// billed (contract: severity « error » means not billable as is).
/// </summary>
public sealed class InvoicingTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);
    private static readonly PracticeRules Rules = CatalogLoader.Embedded.RulesOn(Day);
    private static readonly Cotakine.Catalog.Act Cervicalgie = CatalogLoader.Embedded.FindAct("ram-cervicalgie-non-specifique")!;
    private static readonly QuoteEngine Engine = new(CatalogLoader.Embedded);

    private static PracticeCalendar Paris(DateTimeOffset now) => new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"), new FakeTimeProvider(now));

    private static TreatmentPlan Plan() =>
        TreatmentPlan.Open(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PlanOrigin.Prescription, Cervicalgie, 20, Day, 0, Rules);

    private static Session Session(TreatmentPlan plan, int number, string code = "RAM 8.09")
    {
        var input = new SessionInput(Day.AddDays(number), new TimeOnly(10, 0), PlaceOfCare.Cabinet, null, false);
        var request = SessionPricing.Request(plan, Cervicalgie, new Cotakine.Quoting.Patient(Coverage.Standard, Regime.General),
            CatalogLoader.Embedded.FindDepartment("75")!, TravelZone.Plaine, number, input, SessionHistory.None, Day, Rules);
        return Cotakine.Practice.Sessions.Session.Record(plan, number, input, Engine.Quote(request with { Acts = [ActCode.Parse(code)] }));
    }

    [Fact]
    public void A_session_is_eligible_once_and_not_past_the_threshold_without_agreement()
    {
        var plan = Plan();
        var first = Session(plan, 1);
        Assert.Null(InvoiceEligibility.Check(first, plan, Day.AddDays(20), Rules));
        first.BillTo(Guid.NewGuid());
        Assert.Equal($"la séance 1 du {first.Date:dd/MM/yyyy} est déjà facturée", InvoiceEligibility.Check(first, plan, Day.AddDays(20), Rules)?.Message);

        var sixteenth = Session(plan, 16);
        Assert.Equal("la séance 16 dépasse le seuil du référentiel sans accord de la caisse (DAP)", InvoiceEligibility.Check(sixteenth, plan, Day.AddDays(20), Rules)?.Message);
        plan.SendDap(Day);
        plan.AgreeDap(Day.AddDays(2));
        Assert.Null(InvoiceEligibility.Check(sixteenth, plan, Day.AddDays(20), Rules));
    }

    [Fact]
    public void A_session_whose_quote_has_an_error_is_not_eligible()
    {
        var plan = Plan();
        var unknown = Session(plan, 1, "RAM 99.99"); // a code the catalog does not know: UNKNOWN_ACT, severity error
        var problem = InvoiceEligibility.Check(unknown, plan, Day.AddDays(20), Rules);
        Assert.NotNull(problem);
        Assert.StartsWith("la séance 1 du", problem.Message, StringComparison.Ordinal);
        Assert.Contains("ne peut être facturée", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issuing_fixes_the_issue_day_in_the_practice_s_calendar_and_bills_the_sessions()
    {
        var plan = Plan();
        var session = Session(plan, 1);
        var at = DateTimeOffset.Parse("2026-12-31T23:30:00Z", System.Globalization.CultureInfo.InvariantCulture); // 00:30 on 1 January in Paris
        var calendar = Paris(at);
        var shares = Shares.Split(session.TotalCents, session.AmoCents, 0);
        var invoice = Invoice.Issue(plan.PracticeId, plan.PractitionerId, plan.PatientId, new InvoiceNumber(2027, 1), at, calendar, shares, true, [session]);
        Assert.Equal((new DateOnly(2027, 1, 1), 2027, "2027-000001"), (invoice.IssuedOn, invoice.Year, invoice.Number));
        Assert.Equal(invoice.Id, session.InvoiceId);
        Assert.Equal(Invoice.UnixMicroseconds(at), invoice.IssuedAtUnixMicroseconds);
        // A number of the year before cannot carry that instant: number and date are taken in one step.
        Assert.Throws<InvalidOperationException>(() =>
            Invoice.Issue(plan.PracticeId, plan.PractitionerId, plan.PatientId, new InvoiceNumber(2026, 9), at, calendar, shares, true, [Session(plan, 2)]));
    }

    [Fact]
    public void A_credit_note_negates_the_invoice_frees_its_sessions_and_cannot_itself_be_credited()
    {
        var plan = Plan();
        var session = Session(plan, 1);
        var at = new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero);
        var calendar = Paris(at);
        var invoice = Invoice.Issue(plan.PracticeId, plan.PractitionerId, plan.PatientId, new InvoiceNumber(2026, 1), at, calendar,
            Shares.Split(session.TotalCents, session.AmoCents, 0), false, [session]);
        var credit = invoice.CreditNote(new InvoiceNumber(2026, 2), at.AddHours(1), calendar, [session]);
        Assert.Equal((InvoiceKind.CreditNote, invoice.Id, -invoice.TotalCents, -invoice.AmoCents), (credit.Kind, credit.CreditedInvoiceId, credit.TotalCents, credit.AmoCents));
        Assert.False(session.IsBilled);
        Assert.Throws<InvalidOperationException>(() => credit.CreditNote(new InvoiceNumber(2026, 3), at.AddHours(2), calendar, []));
    }

    [Fact]
    public void The_balance_moves_from_unpaid_to_paid_and_a_credit_note_cancels_it()
    {
        var invoice = Invoice.Issue(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new InvoiceNumber(2026, 1), new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero),
            Paris(DateTimeOffset.UnixEpoch), new Shares(2000, 1200, 300, 500), true, []);
        var balance = InvoiceBalance.Open(invoice);
        Assert.Equal((InvoiceSettlement.Unpaid, 2000L), (balance.State, balance.DueCents));

        Assert.Equal("dépasse ce que doit ce payeur (3,00\u00a0€)", balance.RefusePayment(invoice, Payer.Amc, 301)?.Message);
        Assert.Equal("amount", balance.RefusePayment(invoice, Payer.Amc, 0)?.Field);
        Assert.Null(balance.RefusePayment(invoice, Payer.Amo, 1200));
        balance.Record(Payer.Amo, 1200);
        balance.Record(Payer.Amc, 300);
        Assert.Equal((InvoiceSettlement.Unpaid, 500L, 0L), (balance.State, balance.DueCents, balance.DueBy(invoice, Payer.Amo)));
        balance.Record(Payer.Patient, 500);
        Assert.Equal((InvoiceSettlement.Paid, 0L), (balance.State, balance.DueCents));

        balance.Cancel();
        Assert.Equal(InvoiceSettlement.Cancelled, balance.State);
        // Not bad input but the invoice's state: a conflict (409 on the API).
        Assert.Equal(Problem.Conflict("id", "cette facture est annulée par un avoir, elle ne reçoit plus de paiement", balance.InvoiceId), balance.RefusePayment(invoice, Payer.Patient, 1));
    }

    [Fact]
    public void A_credit_note_is_neither_owed_nor_paid_and_takes_no_payment()
    {
        var calendar = Paris(DateTimeOffset.UnixEpoch);
        var at = new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero);
        var invoice = Invoice.Issue(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new InvoiceNumber(2026, 1), at, calendar, new Shares(1000, 600, 0, 400), true, []);
        var credit = InvoiceBalance.Open(invoice.CreditNote(new InvoiceNumber(2026, 2), at, calendar, []));
        Assert.Equal(InvoiceSettlement.CreditNote, credit.State);
        credit.Cancel();
        Assert.Equal(InvoiceSettlement.CreditNote, credit.State);
        Assert.Equal("un avoir ne reçoit pas de paiement", credit.RefusePayment(invoice, Payer.Amo, 1)?.Message);
        Assert.Equal(InvoiceSettlement.Paid, InvoiceBalance.Open(Invoice.Issue(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new InvoiceNumber(2026, 3), at, calendar,
            new Shares(0, 0, 0, 0), true, [])).State);
    }
}
