using Cotakine.LoadSupport;

namespace Cotakine.Web.Tests;

/// <summary>The load run's numbering check does catch what it is there for: a gap, a duplicate, per kiné and year.</summary>
public sealed class NumberingCheckTests
{
    private static readonly Guid KineA = Guid.NewGuid();
    private static readonly Guid KineB = Guid.NewGuid();

    [Fact]
    public void Continuous_numbers_per_kine_and_year_pass_in_any_order()
    {
        Assert.Empty(NumberingCheck.Problems("c", [(KineA, "2026-000002"), (KineB, "2026-000001"), (KineA, "2026-000001"), (KineA, "2027-000001")]));
    }

    [Theory]
    [InlineData("2026-000001", "2026-000003")] // gap
    [InlineData("2026-000001", "2026-000001")] // duplicate
    [InlineData("2026-000002", "2026-000003")] // not starting at 1
    public void A_gap_or_a_duplicate_is_reported(string first, string second)
    {
        var problem = Assert.Single(NumberingCheck.Problems("cabinet 3", [(KineA, first), (KineA, second), (KineB, "2026-000001")]));
        Assert.Contains("cabinet 3", problem, StringComparison.Ordinal);
        Assert.Contains(KineA.ToString(), problem, StringComparison.Ordinal);
    }
}
