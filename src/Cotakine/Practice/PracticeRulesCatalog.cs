using Cotakine.Catalog;

namespace Cotakine.Practice;

/// <summary>Reads the practice's typed rule parameters from the catalog: <c>catalog.RulesOn(date)</c>.</summary>
public static class PracticeRulesCatalog
{
    /// <summary>The parameters of the practice's billing rules in force on <paramref name="date"/>.</summary>
    public static PracticeRules RulesOn(this NgapCatalog catalog, DateOnly date) => PracticeRules.On(catalog, date);
}
