using System.Globalization;

namespace Gantry.Interchange.Xer;

/// <summary>
/// Reads the parts of an XER file the engine does not schedule with but a planner keeps: the
/// project's name, the WBS, resources and their rates, assignments, expenses, activity codes and
/// user-defined fields, all under the keys the file uses so that a rewrite keeps them.
/// </summary>
internal static class XerDetailsMapper
{
    private static readonly HashSet<string> Regenerated = new(StringComparer.Ordinal) { "RSRCRATE" };

    public static ScheduleDetails Map(XerSchedule schedule, ImportedSchedule imported, IReadOnlyList<ActivityDetails> basics, bool anyResource)
    {
        var project = ChosenProject(schedule, imported);
        var wbs = project == null ? [] : schedule.Wbs.Where(w => w.ProjectId == project.Id).ToList();
        var projectNode = wbs.FirstOrDefault(w => w.IsProjectNode);
        var resourceIds = schedule.Resources.Select(r => r.Id).ToHashSet();
        var assignments = schedule.Assignments.ToLookup(a => a.TaskId);
        var expenses = schedule.Expenses.ToLookup(e => e.TaskId);
        var codes = ActivityCodes(schedule);
        var userFields = UserFields(schedule);
        var fields = new XerFields(schedule.Document.Source);
        var taskById = schedule.Tasks.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First());
        var activities = new List<ActivityDetails>(basics.Count);
        var assigned = new List<AssignmentDetails>();
        foreach (var basic in basics)
        {
            long id = long.Parse(basic.Id, CultureInfo.InvariantCulture);
            var task = taskById[id];
            assigned.AddRange(assignments[id].Select(a => Assignment(a, basic.Id, resourceIds, fields)));
            activities.Add(basic with
            {
                WbsId = task.WbsId is { } w && w != projectNode?.Id ? Key(w) : null,
                DurationType = task.DurationType,

                // Only a resource-dependent activity works its resources' calendars in P6; any other
                // is placed by its duration, which is what MS Project's flag says.
                IgnoresResourceCalendars = task.Type != "TT_Rsrc" && assignments[id].Any(),
                PercentCompleteType = task.PercentCompleteType,
                Expenses = [.. expenses[id].Select(Expense)],
                ActivityCodes = codes[id].ToList(),
                UserFields = userFields[id].ToList(),
            });
        }

