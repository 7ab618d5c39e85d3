namespace Cotakine.Persistence.Backup;

/// <summary>
/// What a backup or a restored database holds, printed after every backup and restore so the administrator sees at a
/// glance that the right practice came back (number of practices, patients, invoices and credit notes, schema version).
/// </summary>
/// <param name="Practices">Practices (cabinets).</param>
/// <param name="Patients">Patients of all practices.</param>
/// <param name="Invoices">Invoices and credit notes.</param>
/// <param name="Migration">The last applied migration (the schema version), empty when none.</param>
public sealed record BackupSummary(long Practices, long Patients, long Invoices, string Migration);
