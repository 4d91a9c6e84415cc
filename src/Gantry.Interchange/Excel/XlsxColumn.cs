namespace Gantry.Interchange.Excel;

/// <summary>One column of a written sheet: its header and width in characters. Cell types follow the values.</summary>
public sealed record XlsxColumn(string Header, double Width);
