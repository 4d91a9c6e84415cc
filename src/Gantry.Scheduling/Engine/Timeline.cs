using System.Globalization;
using System.Runtime.CompilerServices;
using Gantry.Scheduling.Calendars;

namespace Gantry.Scheduling.Engine;

/// <summary>
/// A calendar unrolled into sorted working intervals with the working minutes before each, so
/// that every working-time question is one binary search. Built once per schedule from the
/// compiled calendar's working periods, for a window that grows on demand.
/// Conventions (shared with the calendar library): adding work that ends exactly on a period
/// end stays at that end (17:00, not 08:00 next morning); subtracting work that ends on a
/// period start stays at that start.
/// </summary>
internal sealed class Timeline
{
    private const long InitialSpanDays = 3 * 366;

    private static readonly long LowerLimit = Minutes.From(CalendarRange.FirstDate.ToDateTime(TimeOnly.MinValue));
    private static readonly long UpperLimit = Minutes.From(CalendarRange.LastDate.ToDateTime(TimeOnly.MinValue)) + Minutes.PerDay;

    private readonly WorkCalendar? periodsOn;
    private readonly string name;
    private long[] starts = [];
    private long[] ends = [];
    private long[] cumBefore = [];
    private long[] cumAfter = [];

    /// <summary>Per day of the window: the first interval that ends after the day's midnight.</summary>
    private int[] dayFirst = [];
    private int count;
    private long windowStart;
    private long windowEnd;

    /// <summary>Unrolls <paramref name="calendar"/> around the instant <paramref name="around"/>.</summary>
    public Timeline(WorkCalendar calendar, long around)
    {
        name = calendar.ToString();
        periodsOn = calendar;
        var day = Math.Clamp(around - (around % Minutes.PerDay), LowerLimit, UpperLimit);
        Build(
            Math.Max(LowerLimit, day - (InitialSpanDays * Minutes.PerDay / 3)),
            Math.Min(UpperLimit, day + (InitialSpanDays * Minutes.PerDay)));
    }

    private Timeline(string name)
    {
        this.name = name;
    }

    /// <summary>True when the calendar has no working minute in its first window (years around the project).</summary>
    public bool HasNoWork => periodsOn is not null && count == 0;

    /// <summary>Every minute works: the P6 24-hour lag calendar and elapsed durations.</summary>
    public static Timeline Continuous(string name) => new(name);

    public bool IsContinuous => periodsOn is null;

    public string Name => name;

    /// <summary>The instant itself when it is inside a working period, else the next period's start.</summary>
    public long NextWorkStart(long t)
    {
        if (periodsOn is null)
        {
            return t;
        }

        Ensure(t);
        var i = LastStartAtOrBefore(t);
        if (i >= 0 && t < ends[i])
        {
            return t;
        }

        while (i + 1 >= count)
        {
            Grow(forward: true);
            i = LastStartAtOrBefore(t);
        }

        return starts[i + 1];
    }

    /// <summary>The instant itself when it is inside or at the end of a working period, else the previous period's end.</summary>
    public long PreviousWorkEnd(long t)
    {
        if (periodsOn is null)
        {
            return t;
        }

        Ensure(t);
        var i = LastStartBefore(t);
        while (i < 0)
        {
            Grow(forward: false);
            i = LastStartBefore(t);
        }

        return t <= ends[i] ? t : ends[i];
    }

    /// <summary>
    /// <see cref="NextWorkStart"/> and then <see cref="AddWork"/> from there, with one interval
    /// look-up instead of two: the forward pass places nearly every task this way. The start is
    /// in <paramref name="start"/>, the finish is returned.
    /// </summary>
    public long AddWorkFromNextStart(long t, long minutes, out long start)
    {
        if (periodsOn is not null && minutes > 0 && t >= windowStart && t < windowEnd)
        {
            // The interval holding t, or else the next one: the work starts in it.
            var i = LastStartAtOrBefore(t);
            if (i < 0 || t >= ends[i])
            {
                i++;
            }

            if (i < count)
            {
                start = Math.Max(t, starts[i]);
                var target = cumBefore[i] + (start - starts[i]) + minutes;
                if (target <= cumAfter[count - 1])
                {
                    var j = FirstCumAfterAtLeast(target, i);
                    return starts[j] + (target - cumBefore[j]);
                }
            }
        }

        // No work, the continuous calendar, or the window must grow first: the two steps as they are.
        start = NextWorkStart(t);
        return AddWork(start, minutes);
    }

