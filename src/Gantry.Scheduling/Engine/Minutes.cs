using Gantry.Scheduling.Calendars;

namespace Gantry.Scheduling.Engine;

/// <summary>
/// The engine counts time as whole minutes since 0001-01-01 00:00 in a <c>long</c>: P6 and
/// MS Project never schedule below a minute, and integer minutes make every comparison exact.
/// </summary>
internal static class Minutes
{
    /// <summary>Marks "no date" in the engine's arrays.</summary>
    public const long None = long.MinValue;

    public const long PerDay = 1440;

    /// <summary>Earliest supported instant: the calendars' range starts in 1900.</summary>
    public static readonly long Min = From(CalendarRange.FirstDate.ToDateTime(TimeOnly.MinValue));

    /// <summary>Latest supported instant: the calendars' range ends with 2200.</summary>
    public static readonly long Max = From(CalendarRange.LastDate.ToDateTime(TimeOnly.MaxValue));

    public static long From(DateTime value) => value.Ticks / TimeSpan.TicksPerMinute;

    public static long From(DateTime? value) => value is { } v ? From(v) : None;

    public static DateTime ToDateTime(long minutes) => new(minutes * TimeSpan.TicksPerMinute, DateTimeKind.Unspecified);

    public static DateTime? ToNullableDateTime(long minutes) => minutes == None ? null : ToDateTime(minutes);
}
