using Gantry.Interchange;
using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;

namespace Gantry.Cli.Commands;

/// <summary>
/// Turns the errors bad input can cause into one line on standard error and exit code 2, never a
/// stack trace: a planner needs to know what to fix in the file, not where our code was.
/// </summary>
public static class CliFailure
{
    public const int BadInput = 2;

    public static int Run(TextWriter error, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (Exception ex) when (ex is InterchangeException or ScheduleError or CalendarError or IOException or UnauthorizedAccessException or FormatException)
        {
            error.WriteLine("gantry: " + Describe(ex));
            return BadInput;
        }
    }

    private static string Describe(Exception ex) => ex switch
    {
        ScheduleError { ActivityIds.Count: > 0 } s => s.Message + " (activities: " + string.Join(" → ", s.ActivityIds.Take(20)) + (s.ActivityIds.Count > 20 ? " …" : string.Empty) + ")",
        _ => ex.Message,
    };
}
