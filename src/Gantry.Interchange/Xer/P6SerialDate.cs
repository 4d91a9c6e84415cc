namespace Gantry.Interchange.Xer;

/// <summary>
/// Spreadsheet serial day numbers as P6 writes them in calendar exceptions: day 1 is 1900-01-01
/// and, copying Lotus 1-2-3, day 60 is the non-existent 1900-02-29, so from day 61 on the date is
/// 1899-12-30 plus the serial.
/// </summary>
public static class P6SerialDate
{
    private static readonly DateOnly Epoch = new(1899, 12, 30);
    private const int MaxSerial = 2958465; // 9999-12-31

    public static DateOnly ToDate(int serial)
    {
        if (serial <= 0 || serial > MaxSerial)
        {
            throw new FormatException(InterchangeText.Format("DayNumberOutOfRange", serial, MaxSerial));
        }

        if (serial == 60)
        {
            throw new FormatException(InterchangeText.Get("DayNumberSixty"));
        }

        return Epoch.AddDays(serial > 60 ? serial : serial + 1);
    }

    public static int FromDate(DateOnly date)
    {
        int days = date.DayNumber - Epoch.DayNumber;
        return days > 60 ? days : days - 1;
    }
}
