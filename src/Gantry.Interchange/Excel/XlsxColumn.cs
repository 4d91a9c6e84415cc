namespace Gantry.Interchange.Excel;

/// <summary>One column of a written sheet: its header, width in characters and cell kind.</summary>
public sealed record XlsxColumn(string Header, double Width, XlsxCellKind Kind);
