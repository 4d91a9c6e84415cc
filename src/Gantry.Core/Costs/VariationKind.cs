namespace Gantry.Core.Costs;

/// <summary>How a contract's value changes after signing.</summary>
public enum VariationKind
{
    /// <summary>设计变更 / 工程变更: a change of design or scope ordered by the owner or the designer.</summary>
    Change = 1,

    /// <summary>现场签证: extra work confirmed on site, e.g. day labour claimed to the owner.</summary>
    SiteInstruction = 2,

    /// <summary>扣款: a deduction from a subcontract, e.g. day labour done for the subcontractor by others.</summary>
    BackCharge = 3,
}
