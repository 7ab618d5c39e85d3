using Cotakine.Quoting;

namespace Cotakine.Practice;

/// <summary>A practice (cabinet): the tenant every other row belongs to.</summary>
public sealed class PracticeProfile
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; set; }

    /// <summary>Name of the practice.</summary>
    public string Name { get; set; } = "";

    /// <summary>Département code (<c>75</c>, <c>2A</c>, <c>971</c>).</summary>
    public string Department { get; set; } = "";

    /// <summary>Travel zone (plaine / montagne).</summary>
    public TravelZone Zone { get; set; }

    /// <summary>Postal address.</summary>
    public string Address { get; set; } = "";
}
