namespace Gantry.Interchange.Costs;

/// <summary>A cell that could not be read: its Excel row and column letter, which column it is, and why.</summary>
public sealed record CostSheetProblem(int Row, string ColumnLetter, CostSheetColumn Column, string Message);
