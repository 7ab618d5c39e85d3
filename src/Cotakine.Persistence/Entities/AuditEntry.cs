using Cotakine.Practice;

namespace Cotakine.Persistence.Entities;

/// <summary>One change to billing data: who, when, what (entity, id, action, changed values as JSON).</summary>
public sealed class AuditEntry : IPracticeOwned
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; set; }

    /// <inheritdoc />
    public Guid PracticeId { get; set; }

    /// <summary>User name of the author (or <c>system</c>).</summary>
    public string Actor { get; set; } = "";

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Entity type.</summary>
    public string Entity { get; set; } = "";

    /// <summary>Entity id.</summary>
    public Guid EntityId { get; set; }

    /// <summary>Added, Modified, Deleted.</summary>
    public string Action { get; set; } = "";

    /// <summary>Changed values as JSON.</summary>
    public string Changes { get; set; } = "";
}
