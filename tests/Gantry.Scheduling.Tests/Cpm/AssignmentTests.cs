using Gantry.Scheduling.Calendars;
using Xunit;
using static Gantry.Scheduling.Tests.Cpm.NetworkBuilder;

namespace Gantry.Scheduling.Tests.Cpm;

/// <summary>
/// Activities placed by their resource assignments, each on the resource's own calendar, as MS
/// Project does (and P6 for resource-dependent activities). The project starts Monday 2024-01-08
/// 08:00; the day shift works the standard week, the night shift 22:00-06:00 from Monday evening
/// to Saturday morning.
/// </summary>
public class AssignmentTests
{
    private const int Hour = 60;

    private static readonly CalendarDefinition NightShift = new()
    {
        Id = "night",
        WorkWeek = new WorkWeek(new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>
        {
            [DayOfWeek.Monday] = [new WorkingPeriod(22 * Hour, 24 * Hour)],
            [DayOfWeek.Tuesday] = [new WorkingPeriod(0, 6 * Hour), new WorkingPeriod(22 * Hour, 24 * Hour)],
            [DayOfWeek.Wednesday] = [new WorkingPeriod(0, 6 * Hour), new WorkingPeriod(22 * Hour, 24 * Hour)],
            [DayOfWeek.Thursday] = [new WorkingPeriod(0, 6 * Hour), new WorkingPeriod(22 * Hour, 24 * Hour)],
            [DayOfWeek.Friday] = [new WorkingPeriod(0, 6 * Hour), new WorkingPeriod(22 * Hour, 24 * Hour)],
            [DayOfWeek.Saturday] = [new WorkingPeriod(0, 6 * Hour)],
        }),
    };

    private static ScheduleAssignment DayShift(long hours, double units = 1) => new() { ResourceId = "day", CalendarId = "standard", RemainingWorkMinutes = hours * Hour, Units = units };

    private static ScheduleAssignment NightShiftWork(long hours, double units = 1) => new() { ResourceId = "night", CalendarId = "night", RemainingWorkMinutes = hours * Hour, Units = units };

    private static ScheduleActivity Task(string id, params ScheduleAssignment[] assignments) => new() { Id = id, OriginalDurationMinutes = Day, Assignments = assignments };

    private static NetworkBuilder Calendars() => new NetworkBuilder().StandardCalendar("standard").Calendar(NightShift);

    [Fact]
    public void ActivitySpansItsDayAndNightAssignments()
    {
        var r = Calendars().Add(Task("A", DayShift(16), NightShiftWork(16))).Schedule();

        // Day: Monday and Tuesday. Night: Mon 22-24, Tue 0-6, Tue 22-24, Wed 0-6.
        ScheduleAssert.Early(r["A"], "2024-01-08 08:00", "2024-01-10 06:00");
    }

    [Fact]
    public void ActivityOnlyOnTheNightShiftStartsWhenTheShiftBegins()
    {
        var r = Calendars().Add(Task("A", NightShiftWork(8))).Schedule();

        ScheduleAssert.Early(r["A"], "2024-01-08 22:00", "2024-01-09 06:00");
    }

    [Fact]
    public void HalfTimeUnitsTakeTwiceTheWorkingTime()
    {
        var r = Calendars().Add(Task("A", DayShift(8, units: 0.5))).Schedule();

        ScheduleAssert.Early(r["A"], "2024-01-08 08:00", "2024-01-09 17:00");
    }

    [Fact]
    public void StoredAssignmentDurationReplacesWorkOverUnits()
    {
        var contoured = new ScheduleAssignment { CalendarId = "standard", RemainingWorkMinutes = 8 * Hour, DurationMinutes = 24 * Hour };

        var r = Calendars().Add(Task("A", contoured)).Schedule();

        ScheduleAssert.Early(r["A"], "2024-01-08 08:00", "2024-01-10 17:00");
    }

    [Fact]
    public void AssignmentWithoutCalendarWorksTheActivityCalendar()
    {
        var onNights = new ScheduleActivity { Id = "A", CalendarId = "night", Assignments = [new ScheduleAssignment { RemainingWorkMinutes = 8 * Hour }] };

        var r = Calendars().Add(onNights).Schedule();

        ScheduleAssert.Early(r["A"], "2024-01-08 22:00", "2024-01-09 06:00");
    }

