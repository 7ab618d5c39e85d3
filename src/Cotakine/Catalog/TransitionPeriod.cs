namespace Cotakine.Catalog;

/// <summary>The 2024 switch from AMS/AMK/AMC to the new letters: the last day of the old codes and the announced tolerance.</summary>
public sealed record TransitionPeriod(DateOnly LastDayOfOldCodes, DateOnly ToleratedUntil, string Text, IReadOnlyList<string> Sources, Confidence Confidence);
