using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cotakine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Cotakine.Web.Tests.Security;

/// <summary>
/// Every row of every table of the model (read past the practice query filters), as JSON keyed by entity type and
/// primary key: taken before and after a sweep, the difference says exactly which rows changed, appeared or vanished.
/// </summary>
internal sealed class DataSnapshot
{
    private static readonly JsonSerializerOptions Json = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles };
    private static readonly MethodInfo ReadMethod = typeof(DataSnapshot).GetMethod(nameof(ReadAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private DataSnapshot(Dictionary<string, Row> rows) => Rows = rows;

    public IReadOnlyDictionary<string, Row> Rows { get; }

    public static async Task<DataSnapshot> TakeAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CotakineDbContext>();
        var rows = new Dictionary<string, Row>();
        // A session row belongs to its account's practice (signing out deletes the caller's own sessions).
        var userPractice = await db.Users.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.PracticeId);
        foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.ClrType != typeof(Dictionary<string, object>)))
        {
            var task = (Task<List<object>>)ReadMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db])!;
            var key = type.FindPrimaryKey()!.Properties;
            var practiceProperty = type.ClrType.GetProperty("PracticeId");
            foreach (var row in await task)
            {
                var id = string.Join("|", key.Select(p => p.PropertyInfo!.GetValue(row)));
                var practice = practiceProperty?.GetValue(row) as Guid?
                    ?? (type.ClrType == typeof(Cotakine.Practice.PracticeProfile) ? (Guid?)key[0].PropertyInfo!.GetValue(row) : null)
                    ?? (row is Cotakine.Persistence.Entities.UserSession session && userPractice.TryGetValue(session.UserId, out var owner) ? owner : null);
                rows[$"{type.ClrType.Name}#{id}"] = new Row(practice, JsonSerializer.Serialize(row, type.ClrType, Json));
            }
        }

        return new DataSnapshot(rows);
    }

    /// <summary>
    /// The changes between two snapshots that are not rows of <paramref name="allowedPractice"/> (the practice whose user
    /// made the requests may change its own data: its audit rows, its settings, its users' sign-in counters).
    /// </summary>
    public IReadOnlyList<string> ForeignChanges(DataSnapshot after, Guid allowedPractice)
    {
        var changes = new List<string>();
        foreach (var (key, row) in Rows)
        {
            if (!after.Rows.TryGetValue(key, out var now))
            {
                if (!(key.StartsWith("UserSession#", StringComparison.Ordinal) && row.Practice == allowedPractice))
                {
                    changes.Add($"supprimée : {key} {row.Json}");
                }
            }
            else if (now.Json != row.Json && row.Practice != allowedPractice)
            {
                changes.Add($"modifiée : {key}\n  avant {row.Json}\n  après {now.Json}");
            }
        }

        changes.AddRange(after.Rows.Where(r => !Rows.ContainsKey(r.Key) && r.Value.Practice != allowedPractice).Select(r => $"ajoutée : {r.Key} {r.Value.Json}"));
        return changes;
    }

    private static async Task<List<object>> ReadAsync<T>(CotakineDbContext db)
        where T : class =>
        (await db.Set<T>().IgnoreQueryFilters().AsNoTracking().ToListAsync()).Cast<object>().ToList();

    /// <summary>One row: the practice it belongs to (when it has one) and its values.</summary>
    internal sealed record Row(Guid? Practice, string Json);
}
