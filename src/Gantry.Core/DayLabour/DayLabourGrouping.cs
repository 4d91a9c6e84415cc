namespace Gantry.Core.DayLabour;

/// <summary>How the day-labour summary groups approved tickets.</summary>
public enum DayLabourGrouping
{
    Crew = 1,
    Subcontractor = 2,
    Trade = 3,
    Activity = 4,
    Wbs = 5,
    Reason = 6,
    Day = 7,
    Week = 8,
    Month = 9,
}
