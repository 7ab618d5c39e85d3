namespace Cotakine.Practice;

/// <summary>A row that belongs to one practice: every query is filtered by the signed-in user's practice.</summary>
public interface IPracticeOwned
{
    /// <summary>The owning practice.</summary>
    Guid PracticeId { get; }
}
