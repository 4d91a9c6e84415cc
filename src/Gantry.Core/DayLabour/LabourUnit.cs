namespace Gantry.Core.DayLabour;

/// <summary>Day labour is paid by the hour or by the day (工日).</summary>
public enum LabourUnit
{
    Hours = 1,
    Days = 2,
}
