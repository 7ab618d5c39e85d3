using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cotakine.Persistence;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using static Cotakine.Web.Tests.Pages.PageKit;

namespace Cotakine.Web.Tests;

/// <summary>
/// The stored balance of each invoice (<see cref="InvoiceBalance"/>) stays what the payments and credit notes say:
/// after payments by the API and by the « Factures » form, partial payments, a refused payment, credit notes, payments
/// saved at the same time, and after the migration back-fills it from data saved before it existed. « What they say »
/// is recomputed here from the payment rows with the rule the queries applied before the balances were stored.
/// </summary>
public abstract class InvoiceBalanceTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [Fact]
    public async Task The_balance_follows_payments_partial_payments_and_credit_notes()
    {
        var client = await app.NewPracticeAsync();
        var invoices = await IssueAsync(client, 5, amc: 2.00m);
        var ids = invoices.Select(i => Guid.Parse(Id(i))).ToList();
        await AssertBalancesAsync(ids, InvoiceSettlement.Unpaid, InvoiceSettlement.Unpaid, InvoiceSettlement.Unpaid, InvoiceSettlement.Unpaid, InvoiceSettlement.Unpaid);

        // Invoice 0: the AMO in full by the API, part of the AMC through the page's form → still unpaid.
        await PayAsync(client, invoices[0], "amo", Share(invoices[0], "amo"));
        var form = await PostFormAsync(client, "/factures", [new("facture", Id(invoices[0])), new("payeur", "amc"), new("montant", "1,50")], "/factures?handler=paiement");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        // A payment beyond the AMO's share is refused and moves nothing.
        var over = await client.PostAsJsonAsync($"/api/invoices/{Id(invoices[0])}/payments", new { payer = "amo", amount = 0.01m });
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        await AssertBalancesAsync(ids, InvoiceSettlement.Unpaid, InvoiceSettlement.Unpaid, InvoiceSettlement.Unpaid, InvoiceSettlement.Unpaid, InvoiceSettlement.Unpaid);
        Assert.Equal(150, (await BalanceAsync(ids[0])).AmcPaidCents);

        // … then the rest of the AMC and the patient → paid.
        await PayAsync(client, invoices[0], "amc", 0.50m);
        await PayAsync(client, invoices[0], "patient", Share(invoices[0], "patient"));
        // Invoice 1: part of the AMO, then a credit note → cancelled, whatever it received; invoice 2: paid in full, then credited.
        await PayAsync(client, invoices[1], "amo", 5.00m);
        await PayAsync(client, invoices[2], "amo", Share(invoices[2], "amo"));
        await PayAsync(client, invoices[2], "amc", Share(invoices[2], "amc"));
        await PayAsync(client, invoices[2], "patient", Share(invoices[2], "patient"));
        await AssertBalancesAsync(ids, InvoiceSettlement.Paid, InvoiceSettlement.Unpaid, InvoiceSettlement.Paid, InvoiceSettlement.Unpaid, InvoiceSettlement.Unpaid);
        var credit1 = Guid.Parse(Id(await PostJsonAsync(client, $"/api/invoices/{Id(invoices[1])}/credit-note", new { })));
        var credit2 = Guid.Parse(Id(await PostJsonAsync(client, $"/api/invoices/{Id(invoices[2])}/credit-note", new { })));
        await AssertBalancesAsync([.. ids, credit1, credit2],
            InvoiceSettlement.Paid, InvoiceSettlement.Cancelled, InvoiceSettlement.Cancelled, InvoiceSettlement.Unpaid, InvoiceSettlement.Unpaid,
            InvoiceSettlement.CreditNote, InvoiceSettlement.CreditNote);

        // The sessions of the cancelled invoice billed again: a new invoice, unpaid, with its own balance.
        var rebilled = (await PostJsonAsync(client, "/api/invoices", new { sessionIds = invoices[1]["sessionIds"]!.AsArray().Select(s => s!.GetValue<string>()), grouped = false, tiersPayant = true, amc = 0m })).AsArray();
        var again = Guid.Parse(Id(Assert.Single(rebilled)!));
        await AssertBalancesAsync([again], InvoiceSettlement.Unpaid);

        // What the pages show comes from the stored state: invoices 3, 4 and the new one are unpaid, invoice 0 is paid.
        var unpaid = await PageAsync(client, "/factures?statut=impayees");
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(unpaid, "data-number=\"").Count);
        Assert.DoesNotContain($"data-number=\"{invoices[0]["number"]!.GetValue<string>()}\"", unpaid, StringComparison.Ordinal);
        var paid = await PageAsync(client, "/factures?statut=payees");
        Assert.Contains($"data-number=\"{invoices[0]["number"]!.GetValue<string>()}\"", paid, StringComparison.Ordinal);

        // The list's totals (counted on the balances alone when no patient nor date narrows it) match its rows.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CotakineDbContext>();
            var actor = scope.ServiceProvider.GetRequiredService<CurrentActor>();
            actor.PracticeId = (await db.Invoices.IgnoreQueryFilters().SingleAsync(i => i.Id == ids[0])).PracticeId;
            var patient = invoices[0]["patientId"]!.GetValue<string>();
            var list = new Features.Invoices.InvoiceListService(db, scope.ServiceProvider.GetRequiredService<PracticeCalendar>());
            foreach (var (status, count) in new[] { ("impayees", 3), ("payees", 1), ("avoirs", 4), ("", 8) })
            {
                foreach (var filter in new[] { new Features.Invoices.InvoiceFilter(status, null, null, null), new Features.Invoices.InvoiceFilter(status, patient, "01/01/2026", "31/12/2026") })
                {
                    var (rows, total, errors) = await list.ListAsync(filter);
                    Assert.Empty(errors);
                    Assert.Equal(count, total);
                    Assert.Equal(count, rows.Count);
                }
            }
        }

        // The audit log still has one entry per payment (8 saved, the refused one not).
        var audit = await client.GetFromJsonAsync<JsonArray>("/api/audit?entity=Payment");
        Assert.Equal(8, audit!.Count);
    }

    [Fact]
    public async Task Payments_saved_at_the_same_time_are_all_counted()
    {
        var client = await app.NewPracticeAsync();
        var invoice = (await IssueAsync(client, 1, amc: 0m))[0];
        var id = Guid.Parse(Id(invoice));
        // 16 payments at once, 1 to 16 cents, by two payers, well within their shares.
        var responses = await Task.WhenAll(Enumerable.Range(1, 16).Select(n =>
            client.PostAsJsonAsync($"/api/invoices/{id}/payments", new { payer = n % 2 == 0 ? "amo" : "patient", amount = n / 100m })));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        await AssertBalancesAsync([id], InvoiceSettlement.Unpaid);
        var balance = await BalanceAsync(id);
        Assert.Equal(2 + 4 + 6 + 8 + 10 + 12 + 14 + 16, balance.AmoPaidCents);
        Assert.Equal(1 + 3 + 5 + 7 + 9 + 11 + 13 + 15, balance.PatientPaidCents);

        // The rest, both payers at once: paid.
        var rest = await Task.WhenAll(
            client.PostAsJsonAsync($"/api/invoices/{id}/payments", new { payer = "amo", amount = Share(invoice, "amo") - 0.72m }),
            client.PostAsJsonAsync($"/api/invoices/{id}/payments", new { payer = "patient", amount = Share(invoice, "patient") - 0.64m }));
        Assert.All(rest, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        await AssertBalancesAsync([id], InvoiceSettlement.Paid);
    }

    [Fact]
    public async Task The_same_payment_sent_several_times_at_once_is_recorded_once()
    {
        var client = await app.NewPracticeAsync();
        var invoice = (await IssueAsync(client, 1, amc: 0m))[0];
        var id = Guid.Parse(Id(invoice));
        var share = Share(invoice, "patient");

        // A double (here eightfold) click on « Enregistrer » for the patient's whole share: each request passes the check
        // made before saving, the save re-checks it atomically with the balance, so exactly one payment is kept.
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            client.PostAsJsonAsync($"/api/invoices/{id}/payments", new { payer = "patient", amount = share })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
            Assert.StartsWith("amount : dépasse ce que doit ce payeur (0", problem["errors"]!["amount"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CotakineDbContext>();
        Assert.Equal(1, await db.Payments.IgnoreQueryFilters().CountAsync(p => p.InvoiceId == id));
        Assert.Equal(Cents.From(share), (await BalanceAsync(id)).PatientPaidCents);
    }

    [Fact]
    public async Task The_migration_back_fills_balances_and_instants_of_existing_invoices()
    {
        var client = await app.NewPracticeAsync();
        var invoices = new List<JsonNode>();
        foreach (var ticks in new long[] { 1, 1_234_567, 9_999_999, 5_000_000 })
        {
            app.Clock.Advance(TimeSpan.FromTicks(ticks)); // fractions of a second down to the tick, as the issue instants have
            invoices.AddRange(await IssueAsync(client, 2, amc: 3.00m));
        }

        await PayAsync(client, invoices[0], "amo", Share(invoices[0], "amo"));
        await PayAsync(client, invoices[1], "amo", Share(invoices[1], "amo"));
        await PayAsync(client, invoices[1], "amc", Share(invoices[1], "amc"));
        await PayAsync(client, invoices[1], "patient", Share(invoices[1], "patient"));
        await PayAsync(client, invoices[2], "patient", 1.00m);
        await PayAsync(client, invoices[2], "patient", 0.25m);
        await PayAsync(client, invoices[3], "amc", 3.00m);
        await PostJsonAsync(client, $"/api/invoices/{Id(invoices[3])}/credit-note", new { });
        await PostJsonAsync(client, $"/api/invoices/{Id(invoices[4])}/credit-note", new { });
        var ids = invoices.Select(i => Guid.Parse(Id(i))).ToList();
        await AssertBalancesAsync(ids.Take(6).ToList(),
            InvoiceSettlement.Unpaid, InvoiceSettlement.Paid, InvoiceSettlement.Unpaid, InvoiceSettlement.Cancelled, InvoiceSettlement.Cancelled, InvoiceSettlement.Unpaid);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CotakineDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var kept = Columns(await DatabaseDump.DumpAsync(connection, "InvoiceBalances", "Invoices"));

        // Back to the schema before the balances (the data stays), then forward again: the migration rebuilds them.
        var migrator = db.GetService<IMigrator>();
        var previous = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_InvoiceBalances", StringComparison.Ordinal)).Last();
        await migrator.MigrateAsync(previous);
        Assert.DoesNotContain("InvoiceBalances", await TablesAsync(connection));
        await migrator.MigrateAsync();

        // (SQLite rebuilds the table on the way down, which may reorder its columns: compared column by column.)
        Assert.Equal(kept, Columns(await DatabaseDump.DumpAsync(connection, "InvoiceBalances", "Invoices")));
        await AssertBalancesAsync(ids.Take(6).ToList(),
            InvoiceSettlement.Unpaid, InvoiceSettlement.Paid, InvoiceSettlement.Unpaid, InvoiceSettlement.Cancelled, InvoiceSettlement.Cancelled, InvoiceSettlement.Unpaid);
        var instants = await db.Invoices.IgnoreQueryFilters().AsNoTracking().Select(i => new { i.IssuedAt, i.IssuedAtUnixMicroseconds }).ToListAsync();
        Assert.NotEmpty(instants);
        Assert.All(instants, i => Assert.Equal(Invoice.UnixMicroseconds(i.IssuedAt), i.IssuedAtUnixMicroseconds));
        Assert.Contains(instants, i => i.IssuedAtUnixMicroseconds % 1_000_000 != 0);
    }

    /// <summary>A dump with the values of each row in the order of their column names.</summary>
    private static string Columns(string dump) =>
        string.Join('\n', dump.Split('\n').Select(line => string.Join(" | ", line.Split(" | ").Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal));

    private static async Task<List<string>> TablesAsync(System.Data.Common.DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = connection is Microsoft.Data.Sqlite.SqliteConnection
            ? "SELECT name FROM sqlite_master WHERE type = 'table'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>Issues <paramref name="count"/> invoices, one per session, for a new patient.</summary>
    private static async Task<List<JsonNode>> IssueAsync(HttpClient client, int count, decimal amc)
    {
        var patient = await PatientAsync(client, "Solde", "Test");
        var prescription = await PostJsonAsync(client, "/api/prescriptions", new { patientId = patient, date = "2026-01-02", indication = "x", segment = "rachis", laterality = "not-applicable" });
        var plan = await PostJsonAsync(client, "/api/plans", new { patientId = patient, prescriptionId = Id(prescription), origin = "prescription", actId = "rao-rachis-dorsal", sessionCount = 10, startDate = "2026-01-05" });
        var sessions = new List<string>();
        for (var s = 0; s < count; s++)
        {
            sessions.Add(Id(await PostJsonAsync(client, $"/api/plans/{Id(plan)}/sessions", new { date = new DateOnly(2026, 1, 5).AddDays(s * 2).ToString("yyyy-MM-dd"), place = "cabinet" })));
        }

        return [.. (await PostJsonAsync(client, "/api/invoices", new { sessionIds = sessions, grouped = false, tiersPayant = true, amc })).AsArray().Select(i => i!)];
    }

    private static decimal Share(JsonNode invoice, string payer) => invoice[payer]!.GetValue<decimal>();

    private static async Task PayAsync(HttpClient client, JsonNode invoice, string payer, decimal amount) =>
        await PostJsonAsync(client, $"/api/invoices/{Id(invoice)}/payments", new { payer, amount, date = "2026-03-02" });

    private async Task<InvoiceBalance> BalanceAsync(Guid id)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CotakineDbContext>();
        return await db.InvoiceBalances.IgnoreQueryFilters().AsNoTracking().SingleAsync(b => b.InvoiceId == id);
    }

    /// <summary>
    /// Each document's stored balance equals the sums of its payment rows per payer, its due the shares less them, and
    /// its state both the one expected and the one the queries computed before the balances were stored.
    /// </summary>
    private async Task AssertBalancesAsync(IReadOnlyList<Guid> ids, params InvoiceSettlement[] expected)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CotakineDbContext>();
        for (var n = 0; n < ids.Count; n++)
        {
            var id = ids[n];
            var invoice = await db.Invoices.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == id);
            var payments = await db.Payments.IgnoreQueryFilters().AsNoTracking().Where(p => p.InvoiceId == id).ToListAsync();
            var credited = await db.Invoices.IgnoreQueryFilters().AnyAsync(c => c.CreditedInvoiceId == id);
            var balance = await db.InvoiceBalances.IgnoreQueryFilters().AsNoTracking().SingleAsync(b => b.InvoiceId == id);
            long Paid(Payer payer) => payments.Where(p => p.Payer == payer).Sum(p => p.AmountCents);
            Assert.Equal(invoice.PracticeId, balance.PracticeId);
            Assert.Equal(Paid(Payer.Amo), balance.AmoPaidCents);
            Assert.Equal(Paid(Payer.Amc), balance.AmcPaidCents);
            Assert.Equal(Paid(Payer.Patient), balance.PatientPaidCents);
            Assert.Equal(invoice.AmoCents + invoice.AmcCents + invoice.PatientCents - payments.Sum(p => p.AmountCents), balance.DueCents);
            var before = invoice.Kind == InvoiceKind.CreditNote ? InvoiceSettlement.CreditNote
                : credited ? InvoiceSettlement.Cancelled
                : payments.Sum(p => p.AmountCents) == invoice.AmoCents + invoice.AmcCents + invoice.PatientCents ? InvoiceSettlement.Paid
                : InvoiceSettlement.Unpaid;
            Assert.Equal(before, balance.State);
            Assert.Equal(expected[n], balance.State);
        }
    }
}

public sealed class SqliteInvoiceBalanceTests(SqliteAppFactory app) : InvoiceBalanceTests<SqliteAppFactory>(app);

public sealed class PostgresInvoiceBalanceTests(PostgresAppFactory app) : InvoiceBalanceTests<PostgresAppFactory>(app);
