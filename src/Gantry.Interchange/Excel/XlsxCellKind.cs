namespace Gantry.Interchange.Excel;

/// <summary>How a column's values are stored and shown in the written workbook.</summary>
public enum XlsxCellKind
{
    /// <summary>A shared string.</summary>
    Text,

    /// <summary>A number shown as Excel's General format.</summary>
    Number,

    /// <summary>A date serial shown as <c>yyyy-mm-dd hh:mm</c>, so Excel and WPS sort and filter it as a date.</summary>
    Date,

    /// <summary>A number shown with thousands separators and two decimals.</summary>
    Money,
}
