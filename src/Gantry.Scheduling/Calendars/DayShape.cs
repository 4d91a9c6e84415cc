namespace Gantry.Scheduling.Calendars;

/// <summary>
/// The working periods of one kind of day, with the working minutes before each period precomputed so
/// that "work done by minute m" and "minute where the k-th working minute ends" are short loops.
/// </summary>
internal sealed class DayShape
{
    private readonly int[] starts;
    private readonly int[] ends;
    private readonly int[] before;

    public DayShape(WorkingPeriod[] periods)
    {
        Periods = periods;
        starts = new int[periods.Length];
        ends = new int[periods.Length];
        before = new int[periods.Length];
        var sum = 0;
        for (var i = 0; i < periods.Length; i++)
        {
            starts[i] = periods[i].StartMinute;
            ends[i] = periods[i].EndMinute;
            before[i] = sum;
            sum += periods[i].Minutes;
        }

        Total = sum;
    }

    public static DayShape NonWorking { get; } = new([]);

    public WorkingPeriod[] Periods { get; }

    /// <summary>Working minutes in the whole day.</summary>
    public int Total { get; }

    /// <summary>Working minutes from midnight up to (not including) minute <paramref name="minute"/> of the day.</summary>
    public int WorkBefore(int minute)
    {
        for (var i = 0; i < starts.Length; i++)
        {
            if (minute <= starts[i])
            {
                return before[i];
            }

            if (minute < ends[i])
            {
                return before[i] + minute - starts[i];
            }
        }

        return Total;
    }

    /// <summary>The minute of the day at which the <paramref name="work"/>-th working minute ends (1 &lt;= work &lt;= Total).</summary>
    public int MinuteWhenDone(int work)
    {
        var i = starts.Length - 1;
        while (before[i] >= work)
        {
            i--;
        }

        return starts[i] + work - before[i];
    }

    public bool IsWorking(int minute)
    {
        for (var i = 0; i < starts.Length; i++)
        {
            if (minute < ends[i])
            {
                return minute >= starts[i];
            }
        }

        return false;
    }
}