    /// <summary>
    /// <see cref="PreviousWorkEnd"/> and then <see cref="SubtractWork"/> from there, with one
    /// interval look-up instead of two: the backward pass places nearly every task this way. The
    /// finish is in <paramref name="end"/>, the start is returned.
    /// </summary>
    public long SubtractWorkFromPreviousEnd(long t, long minutes, out long end)
    {
        if (periodsOn is not null && minutes > 0 && t > windowStart && t < windowEnd)
        {
            // The last interval starting before t: the work ends in it, at t or at its end.
            var i = LastStartBefore(t);
            if (i >= 0)
            {
                end = Math.Min(t, ends[i]);
                var target = cumBefore[i] + (end - starts[i]) - minutes;
                if (target >= 0)
                {
                    var j = LastCumBeforeAtMost(target, i);
                    return starts[j] + (target - cumBefore[j]);
                }
            }
        }

        end = PreviousWorkEnd(t);
        return SubtractWork(end, minutes);
    }

    /// <summary>True when work happens in the minute starting at <paramref name="t"/>.</summary>
    public bool IsWorking(long t) => NextWorkStart(t) == t;

    /// <summary>Adds (or, when negative, subtracts) working minutes.</summary>
    /// <remarks>
    /// Most links have no lag, so the trivial case is a small method the JIT inlines at every
    /// call site; the look-up lives in <see cref="AddWorkOnCalendar"/>.
    /// </remarks>
    public long AddWork(long t, long minutes) => minutes == 0 || periodsOn is null ? t + minutes : AddWorkOnCalendar(t, minutes);

    /// <summary>Subtracts (or, when negative, adds) working minutes; inlined like <see cref="AddWork"/>.</summary>
    public long SubtractWork(long t, long minutes) => minutes == 0 || periodsOn is null ? t - minutes : SubtractWorkOnCalendar(t, minutes);

    private long AddWorkOnCalendar(long t, long minutes)
    {
        if (minutes < 0)
        {
            return SubtractWork(t, -minutes);
        }

        Ensure(t);
        var at = LastStartAtOrBefore(t);
        var target = WorkBefore(t, at) + minutes;
        while (count == 0 || cumAfter[count - 1] < target)
        {
            Grow(forward: true);
            at = LastStartAtOrBefore(t);
            target = WorkBefore(t, at) + minutes;
        }

        var i = FirstCumAfterAtLeast(target, Math.Max(0, at));
        return starts[i] + (target - cumBefore[i]);
    }

    private long SubtractWorkOnCalendar(long t, long minutes)
    {
        if (minutes < 0)
        {
            return AddWork(t, -minutes);
        }

        Ensure(t);
        var at = LastStartAtOrBefore(t);
        var target = WorkBefore(t, at) - minutes;
        while (target < 0 || count == 0)
        {
            Grow(forward: false);
            at = LastStartAtOrBefore(t);
            target = WorkBefore(t, at) - minutes;
        }

        var i = LastCumBeforeAtMost(target, Math.Max(0, at));
        return starts[i] + (target - cumBefore[i]);
    }

    /// <summary>Working minutes from <paramref name="from"/> to <paramref name="to"/>; negative when to is earlier.</summary>
    public long WorkBetween(long from, long to)
    {
        // Equal instants are the common case (a driving link, a zero-float activity): no look-up.
        if (periodsOn is null || from == to)
        {
            return to - from;
        }

        Ensure(from);
        Ensure(to);
        return WorkBefore(to) - WorkBefore(from);
    }

    private long WorkBefore(long t) => WorkBefore(t, LastStartAtOrBefore(t));

