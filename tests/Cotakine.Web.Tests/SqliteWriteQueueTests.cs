using Cotakine.Persistence;
using Cotakine.Practice;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cotakine.Web.Tests;

/// <summary>
/// The SQLite write queue (<see cref="SqliteWriteQueue"/>): the app's writes wait for each other in arrival order instead
/// of racing for SQLite's lock, a transaction left open or disposed gives its turn back, and a write that waits too long
/// ends as « base indisponible » (503) with nothing written. CI once refused a payment of the 100-user test after 5 s of
/// losing that race; these tests pin the behaviour that replaced it.
/// </summary>
public sealed class SqliteWriteQueueTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cotakine-queue-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = Services(TimeSpan.FromSeconds(30));
        await using var scope = _services.CreateAsyncScope();
        await PersistenceSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<CotakineDbContext>());
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        SqliteFiles.Delete(_file);
    }

    [Fact]
    public async Task A_write_waits_for_the_open_transaction_ahead_of_it_then_goes_through()
    {
        await using var first = _services.CreateAsyncScope();
        var holder = Db(first);
        await using var transaction = await holder.Database.BeginTransactionAsync();
        holder.Practices.Add(Practice("Premier"));
        await holder.SaveChangesAsync();

        var second = Task.Run(() => AddPracticeAsync(_services, "Second"));
        await Task.Delay(300);
        Assert.False(second.IsCompleted, "La seconde écriture n'a pas attendu son tour.");

        await transaction.CommitAsync();
        await second.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["Premier", "Second"], await NamesAsync());
    }

    [Fact]
    public async Task A_transaction_disposed_without_commit_gives_its_turn_back_and_keeps_nothing()
    {
        await using (var first = _services.CreateAsyncScope())
        {
            var holder = Db(first);
            await using var transaction = await holder.Database.BeginTransactionAsync();
            holder.Practices.Add(Practice("Abandonné"));
            await holder.SaveChangesAsync();
        }

        Assert.False(_services.GetRequiredService<SqliteWriteQueue>().IsBusy);
        await AddPracticeAsync(_services, "Suivant").WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["Suivant"], await NamesAsync());
    }

    [Fact]
    public async Task A_context_disposed_in_the_middle_of_a_transaction_gives_its_turn_back()
    {
        var scope = _services.CreateAsyncScope();
        var holder = Db(scope);
        await holder.Database.BeginTransactionAsync();
        Assert.True(_services.GetRequiredService<SqliteWriteQueue>().IsBusy);

        await scope.DisposeAsync();

        Assert.False(_services.GetRequiredService<SqliteWriteQueue>().IsBusy);
        await AddPracticeAsync(_services, "Après").WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["Après"], await NamesAsync());
    }

    [Fact]
    public async Task A_write_that_waits_past_the_queue_timeout_is_refused_as_database_unavailable_with_nothing_written()
    {
        await using var impatient = Services(TimeSpan.FromMilliseconds(200));
        await using var first = impatient.CreateAsyncScope();
        var holder = Db(first);
        await using var transaction = await holder.Database.BeginTransactionAsync();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => AddPracticeAsync(impatient, "Trop tard"));

        Assert.True(DatabaseFailures.IsUnavailable(error), error.ToString());
        Assert.Contains("attente", error.Message, StringComparison.Ordinal);
        await transaction.RollbackAsync();
        Assert.Empty(await NamesAsync());
    }

    [Fact]
    public async Task A_write_refused_by_another_process_lock_gives_its_turn_back()
    {
        await using var impatient = Services(TimeSpan.FromSeconds(30), busyTimeoutSeconds: 1);
        await using (var outside = new SqliteConnection($"Data Source={_file};Pooling=False"))
        {
            await outside.OpenAsync();
            await using var begin = outside.CreateCommand();
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync();

            var error = await Assert.ThrowsAnyAsync<Exception>(() => AddPracticeAsync(impatient, "Bloqué"));
            Assert.True(DatabaseFailures.IsUnavailable(error), error.ToString());
            Assert.False(impatient.GetRequiredService<SqliteWriteQueue>().IsBusy);

            // The explicit transaction of the invoice issuer: EF reports no failure for a BEGIN that never happened and
            // keeps its connection open until the request ends; the turn must come back at once all the same.
            await using var scope = impatient.CreateAsyncScope();
            var explicitError = await Assert.ThrowsAnyAsync<Exception>(() => Db(scope).Database.BeginTransactionAsync());
            Assert.True(DatabaseFailures.IsUnavailable(explicitError), explicitError.ToString());
            Assert.False(impatient.GetRequiredService<SqliteWriteQueue>().IsBusy);
        }

        await AddPracticeAsync(impatient, "Débloqué").WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["Débloqué"], await NamesAsync());
    }

    [Fact]
    public async Task Writes_queued_together_all_go_through_once_each()
    {
        var names = Enumerable.Range(1, 40).Select(i => $"Cabinet {i:00}").ToList();

        await Task.WhenAll(names.Select(name => Task.Run(() => AddPracticeAsync(_services, name))));

        Assert.Equal(names, await NamesAsync());
        Assert.False(_services.GetRequiredService<SqliteWriteQueue>().IsBusy);
    }

    [Fact]
    public async Task Every_single_save_runs_in_a_transaction_so_that_it_takes_a_turn()
    {
        await using var scope = _services.CreateAsyncScope();
        Assert.Equal(AutoTransactionBehavior.Always, Db(scope).Database.AutoTransactionBehavior);
    }

    private ServiceProvider Services(TimeSpan queueTimeout, int busyTimeoutSeconds = 5) => new ServiceCollection()
        .AddCotakinePersistence(_ => (DatabaseProvider.Sqlite, PersistenceSetup.WithSqliteBusyTimeout($"Data Source={_file}", busyTimeoutSeconds)), _ => queueTimeout)
        .BuildServiceProvider();

    private static CotakineDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<CotakineDbContext>();

    private static PracticeProfile Practice(string name) => new() { Id = Guid.NewGuid(), Name = name, Department = "75", Address = "1 rue de la Paix, Paris" };

    private static async Task AddPracticeAsync(ServiceProvider services, string name)
    {
        await using var scope = services.CreateAsyncScope();
        var db = Db(scope);
        db.Practices.Add(Practice(name));
        await db.SaveChangesAsync();
    }

    private async Task<List<string>> NamesAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await Db(scope).Practices.Select(p => p.Name).OrderBy(n => n).ToListAsync();
    }
}
