using Gantry.Interchange.Excel;
using Gantry.Scheduling;

namespace Gantry.Interchange.Tests.Excel;

/// <summary>A small schedule using every input the Excel sheet carries, for export and round-trip tests.</summary>
public static class SampleSchedules
{
    private static readonly DateTime Monday = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Unspecified);

    public static (ImportedSchedule Schedule, ScheduleDetails Details) Mixed()
    {
        ScheduleActivity[] activities =
        [
            new() { Id = "S1", Code = "S1", Name = "土建 Civil works", Type = ActivityType.WbsSummary },
            new() { Id = "A1000", Code = "A1000", Name = "开工 Notice to proceed", Type = ActivityType.StartMilestone, ParentId = "S1", ActualStart = Monday, ActualFinish = Monday, RemainingDurationMinutes = 0, PercentComplete = 100 },
            new() { Id = "A1010", Code = "A1010", Name = "场地平整, \"site\" clearance", OriginalDurationMinutes = 2400, RemainingDurationMinutes = 1200, PercentComplete = 50, ActualStart = Monday, ParentId = "S1", CalendarId = "Standard" },
            new() { Id = "A1020", Code = "A1020", Name = "基础开挖 Excavation", OriginalDurationMinutes = 4800, CalendarId = "China", ParentId = "S1", PrimaryConstraint = new ScheduleConstraint(ConstraintType.StartNoEarlierThan, Monday.AddDays(7)) },
            new() { Id = "A1030", Code = "A1030", Name = "养护 Curing", OriginalDurationMinutes = 487, CalendarId = "24-hour" },
            new() { Id = "A1040", Code = "A1040", Name = "Steel", OriginalDurationMinutes = 7200, CalendarId = "6-day", PrimaryConstraint = new ScheduleConstraint(ConstraintType.AsLateAsPossible) },
            new() { Id = "A1050", Code = "A1050", Name = "Handover", Type = ActivityType.FinishMilestone, PrimaryConstraint = new ScheduleConstraint(ConstraintType.FinishNoLaterThan, new DateTime(2026, 6, 30, 17, 0, 0, DateTimeKind.Unspecified)) },
            new() { Id = "L1", Code = "L1", Name = "Site management", Type = ActivityType.LevelOfEffort, CalendarId = "7-day" },
        ];
        ScheduleRelationship[] links =
        [
            new() { PredecessorId = "A1000", SuccessorId = "A1010" },
            new() { PredecessorId = "A1010", SuccessorId = "A1020", Lag = 960 },
            new() { PredecessorId = "A1020", SuccessorId = "A1030", Type = RelationshipType.StartToStart, Lag = 50, LagKind = LagKind.Percent },
            new() { PredecessorId = "A1030", SuccessorId = "A1040", Lag = 720 },
            new() { PredecessorId = "A1020", SuccessorId = "A1040", Type = RelationshipType.FinishToFinish, Lag = 2880, LagKind = LagKind.Elapsed },
            new() { PredecessorId = "A1040", SuccessorId = "A1050", Lag = -480 },
            new() { PredecessorId = "A1000", SuccessorId = "L1", Type = RelationshipType.StartToStart },
            new() { PredecessorId = "L1", SuccessorId = "A1050", Type = RelationshipType.FinishToFinish },
        ];
        var calendars = BuiltInCalendars.All.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var schedule = new ImportedSchedule
        {
            Source = "sample",
            Convention = SchedulingConvention.PrimaveraP6,
            WrittenBy = "test",
            Network = new ScheduleNetwork { Activities = activities, Relationships = links, Calendars = BuiltInCalendars.All },
            Options = new ScheduleOptions { ProjectStart = Monday, DataDate = Monday.AddDays(2), MustFinishBy = new DateTime(2026, 7, 31, 17, 0, 0, DateTimeKind.Unspecified), DefaultCalendarId = BuiltInCalendars.Standard },
            Calendars = calendars,
            Stored = [],
            Notes = [],
        };
        var details = new ScheduleDetails(
        [
            new ActivityDetails { Id = "S1", WbsCode = "1" },
            new ActivityDetails { Id = "A1000", WbsCode = "1.1" },
            new ActivityDetails { Id = "A1010", WbsCode = "1.1", Resources = ["推土机", "Crew A"], Budget = 12500.25m, PlannedStart = Monday, PlannedFinish = Monday.AddDays(4).AddHours(9) },
            new ActivityDetails { Id = "A1020", WbsCode = "1.2", Budget = 80000m },
        ], hasResourceData: true, hasBaseline: true);
        return (schedule, details);
    }
}
