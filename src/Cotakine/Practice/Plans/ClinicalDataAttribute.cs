namespace Cotakine.Practice.Plans;

/// <summary>
/// Marks a property holding clinical information (a kiné's notes): the audit log records that it changed, never its text,
/// so that the log — readable by a secrétaire — does not leak what the plan API hides from her.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ClinicalDataAttribute : Attribute;
