using Gantry.Interchange.Tests.Mspdi;
using Gantry.Interchange.Tests.Xer;
using Gantry.Scheduling;
using Xunit;

namespace Gantry.Interchange.Tests;

/// <summary>
/// The one neutral model both writers take: what one format's reader fills and the other format's
/// writer gives to its tool — MS Project costs and custom fields in an XER, P6 rates and user
/// fields in MSPDI.
/// </summary>
public sealed class NeutralModelTests
{
    private static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0);

    [Fact]
    public void AnMsProjectCostAtCompletionBecomesTheP6BudgetWithTheRemainingShareOfIt()
    {
        var schedule = Schedule(new AssignmentDetails
        {
            Id = "1",
            ActivityId = "10",
            ResourceId = "5",
            UnitsPerHour = 1,
            RemainingUnitsPerHour = 1,
            WorkMinutes = 4800,
            ActualWorkMinutes = 1200,
            RemainingWorkMinutes = 3600,
            Cost = 1000,
        });

        var (back, _, _) = XerRoundTrip.Rewrite(schedule);

        var a = Assert.Single(back.Details.Assignments);
        Assert.Equal(("10", "5"), (a.ActivityId, a.ResourceId));
        Assert.Equal((4800m, 1200m, 3600m), (a.WorkMinutes, a.ActualWorkMinutes, a.RemainingWorkMinutes));
        Assert.Equal((1000m, 750m), (a.PlannedCost, a.RemainingCost));
    }

    [Fact]
    public void AnMsProjectCostResourceBecomesAP6MaterialAndIsReported()
    {
        var schedule = Schedule(new AssignmentDetails { ActivityId = "10", ResourceId = "6", Cost = 250 });

        var (back, notes, _) = XerRoundTrip.Rewrite(schedule);

        Assert.Equal(ResourceKind.Material, back.Details.Resources.Single(r => r.Id == "6").Kind);
        Assert.Contains(notes, n => n.Record == "RSRC 6" && n.Message.Contains("no cost resources", StringComparison.Ordinal));
        var a = Assert.Single(back.Details.Assignments);
        Assert.Equal(250m, a.PlannedCost);
        Assert.NotNull(a.Id);
    }

    [Fact]
    public void AnMsProjectCustomFieldBecomesAP6UserFieldUnderItsAlias()
    {
        var schedule = Schedule(userFields: [new UserFieldValue { Field = "188743731", Text = "North" }]);

        var (back, _, _) = XerRoundTrip.Rewrite(schedule);

        var field = Assert.Single(back.Details.For("10")!.UserFields);
        Assert.Equal(("Zone", "FT_TEXT", "North"), (field.Field, field.DataType, field.Text));
    }

    [Fact]
    public void P6RatesAndUserFieldsReachMsProjectAsFarAsItHoldsThemAndTheRestIsReported()
    {
        var schedule = Schedule(
            new AssignmentDetails { Id = "1", ActivityId = "10", ResourceId = "5", UnitsPerHour = 0.5m, WorkMinutes = 2400, RemainingWorkMinutes = 2400, PlannedCost = 300, RemainingCost = 300 },
            [new UserFieldValue { Field = "Responsible", DataType = "FT_TEXT", Text = "Li" }, new UserFieldValue { Field = "188743731", Text = "North" }]);

        var trip = MspdiRoundTrip.Of(schedule);

        var resource = trip.Rewritten.Resources.Single(r => r.Uid == 5);
        Assert.Equal((40m, 0.8m), (resource.StandardRate, resource.MaxUnits));
        var assignment = trip.Rewritten.Assignments.Single(a => a.Uid == 1);
        Assert.Equal((0.5m, 2400m, 300m), (assignment.Units, assignment.WorkMinutes, assignment.Cost));
        var values = trip.Rewritten.Tasks.Single(t => t.Uid == 10).ExtendedAttributes;
        Assert.Equal([("188743731", "North")], values.Select(v => (v.FieldId, v.Value)));
        Assert.Single(trip.WriteNotes, n => n.Message.Contains("user field 'Responsible'", StringComparison.Ordinal));
        Assert.Single(trip.WriteNotes, n => n.Record == "Resource UID 5" && n.Message.Contains("dated rate", StringComparison.Ordinal));
    }

    [Fact]
    public void P6ExpensesCodesAndEquipmentThatMsProjectLacksAreReportedOnceEach()
    {
        var basic = Schedule();
        var activity = new ActivityDetails
        {
            Id = "10",
            Expenses = [new ExpenseDetails { Id = "1", Name = "Permit", PlannedCost = 120 }],
            ActivityCodes = [new ActivityCodeValue { Code = "Phase", Value = "DES" }, new ActivityCodeValue { Code = "Area", Value = "N" }],
        };
        var details = new ScheduleDetails([activity], hasResourceData: true, hasBaseline: false)
        {
            Resources = [new ResourceDetails { Id = "7", Code = "CRANE", Name = "Tower crane", Kind = ResourceKind.Equipment }],
        };

        var trip = MspdiRoundTrip.Of(new DetailedSchedule(basic.Schedule, details));

        Assert.Equal(1, trip.Rewritten.Resources.Single(r => r.Uid == 7).Type);
        var project = trip.WriteNotes.Where(n => n.Record == "Project").Select(n => n.Message).ToList();
        Assert.Equal(["1 expense(s) not written: MS Project has no expenses", "2 activity code value(s) not written: MS Project has no activity codes", "1 equipment resource(s) written as work resources: MS Project has no equipment kind"], project);
    }

    [Fact]
    public void AssignmentsAreFoundByTheirActivity()
    {
        var details = new ScheduleDetails([], hasResourceData: true, hasBaseline: false)
        {
            Assignments = [new AssignmentDetails { ActivityId = "A", ResourceId = "1" }, new AssignmentDetails { ActivityId = "B", ResourceId = "2" }, new AssignmentDetails { ActivityId = "A", ResourceId = "3" }],
        };

        Assert.Equal(["1", "3"], details.AssignmentsOf("A").Select(a => a.ResourceId));
        Assert.Empty(details.AssignmentsOf("C"));
    }

    [Fact]
    public void WbsNamesAreKeyedByTheDottedCodeOfTheirNode()
    {
        var details = new ScheduleDetails([], hasResourceData: false, hasBaseline: false)
        {
            WbsNodes =
            [
                new WbsNode { Id = "1", Code = "CIV", Name = "Civil works" },
                new WbsNode { Id = "2", ParentId = "1", Code = "BR", Name = "Bridges" },
                new WbsNode { Id = "3", ParentId = "2", Code = "B01", Name = "River bridge" },
            ],
        };

        Assert.Equal("River bridge", details.WbsNames["CIV.BR.B01"]);
        Assert.Equal("Civil works", details.WbsNames["CIV"]);
    }

    private static DetailedSchedule Schedule(AssignmentDetails? assignment = null, IReadOnlyList<UserFieldValue>? userFields = null)
    {
        var imported = new ImportedSchedule
        {
            Source = "test",
            Convention = SchedulingConvention.PrimaveraP6,
            WrittenBy = "test",
            Network = new ScheduleNetwork { Activities = [new ScheduleActivity { Id = "10", Code = "A10", Name = "Pour slab", OriginalDurationMinutes = 4800 }], Relationships = [], Calendars = [] },
            Options = new ScheduleOptions { ProjectStart = Start },
            Calendars = new Dictionary<string, Scheduling.Calendars.CalendarDefinition>(StringComparer.Ordinal),
            Stored = [],
            Notes = [],
        };
        var details = new ScheduleDetails([new ActivityDetails { Id = "10", UserFields = userFields ?? [] }], hasResourceData: true, hasBaseline: false)
        {
            Resources =
            [
                new ResourceDetails
                {
                    Id = "5",
                    Code = "CREW",
                    Name = "Concrete crew",
                    Kind = ResourceKind.Labor,
                    Rates = [new ResourceRate { PricePerUnit = 40, MaxUnitsPerHour = 0.8m }, new ResourceRate { From = Start.AddYears(1), PricePerUnit = 44, MaxUnitsPerHour = 1 }],
                },
                new ResourceDetails { Id = "6", Name = "Permit fees", Kind = ResourceKind.Cost },
            ],
            Assignments = assignment == null ? [] : [assignment],
            UserFieldDefinitions = [new UserFieldDefinition("188743731", "Text1", "Zone")],
        };
        return new DetailedSchedule(imported, details);
    }
}
