namespace Gantry.Interchange.Costs;

/// <summary>
/// One data row of the cost sheet as the user wrote it: codes stay text (the caller resolves them
/// against the project), dates and numbers are parsed; a cell that did not parse is null and has a
/// <see cref="CostSheetProblem"/>.
/// </summary>
public sealed record CostSheetRow(int Row, string? Kind, DateOnly? Date, string? Wbs, string? CostCode, string? Contract,
    string? Description, decimal? Amount, decimal? VatRate);
