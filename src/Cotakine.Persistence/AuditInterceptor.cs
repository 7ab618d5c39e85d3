using System.Text.Json;
using Cotakine.Persistence.Entities;
using Cotakine.Practice;
using Cotakine.Practice.Invoicing;
using Cotakine.Practice.Patients;
using Cotakine.Practice.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cotakine.Persistence;

/// <summary>
/// Writes an audit entry (who, when, what) for every change to billing data (<see cref="IBillingData"/>) and to what is
/// printed on them or decides them — the practice (its département sets tariffs and time zone), its practitioners (RPPS,
/// n° AM) and the patients (identity, coverage) — in the same SaveChanges, hence the same transaction: no change without
/// its trace, no trace without its change. Also enforces
/// that issued invoices are immutable: an update or delete of an <see cref="Invoice"/> is refused. Properties marked
/// <see cref="ClinicalDataAttribute"/> are logged as changed without their text.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    /// <inheritdoc />
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Audit(eventData.Context);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Audit(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Audit(DbContext? context)
    {
        if (context is not CotakineDbContext db)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Audited(e.Entity))
            .ToList();
        foreach (var entry in entries)
        {
            if (entry.Entity is Invoice && entry.State != EntityState.Added)
            {
                throw new ImmutableRecordException("Une facture émise est immuable : corrigez-la par un avoir.");
            }

            db.AuditLog.Add(new AuditEntry
            {
                Id = Guid.NewGuid(),
                PracticeId = entry.Entity is PracticeProfile practice ? practice.Id : ((IPracticeOwned)entry.Entity).PracticeId,
                Actor = db.Actor.Name,
                At = now,
                Entity = entry.Metadata.ClrType.Name,
                EntityId = IdOf(entry.Entity),
                Action = entry.State.ToString(),
                Changes = Describe(entry),
            });
        }
    }

    private static bool Audited(object entity) => entity is IBillingData or Patient or Practitioner or PracticeProfile;

    private static Guid IdOf(object entity) => entity switch
    {
        IBillingData billing => billing.Id,
        Patient patient => patient.Id,
        Practitioner practitioner => practitioner.Id,
        PracticeProfile practice => practice.Id,
        _ => Guid.Empty,
    };

    private const string Redacted = "(donnée clinique non journalisée)";

    private static string Describe(EntityEntry entry)
    {
        var values = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.PropertyInfo?.IsDefined(typeof(ClinicalDataAttribute), inherit: false) == true)
            {
                if (entry.State != EntityState.Modified || property.IsModified)
                {
                    values[property.Metadata.Name] = Redacted;
                }

                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    values[property.Metadata.Name] = property.CurrentValue;
                    break;
                case EntityState.Modified when property.IsModified:
                    values[property.Metadata.Name] = new { from = property.OriginalValue, to = property.CurrentValue };
                    break;
                case EntityState.Deleted:
                    values[property.Metadata.Name] = property.OriginalValue;
                    break;
            }
        }

        return JsonSerializer.Serialize(values);
    }
}
