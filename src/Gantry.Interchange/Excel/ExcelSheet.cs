namespace Gantry.Interchange.Excel;

/// <summary>A worksheet read into rows: Excel row number → column number (1 = A) → cell. Empty cells are absent.</summary>
public sealed class ExcelSheet(string name, SortedDictionary<int, Dictionary<int, ExcelCell>> rows)
{
    public string Name { get; } = name;

    public SortedDictionary<int, Dictionary<int, ExcelCell>> Rows { get; } = rows;

    public ExcelCell? Cell(int row, int column) =>
        Rows.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var cell) ? cell : null;

    /// <summary>"A", "B" … "AA": the column letters Excel shows.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = new Stack<char>();
        for (int c = column; c > 0; c = (c - 1) / 26)
        {
            letters.Push((char)('A' + ((c - 1) % 26)));
        }

        return new string([.. letters]);
    }
}