    /// <summary>Working minutes in the window before t, given the last interval starting at or before t.</summary>
    private long WorkBefore(long t, int i) => i < 0 ? 0 : cumBefore[i] + Math.Min(t, ends[i]) - starts[i];

    private void Ensure(long t)
    {
        while (t < windowStart)
        {
            Grow(forward: false);
        }

        while (t >= windowEnd)
        {
            Grow(forward: true);
        }
    }

    private void Grow(bool forward)
    {
        var span = windowEnd - windowStart;
        var newStart = forward ? windowStart : Math.Max(LowerLimit, windowStart - span);
        var newEnd = forward ? Math.Min(UpperLimit, windowEnd + span) : windowEnd;
        if (newStart == windowStart && newEnd == windowEnd)
        {
            throw new ScheduleError(
                ScheduleErrorKind.DateOutOfRange,
                EngineText.Format("NoWorkInRange", name),
                []);
        }

        Build(newStart, newEnd);
    }

    private void Build(long from, long to)
    {
        var s = new List<long>(count + 64);
        var e = new List<long>(count + 64);
        var day = DateOnly.FromDateTime(Minutes.ToDateTime(from));
        for (var dayStart = from; dayStart < to; dayStart += Minutes.PerDay, day = day.AddDays(1))
        {
            foreach (var period in periodsOn!.PeriodsOn(day))
            {
                var absStart = dayStart + period.StartMinute;
                var absEnd = dayStart + period.EndMinute;
                if (e.Count > 0 && e[^1] == absStart)
                {
                    // A night shift ending at 24:00 and continuing at 00:00 is one stretch of work.
                    e[^1] = absEnd;
                }
                else
                {
                    s.Add(absStart);
                    e.Add(absEnd);
                }
            }
        }

        windowStart = from;
        windowEnd = to;
        count = s.Count;
        starts = [.. s];
        ends = [.. e];
        cumBefore = new long[count];
        cumAfter = new long[count];
        long sum = 0;
        for (var i = 0; i < count; i++)
        {
            cumBefore[i] = sum;
            sum += ends[i] - starts[i];
            cumAfter[i] = sum;
        }

        var days = (int)((to - from) / Minutes.PerDay);
        dayFirst = new int[days + 1];
        var next = 0;
        for (var d = 0; d <= days; d++)
        {
            var midnight = from + (d * Minutes.PerDay);
            while (next < count && ends[next] <= midnight)
            {
                next++;
            }

            dayFirst[d] = next;
        }
    }

    /// <summary>The last interval starting at or before t (-1 if none): the day index, then a few steps.</summary>
    /// <remarks>Every working-time question starts here, so it is inlined into each.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int LastStartAtOrBefore(long t)
    {
        if (t < windowStart)
        {
            return -1;
        }

        if (t >= windowEnd)
        {
            return count - 1;
        }

        var i = dayFirst[(int)((t - windowStart) / Minutes.PerDay)];
        while (i < count && starts[i] <= t)
        {
            i++;
        }

        return i - 1;
    }

    private int LastStartBefore(long t) => LastStartAtOrBefore(t - 1);

    /// <summary>The first interval whose cumulative work reaches target, galloping forward from a hint.</summary>
    private int FirstCumAfterAtLeast(long target, int hint)
    {
        if (cumAfter[hint] >= target)
        {
            return hint;
        }

        int low = hint, step = 1;
        while (low + step < count && cumAfter[low + step] < target)
        {
            low += step;
            step <<= 1;
        }

        int lo = low + 1, hi = Math.Min(count - 1, low + step), found = hi;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumAfter[mid] >= target)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return found;
    }

    /// <summary>The last interval whose work before it is at most target, galloping back from a hint.</summary>
    private int LastCumBeforeAtMost(long target, int hint)
    {
        if (cumBefore[hint] <= target)
        {
            return hint;
        }

        int high = hint, step = 1;
        while (high - step >= 0 && cumBefore[high - step] > target)
        {
            high -= step;
            step <<= 1;
        }

        int lo = Math.Max(0, high - step), hi = high - 1, found = lo;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumBefore[mid] <= target)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
