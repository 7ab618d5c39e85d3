namespace Cotakine.Quoting;

/// <summary>The patient's régime: the régime local d'Alsace-Moselle pays 90 % instead of 60 %.</summary>
public enum Regime
{
    /// <summary>Régime général (<c>general</c>).</summary>
    General,

    /// <summary>Régime local d'Alsace-Moselle (<c>alsace-moselle</c>).</summary>
    AlsaceMoselle,
}
