namespace Gantry.Interchange.Mspdi;

/// <summary>
/// MSPDI <c>DurationFormat</c> and <c>LagFormat</c> codes: 3 m, 4 em, 5 h, 6 eh, 7 d, 8 ed, 9 w,
/// 10 ew, 11 mo, 12 emo, 19 %, 20 e%; the same plus 32 (35 … 52) are the estimated ("?") forms.
/// Even codes are elapsed.
/// </summary>
public static class MspdiDurationFormat
{
    private const int EstimatedOffset = 32;

    /// <summary>
    /// The display a code stands for; null for codes outside the table. MS Project 2010 and later
    /// write 53 for the estimated default of a new task ("1 day?"): read as estimated days, written
    /// back as 39, which MS Project shows the same way.
    /// </summary>
    public static DurationDisplay? ToDisplay(int? code)
    {
        if (code is not { } c)
        {
            return null;
        }

        if (c == 53)
        {
            return new DurationDisplay(DurationUnit.Days, Estimated: true);
        }

        bool estimated = c is >= 35 and <= 52;
        int plain = estimated ? c - EstimatedOffset : c;
        DurationUnit? unit = plain switch
        {
            3 or 4 => DurationUnit.Minutes,
            5 or 6 => DurationUnit.Hours,
            7 or 8 => DurationUnit.Days,
            9 or 10 => DurationUnit.Weeks,
            11 or 12 => DurationUnit.Months,
            19 or 20 => DurationUnit.Percent,
            _ => null,
        };
        return unit is { } u ? new DurationDisplay(u, Elapsed: plain % 2 == 0, Estimated: estimated) : null;
    }

    /// <summary>The code of a display: the unit's working code, plus one when elapsed, plus 32 when estimated.</summary>
    public static int ToCode(DurationDisplay display)
    {
        int working = display.Unit switch
        {
            DurationUnit.Minutes => 3,
            DurationUnit.Hours => 5,
            DurationUnit.Weeks => 9,
            DurationUnit.Months => 11,
            DurationUnit.Percent => 19,
            _ => 7,
        };
        return working + (display.Elapsed ? 1 : 0) + (display.Estimated ? EstimatedOffset : 0);
    }
}