        return new ScheduleDetails(activities, anyResource, hasBaseline: false)
        {
            Project = project == null ? null : new ProjectDetails
            {
                Id = Key(project.Id),
                Code = project.ShortName,
                Name = projectNode?.Name,
                Currency = BaseCurrency(schedule),
                DefaultDurationType = project.DefaultDurationType,
                DefaultPercentCompleteType = project.DefaultPercentCompleteType,
            },
            WbsNodes = [.. wbs.Where(w => !w.IsProjectNode).Select(w => new WbsNode
            {
                Id = Key(w.Id),
                ParentId = w.ParentId is { } p && p != projectNode?.Id ? Key(p) : null,
                Code = w.ShortName,
                Name = w.Name,
                Sequence = (int)Math.Clamp(w.SequenceNumber, int.MinValue, int.MaxValue),
            })],
            Resources = Resources(schedule),
            Assignments = assigned,
            XerPassThrough = [.. schedule.Document.Tables.Where(t => t.Name == "CURRTYPE"), .. schedule.OtherTables.Where(t => !Regenerated.Contains(t.Name))],
        };
    }

    private static XerProject? ChosenProject(XerSchedule schedule, ImportedSchedule imported)
    {
        var first = imported.Network.Activities.Count > 0 ? imported.Network.Activities[0].Id : null;
        var task = first == null ? null : schedule.Tasks.FirstOrDefault(t => Key(t.Id) == first);
        if (task != null)
        {
            return schedule.Projects.FirstOrDefault(p => p.Id == task.ProjectId);
        }

        return schedule.Projects.Count == 1 ? schedule.Projects[0] : null;
    }

    /// <summary>P6 costs are in the base currency: the CURRTYPE row with an exchange rate of 1.</summary>
    private static string? BaseCurrency(XerSchedule schedule) =>
        schedule.Currencies.FirstOrDefault(c => c.ExchangeRate == 1m)?.ShortName
        ?? (schedule.Document.Header.Count > 7 ? schedule.Document.Header[7] : null);

    private static List<ResourceDetails> Resources(XerSchedule schedule)
    {
        var rates = Rates(schedule);
        return [.. schedule.Resources.Select(r => new ResourceDetails
        {
            Id = Key(r.Id),
            ParentId = r.ParentId is { } p ? Key(p) : null,
            Code = r.Code,
            Name = r.Name,
            Kind = r.Type switch
            {
                "RT_Equip" => ResourceKind.Equipment,
                "RT_Mat" => ResourceKind.Material,
                _ => ResourceKind.Labor,
            },
            CalendarId = r.CalendarId is { } c ? Key(c) : null,
            DefaultUnitsPerHour = r.DefaultUnitsPerHour,
            UnitOfMeasure = r.UnitId is { } u ? Key(u) : null,
            Rates = rates[r.Id].OrderBy(x => x.From ?? DateTime.MinValue).ToList(),
        })];
    }

    private static ILookup<long, ResourceRate> Rates(XerSchedule schedule)
    {
        var table = schedule.Document.Table("RSRCRATE");
        if (table == null)
        {
            return Array.Empty<(long, ResourceRate)>().ToLookup(x => x.Item1, x => x.Item2);
        }

        var f = new XerFields(schedule.Document.Source);
        return table.Rows.Select(row => (Id: f.Id(row, "rsrc_id"), Rate: new ResourceRate
        {
            From = f.Date(row, "start_date"),
            PricePerUnit = f.Number(row, "cost_per_qty"),
            MaxUnitsPerHour = f.OptionalNumber(row, "max_qty_per_hr"),
        })).ToLookup(x => x.Id, x => x.Rate);
    }

    /// <summary>P6 units are hours of work (a material's quantity); the model keeps minutes, 60 to the unit.</summary>
    private static AssignmentDetails Assignment(XerAssignment a, string activityId, HashSet<long> resourceIds, XerFields f) => new()
    {
        Id = Key(a.Id),
        ActivityId = activityId,
        ResourceId = a.ResourceId is { } r && resourceIds.Contains(r) ? Key(r) : null,
        RoleId = a.RoleId is { } role ? Key(role) : null,
        UnitsPerHour = a.PlannedUnitsPerHour,
        WorkMinutes = Work(a, a.PlannedUnits, "target_qty", f),
        ActualWorkMinutes = Work(a, a.ActualRegularUnits, "act_reg_qty", f),
        ActualOvertimeWorkMinutes = Work(a, a.ActualOvertimeUnits, "act_ot_qty", f),
        RemainingWorkMinutes = Work(a, a.RemainingUnits, "remain_qty", f),
        RemainingUnitsPerHour = a.RemainingUnitsPerHour,
        CostPerUnit = a.CostPerUnitGiven,
        PlannedCost = a.PlannedCost,
        ActualRegularCost = a.ActualRegularCost,
        ActualOvertimeCost = a.ActualOvertimeCost,
        RemainingCost = a.RemainingCost,
        ActualStart = a.ActualStart,
        ActualFinish = a.ActualFinish,
        RemainingLagMinutes = Minutes(a.RemainingLagHours),
        PlannedLagMinutes = Minutes(a.PlannedLagHours),
    };

    private static ExpenseDetails Expense(XerExpense e) => new()
    {
        Id = Key(e.Id),
        Name = e.Name,
        PlannedCost = e.PlannedCost,
        ActualCost = e.ActualCost,
        RemainingCost = e.RemainingCost,
    };

    private static ILookup<long, ActivityCodeValue> ActivityCodes(XerSchedule schedule)
    {
        var types = schedule.ActivityCodeTypes.GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First().Name);
        var values = schedule.ActivityCodes.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First());
        return schedule.TaskActivityCodes
            .Where(t => types.ContainsKey(t.TypeId) && values.ContainsKey(t.CodeId))
            .ToLookup(t => t.TaskId, t => new ActivityCodeValue
            {
                Code = types[t.TypeId],
                Value = values[t.CodeId].ShortName,
                Description = values[t.CodeId].Name,
            });
    }

    private static ILookup<long, UserFieldValue> UserFields(XerSchedule schedule)
    {
        var types = schedule.UdfTypes.Where(t => t.TableName == "TASK").GroupBy(t => t.Id).ToDictionary(g => g.Key, g => g.First());
        return schedule.UdfValues
            .Where(v => types.ContainsKey(v.TypeId))
            .ToLookup(v => v.RecordId, v => new UserFieldValue
            {
                Field = types[v.TypeId].Label,
                DataType = types[v.TypeId].DataType,
                Text = v.Text,
                Number = v.Number,
                Date = v.Date,
            });
    }

    /// <summary>Hours as minutes; a count beyond a billion billion hours is no real assignment and would overflow.</summary>
    private static decimal Work(XerAssignment a, decimal hours, string field, XerFields f) =>
        Math.Abs(hours) <= 1e18m ? hours * 60m : throw f.Error(a.Row, field, InterchangeText.Format("UnitsTooLarge", hours));

    private static long Minutes(decimal hours) => (long)Math.Round(Math.Clamp(hours, -1_000_000_000m, 1_000_000_000m) * 60m, MidpointRounding.AwayFromZero);

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
