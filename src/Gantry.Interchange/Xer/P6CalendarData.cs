namespace Gantry.Interchange.Xer;

/// <summary>
/// The working time a P6 calendar defines (the <c>clndr_data</c> field): periods for each day of
/// the week and exception days. Days of the week are indexed as <see cref="DayOfWeek"/> (Sunday = 0);
/// P6 numbers them 1 = Sunday … 7 = Saturday.
/// </summary>
public sealed class P6CalendarData
{
    private readonly IReadOnlyList<P6WorkPeriod>[] _week;

    public P6CalendarData(IReadOnlyList<P6WorkPeriod>[] week, IReadOnlyList<P6CalendarExceptionDay> exceptions)
    {
        if (week.Length != 7)
        {
            throw new ArgumentException("A work week has seven days.", nameof(week));
        }

        _week = week;
        Exceptions = exceptions;
    }

    /// <summary>The periods worked on this day of the week; empty for a non-working day.</summary>
    public IReadOnlyList<P6WorkPeriod> WorkWeek(DayOfWeek day) => _week[(int)day];

    public IReadOnlyList<P6CalendarExceptionDay> Exceptions { get; }

    /// <summary>True when the calendar text had no work week (a resource calendar that inherits it).</summary>
    public bool HasWorkWeek => Array.Exists(_week, d => d.Count > 0);

    /// <summary>
    /// Reads either form P6 writes: the nested <c>(0||CalendarData()(…))</c> text or the XML of
    /// newer versions. Throws <see cref="FormatException"/> saying what is wrong.
    /// </summary>
    public static P6CalendarData Parse(string text)
    {
        ReadOnlySpan<char> trimmed = text.AsSpan().TrimStart();
        if (trimmed.IsEmpty)
        {
            return new P6CalendarData(EmptyWeek(), []);
        }

        return trimmed[0] == '<' ? P6CalendarXml.Parse(text) : P6CalendarText.Parse(text);
    }

    internal static IReadOnlyList<P6WorkPeriod>[] EmptyWeek()
    {
        var week = new IReadOnlyList<P6WorkPeriod>[7];
        Array.Fill(week, []);
        return week;
    }
}
