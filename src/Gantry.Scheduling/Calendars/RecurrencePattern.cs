namespace Gantry.Scheduling.Calendars;

/// <summary>How a recurring exception repeats; one value per form MS Project offers (MSPDI Exception/Type).</summary>
public enum RecurrencePattern
{
    /// <summary>Every <c>Interval</c> days (MSPDI Type 1 with interval 1, Type 7 with Period).</summary>
    Daily,

    /// <summary>Every <c>Interval</c> weeks on <c>DaysOfWeek</c> (MSPDI Type 6).</summary>
    Weekly,

    /// <summary>Day <c>DayOfMonth</c> of every <c>Interval</c> months (MSPDI Type 4).</summary>
    MonthlyByDay,

    /// <summary>The <c>Position</c> <c>DayKind</c> of every <c>Interval</c> months, e.g. the second Tuesday (MSPDI Type 5).</summary>
    MonthlyByWeekday,

    /// <summary>Every year on <c>Month</c>/<c>DayOfMonth</c> (MSPDI Type 2).</summary>
    YearlyByDate,

    /// <summary>Every year on the <c>Position</c> <c>DayKind</c> of <c>Month</c>, e.g. the last Monday of May (MSPDI Type 3).</summary>
    YearlyByWeekday,
}
