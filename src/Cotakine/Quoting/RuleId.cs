namespace Cotakine.Quoting;

/// <summary>The stable rule identifiers of the public contract (<c>CONTRACT.md</c>): every issue names one.</summary>
public static class RuleId
{
    /// <summary>The code is not in the nomenclature on any date.</summary>
    public const string UnknownAct = "UNKNOWN_ACT";

    /// <summary>The code exists, but not on this date.</summary>
    public const string ActNotInForce = "ACT_NOT_IN_FORCE";

    /// <summary>Acts that may not be billed together in one session.</summary>
    public const string CumulNotAllowed = "CUMUL_NOT_ALLOWED";

    /// <summary>Article 11 B applied: the second act is billed at 50 %.</summary>
    public const string CumulReduced = "CUMUL_REDUCED";

    /// <summary>This session needs an agreed DAP and none covers it.</summary>
    public const string DapRequired = "DAP_REQUIRED";

    /// <summary>A travel indemnity for a session held at the practice.</summary>
    public const string TravelNotAllowed = "TRAVEL_NOT_ALLOWED";

    /// <summary>Kilometre allowance not due.</summary>
    public const string IkNotDue = "IK_NOT_DUE";

    /// <summary>Night, Sunday or holiday conditions are met but no urgency is declared.</summary>
    public const string MajorationNotDue = "MAJORATION_NOT_DUE";

    /// <summary>A bilan at a point of the series where none is due.</summary>
    public const string BilanNotDue = "BILAN_NOT_DUE";

    /// <summary>A dépassement or hors-nomenclature fee that the rules forbid here.</summary>
    public const string FeeNotAllowed = "FEE_NOT_ALLOWED";

    /// <summary>(Contract 1.1) Warning: this session is still covered, but the next ones need an agreed DAP — send it now.</summary>
    public const string DapDueSoon = "DAP_DUE_SOON";

    /// <summary>(Contract 1.1) Error: a real NGAP code or situation that Cotakine does not quote yet (télésoin TMK).</summary>
    public const string NotSupported = "NOT_SUPPORTED";

    /// <summary>Every identifier of the contract's table, in its order: a test checks it against <c>CONTRACT.md</c>.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        UnknownAct, ActNotInForce, CumulNotAllowed, CumulReduced, DapRequired, TravelNotAllowed, IkNotDue,
        MajorationNotDue, BilanNotDue, FeeNotAllowed, DapDueSoon, NotSupported,
    ];
}
