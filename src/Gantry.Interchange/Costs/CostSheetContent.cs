namespace Gantry.Interchange.Costs;

/// <summary>A read cost sheet: its data rows, the cells that could not be read, and where each column was found (letters).</summary>
public sealed record CostSheetContent(IReadOnlyList<CostSheetRow> Rows, IReadOnlyList<CostSheetProblem> Problems,
    IReadOnlyDictionary<CostSheetColumn, string> ColumnLetters);