    [Fact]
    public void SuccessorWaitsForTheNightShiftAndTheLateFinishIsTheNightFinish()
    {
        var r = Calendars().Add(Task("A", DayShift(16), NightShiftWork(16))).Task("B", 1).Link("A", "B").Schedule();

        ScheduleAssert.Early(r["B"], "2024-01-10 08:00", "2024-01-10 17:00");

        // Backward from B's late start Wednesday 08:00: the night work must end by Wednesday 06:00,
        // the day work by Tuesday 17:00, so nothing floats.
        ScheduleAssert.Late(r["A"], "2024-01-08 08:00", "2024-01-10 06:00");
        Assert.Equal(0, r["A"].TotalFloatMinutes);
    }

    [Fact]
    public void LateDatesPlaceEachAssignmentBackFromTheLateFinishOnItsOwnCalendar()
    {
        var r = Calendars().Add(Task("A", DayShift(8), NightShiftWork(16))).Task("Long", 5).Schedule();

        // Project finish Friday 17:00: the day work may run all Friday, the night work must end at
        // Friday 06:00 and so start Wednesday 22:00; the activity spans both.
        ScheduleAssert.Late(r["A"], "2024-01-10 22:00", "2024-01-12 17:00");
    }

    [Fact]
    public void AsLateAsPossibleActivityMovesItsNightWorkToTheLastNightBeforeTheFinish()
    {
        var late = new ScheduleActivity { Id = "A", PrimaryConstraint = new ScheduleConstraint(ConstraintType.AsLateAsPossible), Assignments = [NightShiftWork(8)] };

        var r = Calendars().Add(late).Task("Long", 5).Schedule();

        ScheduleAssert.Early(r["A"], "2024-01-11 22:00", "2024-01-12 06:00");
    }

    [Fact]
    public void MilestoneIgnoresItsAssignments()
    {
        var milestone = new ScheduleActivity { Id = "M", Type = ActivityType.FinishMilestone, Assignments = [NightShiftWork(8)] };

        var r = Calendars().Task("A", 2).Add(milestone).Link("A", "M").Schedule();

        ScheduleAssert.Early(r["M"], "2024-01-09 17:00", "2024-01-09 17:00");
    }

    [Fact]
    public void ZeroUnitsAreRejectedNamingTheActivity()
    {
        var error = Assert.Throws<ScheduleError>(() => Calendars().Add(Task("A", DayShift(8, units: 0))).Schedule());

        Assert.Equal(ScheduleErrorKind.InvalidInput, error.Kind);
        Assert.Contains("'A'", error.Message, StringComparison.Ordinal);
        Assert.Contains("units", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownResourceCalendarIsAMissingCalendar()
    {
        var lost = new ScheduleAssignment { CalendarId = "weekend", RemainingWorkMinutes = 8 * Hour };

        var error = Assert.Throws<ScheduleError>(() => Calendars().Add(Task("A", lost)).Schedule());

        Assert.Equal(ScheduleErrorKind.MissingCalendar, error.Kind);
        Assert.Contains("weekend", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SessionLinkEditPlacesAssignmentsAsAFullRescheduleDoes()
    {
        var builder = Calendars().Task("P", 1).Add(Task("A", DayShift(16), NightShiftWork(16))).Task("B", 1).Link("P", "A").Link("A", "B");
        var session = new ScheduleSession(builder.Build(), new ScheduleOptions { ProjectStart = At("2024-01-08 08:00"), DefaultCalendarId = "standard" });

        session.SetRelationship("P", "A", RelationshipType.FinishToStart, 2 * Day);

        var full = Calendars().Task("P", 1).Add(Task("A", DayShift(16), NightShiftWork(16))).Task("B", 1).Link("P", "A", lagDays: 2).Link("A", "B").Schedule();
        foreach (var id in new[] { "P", "A", "B" })
        {
            ScheduleAssert.Dates(session[id], Show(full[id].EarlyStart), Show(full[id].EarlyFinish), Show(full[id].LateStart), Show(full[id].LateFinish));
        }

        // P ends Monday 17:00, two days of lag to Wednesday 17:00: the night work starts that
        // evening at 22:00 and ends Friday 06:00, the day work runs Thursday and Friday.
        ScheduleAssert.Early(session["A"], "2024-01-10 22:00", "2024-01-12 17:00");
    }

    [Fact]
    public void SessionRefusesToSetTheDurationOfAnActivityItsAssignmentsDrive()
    {
        var network = Calendars().Add(Task("A", DayShift(8))).Build();
        var session = new ScheduleSession(network, new ScheduleOptions { ProjectStart = At("2024-01-08 08:00"), DefaultCalendarId = "standard" });

        var error = Assert.Throws<ScheduleError>(() => session.SetDuration("A", 2 * Day));

        Assert.Contains("assignments", error.Message, StringComparison.Ordinal);
    }
}
