using Cotakine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cotakine.Web.Tests.TestApi;

namespace Cotakine.Web.Tests;

/// <summary>
/// An issued invoice is a legal document: no code path may change or delete it (CGI art. 242 nonies A; a correction is a
/// credit note). The persistence layer refuses both with its own exception type, which the web app answers as 409.
/// </summary>
public abstract class ImmutableInvoiceTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [Fact]
    public async Task An_issued_invoice_can_be_neither_changed_nor_deleted()
    {
        var client = await app.NewPracticeAsync();
        var (plan, _) = await OpenPlanAsync(client, "rao-rachis-dorsal", 1);
        var session = await PostAsync(client, $"/api/plans/{plan}/sessions", new { date = "2026-02-24", place = "cabinet" });
        var invoiceId = Guid.Parse(Id((await PostAsync(client, "/api/invoices", new { sessionIds = new[] { Id(session) } })).AsArray()[0]!));

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CotakineDbContext>();
        var invoice = await db.Invoices.IgnoreQueryFilters().SingleAsync(i => i.Id == invoiceId);
        var total = invoice.TotalCents;
        db.Entry(invoice).Property(i => i.TotalCents).CurrentValue = total + 100;
        var changed = await Assert.ThrowsAsync<ImmutableRecordException>(() => db.SaveChangesAsync());
        Assert.Contains("avoir", changed.Message, StringComparison.Ordinal);

        db.ChangeTracker.Clear();
        db.Invoices.Remove(await db.Invoices.IgnoreQueryFilters().SingleAsync(i => i.Id == invoiceId));
        await Assert.ThrowsAsync<ImmutableRecordException>(() => db.SaveChangesAsync());

        db.ChangeTracker.Clear();
        Assert.Equal(total, (await db.Invoices.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == invoiceId)).TotalCents);
    }
}

public sealed class SqliteImmutableInvoiceTests(SqliteAppFactory app) : ImmutableInvoiceTests<SqliteAppFactory>(app);

public sealed class PostgresImmutableInvoiceTests(PostgresAppFactory app) : ImmutableInvoiceTests<PostgresAppFactory>(app);
