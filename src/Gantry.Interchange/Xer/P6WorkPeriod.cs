namespace Gantry.Interchange.Xer;

/// <summary>
/// Working time within one day, in minutes after midnight. The end is exclusive, so 08:00–12:00
/// is [480, 720) and a full 24-hour day is [0, 1440): P6 writes that day as <c>s|00:00|f|00:00</c>.
/// </summary>
public readonly record struct P6WorkPeriod(int StartMinute, int EndMinute)
{
    public int Minutes => EndMinute - StartMinute;
}
