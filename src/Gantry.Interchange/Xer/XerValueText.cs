using System.Globalization;

namespace Gantry.Interchange.Xer;

/// <summary>
/// How values are printed in an XER: dates as local <c>yyyy-MM-dd HH:mm</c>, numbers with a dot
/// and no grouping, durations in hours, flags as Y/N. The reader parses exactly these forms.
/// </summary>
internal static class XerValueText
{
    public static string Date(DateTime? value) =>
        value is { } d ? d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>
    /// Minutes as P6's hours. Six decimals bring every whole minute back exactly (the reader rounds
    /// hours × 60 to the minute) while P6 shows its own rounding.
    /// </summary>
    public static string Hours(long minutes) => Number(Math.Round(minutes / 60m, 6, MidpointRounding.AwayFromZero));

    public static string Hours(double minutes) => Number(Math.Round((decimal)minutes / 60m, 6, MidpointRounding.AwayFromZero));

    /// <summary>Every digit the value holds (decimal never prints an exponent), so costs and units come back exact.</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(decimal? value) => value is { } v ? Number(v) : string.Empty;

    public static string Number(double value) => value == 0 ? "0" : Number((decimal)value);

    /// <summary>
    /// Work minutes as P6 units (hours, or a material's quantity). Minutes read from an XER divide
    /// back exactly; a division that does not end (MS Project's 100 minutes) is cut to ten decimals.
    /// </summary>
    public static string Units(decimal minutes)
    {
        decimal hours = minutes / 60m;
        return Number(hours.Scale > 20 ? Math.Round(hours, 10, MidpointRounding.AwayFromZero) : hours);
    }

    public static string Id(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Flag(bool value) => value ? "Y" : "N";
}
