namespace Gantry.Scheduling.Calendars;

/// <summary>
/// One compiled year: the shape of each day and the working minutes from 1 January to the start of each
/// day. Built on first use, then read-only, so concurrent readers never see it change.
/// </summary>
internal sealed class YearTable
{
    public YearTable(DayShape[] shapes)
    {
        Shapes = shapes;
        WorkBeforeDay = new int[shapes.Length + 1];
        for (var d = 0; d < shapes.Length; d++)
        {
            WorkBeforeDay[d + 1] = WorkBeforeDay[d] + shapes[d].Total;
        }
    }

    public DayShape[] Shapes { get; }

    /// <summary>Entry d = working minutes of the year before day d; the last entry is the year's total.</summary>
    public int[] WorkBeforeDay { get; }

    /// <summary>
    /// Last day of the year whose start has done less than <paramref name="work"/> (>= 1), i.e. the day in which
    /// that minute of work ends. Gallops from <paramref name="hint"/> in doubling steps, then bisects the bracket:
    /// O(log distance), which for the usual few-week jump is a handful of predictable comparisons.
    /// </summary>
    public int DayReaching(int work, int hint)
    {
        int low, high;
        if (WorkBeforeDay[hint] < work)
        {
            low = hint;
            high = Shapes.Length - 1;
            for (var step = 1; low + step <= high; step <<= 1)
            {
                if (WorkBeforeDay[low + step] >= work)
                {
                    high = low + step - 1;
                    break;
                }

                low += step;
            }
        }
        else
        {
            // Day 0 always qualifies because WorkBeforeDay[0] is 0 and work is at least 1.
            high = hint - 1;
            low = 0;
            for (var step = 1; high - step + 1 > 0; step <<= 1)
            {
                if (WorkBeforeDay[high - step + 1] < work)
                {
                    low = high - step + 1;
                    break;
                }

                high -= step;
            }
        }

        while (low < high)
        {
            var mid = (low + high + 1) >> 1;
            if (WorkBeforeDay[mid] < work)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }
}
