namespace Gantry.BrowserTests.Gantt;

/// <summary>Schedules the Gantt tests and the benchmark feed to the renderer.</summary>
public static class GanttPayloads
{
    /// <summary>
    /// Six rows: WBS 1 (id 10) holding WBS 1.1 (id 11) with A1010 (critical) and A1020 (float of
    /// five days, a baseline), then the finish milestone M1 and a level-of-effort row in WBS 1.
    /// </summary>
    public static GanttSchedule Small() => new(
        ProjectId: 1,
        ProjectCode: "BJHY-3",
        DataDate: "2026-03-02T08:00:00",
        MinutesPerDay: 480,
        Finish: "2026-03-13T17:00:00",
        Wbs: [new(10, null, "1", "主体结构", 1), new(11, 10, "1.1", "基础", 1)],
        Activities:
        [
            new GanttActivity
            {
                Id = 1, Code = "A1010", Name = "基础垫层", WbsId = 11, SortOrder = 1, OriginalDurationMinutes = 2400, RemainingDurationMinutes = 2400,
                Start = "2026-03-02T08:00:00", Finish = "2026-03-06T17:00:00", EarlyStart = "2026-03-02T08:00:00", EarlyFinish = "2026-03-06T17:00:00",
                LateStart = "2026-03-02T08:00:00", LateFinish = "2026-03-06T17:00:00", Critical = true,
            },
            new GanttActivity
            {
                Id = 2, Code = "A1020", Name = "Formwork", WbsId = 11, SortOrder = 2, OriginalDurationMinutes = 2400, RemainingDurationMinutes = 2400,
                Start = "2026-03-09T08:00:00", Finish = "2026-03-13T17:00:00", EarlyStart = "2026-03-09T08:00:00", EarlyFinish = "2026-03-13T17:00:00",
                LateStart = "2026-03-16T08:00:00", LateFinish = "2026-03-20T17:00:00", TotalFloatMinutes = 2400, FreeFloatMinutes = 2400,
                BaselineStart = "2026-03-03T08:00:00", BaselineFinish = "2026-03-10T17:00:00",
            },
            new GanttActivity
            {
                Id = 3, Code = "M1", Name = "Structure complete", WbsId = 10, SortOrder = 1, Type = "FinishMilestone",
                Start = "2026-03-13T17:00:00", Finish = "2026-03-13T17:00:00", Critical = true,
            },
            new GanttActivity
            {
                Id = 4, Code = "L1", Name = "Site management", WbsId = 10, SortOrder = 2, Type = "LevelOfEffort",
                Start = "2026-03-02T08:00:00", Finish = "2026-03-13T17:00:00", OriginalDurationMinutes = 4800, RemainingDurationMinutes = 4800,
            },
        ],
        Links: [new(500, 1, 2, "FS", 0, true), new(501, 2, 3, "FS", 0, false), new(502, 1, 4, "SS", 0, false)]);

    /// <summary>
    /// A generated schedule: WBS groups of 50 activities, each group a finish-to-start chain that
    /// starts where the previous group's first activity finished, every fourth chain critical, with
    /// baselines two days earlier. Dates step in calendar days (the renderer draws, it does not schedule).
    /// </summary>
    public static GanttSchedule Generated(int activityCount)
    {
        const int perGroup = 50;
        var origin = new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Unspecified);
        var wbs = new List<GanttWbs>();
        var activities = new List<GanttActivity>(activityCount);
        var links = new List<GanttLink>(activityCount);
        var previousFinish = origin;
        var groupFirstFinish = origin;
        for (var i = 0; i < activityCount; i++)
        {
            var group = i / perGroup;
            var first = i % perGroup == 0;
            if (first)
            {
                wbs.Add(new GanttWbs(100_000 + group, null, $"W{group + 1}", $"Work package {group + 1}", group));
            }

            // A group starts the day after the previous group's first activity finished.
            var start = i == 0 ? origin : (first ? groupFirstFinish : previousFinish).Date.AddDays(1).AddHours(8);
            var days = 1 + (i * 7 % 9);
            var finish = start.Date.AddDays(days - 1).AddHours(17);
            var critical = group % 4 == 0;
            var floatDays = critical ? 0 : 1 + (group % 5);
            activities.Add(new GanttActivity
            {
                Id = i + 1, Code = $"A{i + 1:D5}", Name = $"Activity {i + 1}", WbsId = 100_000 + group, SortOrder = i % perGroup,
                OriginalDurationMinutes = days * 480, RemainingDurationMinutes = days * 480,
                Start = PayloadDates.Iso(start), Finish = PayloadDates.Iso(finish), EarlyStart = PayloadDates.Iso(start), EarlyFinish = PayloadDates.Iso(finish),
                LateStart = PayloadDates.Iso(start.AddDays(floatDays)), LateFinish = PayloadDates.Iso(finish.AddDays(floatDays)),
                TotalFloatMinutes = floatDays * 480, Critical = critical,
                BaselineStart = PayloadDates.Iso(start.AddDays(-2)), BaselineFinish = PayloadDates.Iso(finish.AddDays(-2)),
            });
            if (!first)
            {
                links.Add(new GanttLink(i, i, i + 1, "FS", 0, true));
            }
            else if (i > 0)
            {
                links.Add(new GanttLink(i, i + 1 - perGroup, i + 1, "FS", 0, false));
            }

            if (first)
            {
                groupFirstFinish = finish;
            }

            previousFinish = finish;
        }

        return new GanttSchedule(2, "GEN", PayloadDates.Iso(origin), 480, activities[^1].Finish, wbs, activities, links);
    }
}
