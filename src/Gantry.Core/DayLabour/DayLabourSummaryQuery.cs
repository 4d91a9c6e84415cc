namespace Gantry.Core.DayLabour;

/// <summary>The summary's grouping and date range (inclusive; open-ended when null).</summary>
public sealed record DayLabourSummaryQuery
{
    public DayLabourGrouping Grouping { get; init; } = DayLabourGrouping.Crew;

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
}
