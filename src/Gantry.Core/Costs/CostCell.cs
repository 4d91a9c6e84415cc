namespace Gantry.Core.Costs;

/// <summary>
/// The figures of one WBS node × cost code, the finest grain the database adds up. Forecast at
/// completion is decided here, at the finest grain, and only then summed, so an underrun on one
/// line does not hide an overrun on another.
/// </summary>
internal sealed class CostCell
{
    public decimal Budget { get; set; }

    public decimal Contracted { get; set; }

    public decimal CommitmentRecords { get; set; }

    public decimal Actual { get; set; }

    /// <summary>Actual cost not under any contract (wages, small purchases) is committed the moment it is spent.</summary>
    public decimal ActualOutsideContracts { get; set; }

    public decimal Committed => Contracted + CommitmentRecords + ActualOutsideContracts;

    /// <summary>
    /// We never forecast below what is already spent or committed, and assume the rest of the budget
    /// will still be needed: FAC = max(budget, committed, actual).
    /// </summary>
    public decimal Forecast => Math.Max(Budget, Math.Max(Committed, Actual));
}
