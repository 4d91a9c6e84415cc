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

    /// <summary>Last day of the year whose start has done less than <paramref name="work"/> minutes, i.e. the day in which that minute of work ends.</summary>
    public int DayReaching(int work)
    {
        // Binary search for the last index with WorkBeforeDay[index] < work; index 0 always qualifies because work >= 1.
        int low = 0, high = Shapes.Length - 1;
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
