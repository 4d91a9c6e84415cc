using Gantry.Core.Data;
using Gantry.Core.Schedules;
using Gantry.Scheduling;
using Gantry.Scheduling.Calendars;

namespace Gantry.Core.Demo;

/// <summary>
/// The demo programme of 滨江花园3号楼: a 12-storey residential block from piling to handover on a
/// six-day site week with China's holidays, with the MEP and façade subcontractors' work, progress
/// up to the data date 2026-06-01 and the approved contract baseline saved before work began.
/// </summary>
internal static class DemoSchedule
{
    private static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0);
    private static readonly DateTime DataDate = new(2026, 6, 1, 8, 0, 0);

    private static readonly string[] Wbs = ["前期与基础工程", "主体结构工程", "二次结构与砌体", "机电安装工程", "幕墙与外立面", "室内装饰装修", "室外工程与竣工验收"];

    // Code, name, WBS (1-based), working days, party (C contractor, M MEP subcontractor, F façade subcontractor), type.
    private static readonly (string Code, string Name, int Wbs, int Days, char Party, ActivityType Type)[] Rows =
    [
        ("M1000", "开工令", 1, 0, 'C', ActivityType.StartMilestone),
        ("A1010", "施工准备及临时设施", 1, 10, 'C', ActivityType.Task),
        ("A1020", "工程桩施工", 1, 24, 'C', ActivityType.Task),
        ("A1030", "桩基检测", 1, 8, 'C', ActivityType.Task),
        ("A1040", "基坑土方开挖及支护", 1, 18, 'C', ActivityType.Task),
        ("A1050", "基础垫层及防水", 1, 6, 'C', ActivityType.Task),
        ("A1060", "筏板基础钢筋混凝土", 1, 12, 'C', ActivityType.Task),
        ("A1070", "地下室墙柱及顶板", 1, 18, 'C', ActivityType.Task),
        ("A1080", "地下室外墙防水及回填", 1, 10, 'C', ActivityType.Task),
        ("M1090", "基础验收", 1, 0, 'C', ActivityType.FinishMilestone),
        ("A2010", "1-3层主体结构", 2, 21, 'C', ActivityType.Task),
        ("A2020", "4-6层主体结构", 2, 18, 'C', ActivityType.Task),
        ("A2030", "7-9层主体结构", 2, 18, 'C', ActivityType.Task),
        ("A2040", "10-12层主体结构", 2, 18, 'C', ActivityType.Task),
        ("A2050", "屋面结构及机房层", 2, 8, 'C', ActivityType.Task),
        ("M2060", "主体结构封顶", 2, 0, 'C', ActivityType.FinishMilestone),
        ("A2070", "主体结构验收", 2, 5, 'C', ActivityType.Task),
        ("A3010", "1-6层砌体工程", 3, 20, 'C', ActivityType.Task),
        ("A3020", "7-12层砌体工程", 3, 20, 'C', ActivityType.Task),
        ("A3030", "构造柱及圈梁", 3, 15, 'C', ActivityType.Task),
        ("A3040", "屋面防水及保温", 3, 10, 'C', ActivityType.Task),
        ("A4010", "机电预留预埋", 4, 60, 'M', ActivityType.Task),
        ("A4020", "给排水立管安装", 4, 25, 'M', ActivityType.Task),
        ("A4030", "电气桥架及配管", 4, 30, 'M', ActivityType.Task),
        ("A4040", "通风空调管道安装", 4, 28, 'M', ActivityType.Task),
        ("A4050", "消防喷淋及报警系统", 4, 30, 'M', ActivityType.Task),
        ("A4060", "电梯安装", 4, 35, 'M', ActivityType.Task),
        ("A4070", "变配电室设备安装", 4, 15, 'M', ActivityType.Task),
        ("A4080", "正式供电", 4, 2, 'M', ActivityType.Task),
        ("A4090", "机电系统联合调试", 4, 12, 'M', ActivityType.Task),
        ("A4100", "临时用电拆除", 4, 3, 'C', ActivityType.Task),
        ("A5010", "幕墙深化设计及报审", 5, 20, 'F', ActivityType.Task),
        ("A5020", "幕墙材料加工", 5, 25, 'F', ActivityType.Task),
        ("A5030", "幕墙埋件及龙骨安装", 5, 25, 'F', ActivityType.Task),
        ("A5040", "幕墙面板安装", 5, 30, 'F', ActivityType.Task),
        ("A5050", "外墙涂料及防水", 5, 15, 'F', ActivityType.Task),
        ("A5060", "外架拆除", 5, 8, 'C', ActivityType.Task),
        ("A5070", "幕墙四性检测", 5, 5, 'F', ActivityType.Task),
        ("A6010", "室内抹灰", 6, 25, 'C', ActivityType.Task),
        ("A6020", "楼地面找平", 6, 18, 'C', ActivityType.Task),
        ("A6030", "公共区域吊顶", 6, 15, 'C', ActivityType.Task),
        ("A6040", "户内门窗安装", 6, 20, 'C', ActivityType.Task),
        ("A6050", "公共区域精装修", 6, 30, 'C', ActivityType.Task),
        ("A6060", "厨卫防水及闭水试验", 6, 12, 'C', ActivityType.Task),
        ("A6070", "灯具洁具安装", 6, 15, 'M', ActivityType.Task),
        ("A6080", "室内保洁及成品保护", 6, 8, 'C', ActivityType.Task),
        ("A7010", "室外管网", 7, 20, 'M', ActivityType.Task),
        ("A7020", "道路及停车位", 7, 15, 'C', ActivityType.Task),
        ("A7030", "景观绿化", 7, 20, 'C', ActivityType.Task),
        ("A7040", "消防验收", 7, 5, 'C', ActivityType.Task),
        ("A7050", "节能及环保专项验收", 7, 5, 'C', ActivityType.Task),
        ("A7060", "规划验收", 7, 3, 'C', ActivityType.Task),
        ("A7070", "竣工预验收及整改", 7, 10, 'C', ActivityType.Task),
        ("A7080", "竣工验收", 7, 2, 'C', ActivityType.Task),
        ("A7090", "竣工资料移交", 7, 10, 'C', ActivityType.Task),
        ("M7100", "交付使用", 7, 0, 'C', ActivityType.FinishMilestone),
    ];

    // Predecessor, successor, type, lag in working days.
    private static readonly (string From, string To, RelationshipType Type, int Lag)[] Logic =
    [
        ("M1000", "A1010", RelationshipType.FinishToStart, 0), ("A1010", "A1020", RelationshipType.FinishToStart, 0),
        ("A1020", "A1030", RelationshipType.FinishToStart, 0), ("A1020", "A1040", RelationshipType.StartToStart, 10),
        ("A1030", "A1050", RelationshipType.FinishToStart, 0), ("A1040", "A1050", RelationshipType.FinishToStart, 0),
        ("A1050", "A1060", RelationshipType.FinishToStart, 0), ("A1060", "A1070", RelationshipType.FinishToStart, 0),
        ("A1070", "A1080", RelationshipType.FinishToStart, 0), ("A1080", "M1090", RelationshipType.FinishToStart, 0),
        ("A1070", "A2010", RelationshipType.FinishToStart, 0), ("A2010", "A2020", RelationshipType.FinishToStart, 0),
        ("A2020", "A2030", RelationshipType.FinishToStart, 0), ("A2030", "A2040", RelationshipType.FinishToStart, 0),
        ("A2040", "A2050", RelationshipType.FinishToStart, 0), ("A2050", "M2060", RelationshipType.FinishToStart, 0),
        ("M2060", "A2070", RelationshipType.FinishToStart, 0),
        ("A2020", "A3010", RelationshipType.FinishToStart, 5), ("A2040", "A3020", RelationshipType.FinishToStart, 5),
        ("A3010", "A3030", RelationshipType.StartToStart, 5), ("A3020", "A3030", RelationshipType.FinishToFinish, 3),
        ("A2050", "A3040", RelationshipType.FinishToStart, 0),
        ("A1060", "A4010", RelationshipType.StartToStart, 0), ("A2050", "A4010", RelationshipType.FinishToFinish, 0),
        ("A3010", "A4020", RelationshipType.StartToStart, 10), ("A3010", "A4030", RelationshipType.StartToStart, 10),
        ("A3020", "A4040", RelationshipType.StartToStart, 5), ("A4030", "A4050", RelationshipType.StartToStart, 10),
        ("M2060", "A4060", RelationshipType.FinishToStart, 0), ("A2070", "A4070", RelationshipType.FinishToStart, 0),
        ("A4070", "A4080", RelationshipType.FinishToStart, 0), ("A4080", "A4100", RelationshipType.StartToFinish, 0),
        ("A4050", "A4090", RelationshipType.FinishToStart, 0), ("A4040", "A4090", RelationshipType.FinishToStart, 0),
        ("A4060", "A4090", RelationshipType.FinishToStart, 0), ("A4080", "A4090", RelationshipType.FinishToStart, 0),
        ("A1010", "A5010", RelationshipType.FinishToStart, 0), ("A5010", "A5020", RelationshipType.FinishToStart, 0),
        ("A2030", "A5030", RelationshipType.FinishToStart, 0), ("A5020", "A5030", RelationshipType.FinishToStart, 0),
        ("A5030", "A5040", RelationshipType.StartToStart, 10), ("A5040", "A5050", RelationshipType.FinishToStart, 0),
        ("A5050", "A5060", RelationshipType.FinishToStart, 0), ("A5040", "A5070", RelationshipType.FinishToStart, 0),
        ("A3010", "A6010", RelationshipType.FinishToStart, 0), ("A3020", "A6010", RelationshipType.FinishToFinish, 10),
        ("A6010", "A6020", RelationshipType.StartToStart, 10), ("A6020", "A6060", RelationshipType.FinishToStart, 0),
        ("A6010", "A6030", RelationshipType.FinishToStart, 0), ("A4050", "A6030", RelationshipType.FinishToStart, 0),
        ("A6020", "A6040", RelationshipType.FinishToStart, 0), ("A6030", "A6050", RelationshipType.FinishToStart, 0),
        ("A6060", "A6070", RelationshipType.FinishToStart, 0), ("A6050", "A6080", RelationshipType.FinishToStart, 0),
        ("A6070", "A6080", RelationshipType.FinishToStart, 0), ("A4090", "A6080", RelationshipType.FinishToFinish, 0),
        ("A5060", "A7010", RelationshipType.FinishToStart, 0), ("A7010", "A7020", RelationshipType.FinishToStart, 0),
        ("A7010", "A7030", RelationshipType.StartToStart, 5), ("A4090", "A7040", RelationshipType.FinishToStart, 0),
        ("A5070", "A7050", RelationshipType.FinishToStart, 0), ("A7030", "A7060", RelationshipType.FinishToStart, 0),
        ("A6080", "A7070", RelationshipType.FinishToStart, 0), ("A7040", "A7070", RelationshipType.FinishToStart, 0),
        ("A7050", "A7070", RelationshipType.FinishToStart, 0), ("A7060", "A7070", RelationshipType.FinishToStart, 0),
        ("A7020", "A7070", RelationshipType.FinishToStart, 0), ("A7070", "A7080", RelationshipType.FinishToStart, 0),
        ("A7080", "A7090", RelationshipType.FinishToStart, 0), ("A7090", "M7100", RelationshipType.FinishToStart, 0),
    ];

    public static void Add(GantryDbContext db, Guid projectId, Guid contractor, Guid mep, Guid facade, Guid manager, string managerName, DateTime now)
    {
        var site = ProjectCalendar.Create(projectId, new CalendarInput
        {
            Name = "现场六天工作制（含法定节假日）",
            IncludeChinaHolidays = true,
            Rules = new CalendarRules
            {
                Week = CalendarRules.FromWeek(WorkWeek.Uniform(
                    [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
                    [new WorkingPeriod(480, 720), new WorkingPeriod(780, 1020)])),
                Exceptions =
                [
                    new ExceptionRule(new DateOnly(2026, 4, 21), new DateOnly(2026, 4, 22), [], "暴雨停工", CalendarExceptionReason.Weather),
                    new ExceptionRule(new DateOnly(2026, 7, 28), new DateOnly(2026, 7, 29), [], "台风停工", CalendarExceptionReason.Weather),
                ],
            },
        });
        var office = ProjectCalendar.Create(projectId, new CalendarInput
        {
            Name = "办公五天工作制（报审与检测）", IncludeChinaHolidays = true, Rules = CalendarRules.StandardWeek,
        });
        db.Calendars.AddRange(site, office);

        var settings = ScheduleSettings.Create(projectId, new ScheduleSettingsInput { ProjectStart = Start, DataDate = Start, DefaultCalendarId = site.Id });
        var nodes = Wbs.Select((name, i) => WbsNode.Create(projectId, null, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), name, i + 1)).ToList();
        db.WbsNodes.AddRange(nodes);

        var activities = Rows.Select((r, i) => Activity.Create(projectId, new ActivityInput
        {
            Code = r.Code, Name = r.Name, WbsId = nodes[r.Wbs - 1].Id, SortOrder = i + 1, Type = r.Type, OriginalDurationMinutes = r.Days * 480L,
            CalendarId = r.Code is "A5010" or "A1030" or "A5070" ? office.Id : null,
            ResponsibleOrganisationId = r.Party switch { 'M' => mep, 'F' => facade, _ => contractor },
            ConstraintType = r.Code == "M7100" ? ConstraintType.FinishNoLaterThan : null,
            ConstraintDate = r.Code == "M7100" ? new DateTime(2027, 6, 30, 17, 0, 0) : null,
        })).ToList();
        var byCode = activities.ToDictionary(a => a.Code);
        var links = Logic.Select(l => ActivityLink.Create(projectId, byCode[l.From].Id, byCode[l.To].Id, l.Type, l.Lag * 480.0, LagKind.Working)).ToList();
        var calendars = new List<ProjectCalendar> { site, office };

        // The contract programme before work began is the approved baseline.
        Schedule(settings, calendars, activities, links);
        var baseline = Baseline.Save(projectId, "合同总控计划", now, manager, managerName);
        baseline.Approve(now, manager, managerName);
        db.Baselines.Add(baseline);
        db.BaselineActivities.AddRange(activities.Select(a => BaselineActivity.Of(baseline.Id, a)));

        // Progress at the data date: what the plan finished is done, what straddles it is under way,
        // and the basement walls ran a week late after the April rain.
        foreach (var a in activities.Where(a => a.EarlyStart < DataDate))
        {
            var slip = a.Code == "A1070" ? 5 * 480L : 0;
            var finished = a.EarlyFinish <= DataDate && slip == 0;
            var done = finished ? a.OriginalDurationMinutes : Math.Max(0, a.OriginalDurationMinutes / 2);
            a.Change(a.ToInput() with
            {
                ActualStart = a.EarlyStart,
                ActualFinish = finished ? a.EarlyFinish : null,
                RemainingDurationMinutes = finished ? 0 : a.OriginalDurationMinutes - done + slip,
                PercentComplete = finished ? 100 : Math.Round(100.0 * done / Math.Max(1, a.OriginalDurationMinutes)),
            });
        }

        settings.Change(settings.ToInput() with { DataDate = DataDate });
        settings.CompareWith(baseline.Id);
        Schedule(settings, calendars, activities, links);
        db.ScheduleSettings.Add(settings);
        db.Activities.AddRange(activities);
        db.ActivityLinks.AddRange(links);
    }

    private static void Schedule(ScheduleSettings settings, List<ProjectCalendar> calendars, List<Activity> activities, List<ActivityLink> links)
    {
        var result = Scheduler.Schedule(ScheduleNetworkBuilder.Build(calendars, activities, links), settings.ToOptions());
        for (var i = 0; i < activities.Count; i++)
        {
            activities[i].ApplyResult(result.Activities[i]);
        }

        var driving = activities.Select((a, i) => (a.Id, Result: result.Activities[i])).ToDictionary(x => x.Id, x => x.Result.DrivingPredecessorIds);
        foreach (var link in links)
        {
            link.Driving = driving[link.SuccessorId].Contains(link.PredecessorId.ToString());
        }

        settings.Finish = result.ProjectFinish;
    }
}
