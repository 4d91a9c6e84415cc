namespace Gantry.Interchange.Excel;

/// <summary>
/// One cell as read: its text as the user sees it in the formula bar (numbers in invariant form),
/// the number when the cell holds one, and whether its format shows it as a percent (Excel keeps
/// 50 % as 0.5), or a time of day (so midnight in a date-time cell is a time, not "the whole day").
/// </summary>
public sealed record ExcelCell(string Text, double? Number, bool IsPercent, bool ShowsTime = false)
{
    public bool IsEmpty => Number is null && string.IsNullOrWhiteSpace(Text);
}
