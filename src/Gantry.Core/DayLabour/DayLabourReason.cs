namespace Gantry.Core.DayLabour;

/// <summary>Why day labour (点工) was needed instead of measured work.</summary>
public enum DayLabourReason
{
    /// <summary>计划外工作: work outside any contract's scope.</summary>
    OutOfScope = 1,

    /// <summary>返工: redoing defective work.</summary>
    Rework = 2,

    /// <summary>配合其他工种: helping another trade or subcontractor.</summary>
    AssistOtherTrade = 3,

    /// <summary>抢险: an emergency (flooding, storm damage).</summary>
    Emergency = 4,
}
