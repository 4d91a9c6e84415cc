using System.Text;
using Gantry.Interchange.Pmxml;
using Gantry.Interchange.Xer;
using Gantry.Scheduling;
using Xunit;

namespace Gantry.Interchange.Tests.Pmxml;

/// <summary>
/// The P6 oracle programme written as P6 XML must read as the same schedule as its XER: the same
/// network, calendars, details and, scheduled, the same dates and float on every activity.
/// </summary>
public sealed class PmxmlEquivalenceTests
{
    private static readonly Lazy<(ImportedSchedule Xer, ImportedSchedule Pmxml, PmxmlSchedule File, XerSchedule XerFile)> Both = new(() =>
    {
        var xer = XerSchedule.ReadFile(OracleFiles.P6Programme);
        byte[] pmxml = Encoding.UTF8.GetBytes(PmxmlFromXer.Write(xer));
        var file = PmxmlReader.Read(new MemoryStream(pmxml), "programme.xml");
        return (XerScheduleMapper.Map(xer), file.Map(), file, xer);
    });

    [Fact]
    public void ProgrammeAsP6XmlHasTheSameActivitiesAsItsXer()
    {
        var (xer, pmxml, _, _) = Both.Value;

        Assert.Equal(3994, pmxml.Network.Activities.Count);
        Assert.Equal(xer.Network.Activities.Count, pmxml.Network.Activities.Count);
        foreach (var (a, b) in xer.Network.Activities.Zip(pmxml.Network.Activities))
        {
            Assert.Equal(
                (a.Id, a.Code, a.Name, a.Type, a.CalendarId, a.OriginalDurationMinutes, a.RemainingDurationMinutes, a.PercentComplete, a.ActualStart, a.ActualFinish, a.ParentId, a.ExpectedFinish),
                (b.Id, b.Code, b.Name, b.Type, b.CalendarId, b.OriginalDurationMinutes, b.RemainingDurationMinutes, b.PercentComplete, b.ActualStart, b.ActualFinish, b.ParentId, b.ExpectedFinish));
            Assert.Equal(a.PrimaryConstraint, b.PrimaryConstraint);
            Assert.Equal(a.SecondaryConstraint, b.SecondaryConstraint);
            Assert.Equal(a.Assignments.Count, b.Assignments.Count);
        }
    }

    [Fact]
    public void ProgrammeAsP6XmlHasTheSameLinksLagsAndOptionsAsItsXer()
    {
        var (xer, pmxml, _, _) = Both.Value;

        Assert.Equal(5966, pmxml.Network.Relationships.Count);
        Assert.Equal(
            xer.Network.Relationships.Select(r => (r.PredecessorId, r.SuccessorId, r.Type, r.Lag, r.LagKind)),
            pmxml.Network.Relationships.Select(r => (r.PredecessorId, r.SuccessorId, r.Type, r.Lag, r.LagKind)));
        Assert.Equal(xer.Options.DataDate, pmxml.Options.DataDate);
        Assert.Equal(xer.Options.ProjectStart, pmxml.Options.ProjectStart);
        Assert.Equal(xer.Options.ProgressRule, pmxml.Options.ProgressRule);
        Assert.Equal(xer.Options.FloatType, pmxml.Options.FloatType);
        Assert.Equal(xer.Options.LagCalendar, pmxml.Options.LagCalendar);
        Assert.Equal(xer.Options.CriticalFloatThresholdMinutes, pmxml.Options.CriticalFloatThresholdMinutes);
        Assert.Equal(xer.Options.DefaultCalendarId, pmxml.Options.DefaultCalendarId);
    }

    [Fact]
    public void ProgrammeAsP6XmlHasTheSameCalendarsWithEveryHolidayAsItsXer()
    {
        var (xer, pmxml, _, _) = Both.Value;

        Assert.Equal(xer.Calendars.Keys.Order(StringComparer.Ordinal), pmxml.Calendars.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(xer.Calendars.Values.Sum(c => c.Exceptions.Count), pmxml.Calendars.Values.Sum(c => c.Exceptions.Count));
        foreach (var (id, a) in xer.Calendars)
        {
            var b = pmxml.Calendars[id];
            Assert.Equal((a.Name, a.BaseCalendarId, a.MinutesPerDay, a.MinutesPerWeek, a.MinutesPerMonth), (b.Name, b.BaseCalendarId, b.MinutesPerDay, b.MinutesPerWeek, b.MinutesPerMonth));
            for (int d = 0; d < 7; d++)
            {
                Assert.Equal(a.WorkWeek?.PeriodsOn((DayOfWeek)d), b.WorkWeek?.PeriodsOn((DayOfWeek)d));
            }

            Assert.Equal(a.Exceptions.Select(e => (e.From, e.To, string.Join(",", e.Periods))), b.Exceptions.Select(e => (e.From, e.To, string.Join(",", e.Periods))));
        }
    }

    [Fact]
    public void ProgrammeAsP6XmlSchedulesToTheSameDatesAndFloatAsItsXer()
    {
        var (xer, pmxml, _, _) = Both.Value;

        var fromXer = Scheduler.Schedule(xer.Network, xer.Options);
        var fromPmxml = Scheduler.Schedule(pmxml.Network, pmxml.Options);

        Assert.Equal(fromXer.ProjectFinish, fromPmxml.ProjectFinish);
        foreach (var a in fromXer.Activities)
        {
            var b = fromPmxml[a.Id];
            Assert.Equal((a.EarlyStart, a.EarlyFinish, a.LateStart, a.LateFinish, a.TotalFloatMinutes, a.FreeFloatMinutes, a.Critical),
                (b.EarlyStart, b.EarlyFinish, b.LateStart, b.LateFinish, b.TotalFloatMinutes, b.FreeFloatMinutes, b.Critical));
        }

        Assert.Equal(xer.Stored, pmxml.Stored);
    }

    [Fact]
    public void ProgrammeAsP6XmlKeepsResourcesCodesAndUserFieldsOfItsXer()
    {
        var (xer, pmxml, file, xerFile) = Both.Value;

        Assert.Equal(xerFile.Resources.Select(r => (r.Id, r.Code, r.Name, r.Type, r.CalendarId)), file.Tables.Resources.Select(r => (r.Id, r.Code, r.Name, r.Type, r.CalendarId)));
        Assert.Equal(692, file.Tables.Assignments.Count);
        Assert.Equal(xerFile.Assignments.Sum(a => a.PlannedCost), file.Tables.Assignments.Sum(a => a.PlannedCost));
        Assert.Equal(3956, file.Tables.TaskActivityCodes.Count);
        Assert.Equal(38, file.Tables.ActivityCodes.Count);
        Assert.Equal(xerFile.UdfValues.Count(u => xerFile.Tasks.Any(t => t.Id == u.RecordId)), file.Tables.UdfValues.Count);

        var xerDetails = ScheduleDetailsReader.FromXer(xerFile, xer);
        var pmxmlDetails = file.Details(pmxml);
        Assert.True(pmxmlDetails.HasResourceData);
        foreach (var a in xer.Network.Activities)
        {
            var x = xerDetails.For(a.Id)!;
            var p = pmxmlDetails.For(a.Id)!;
            Assert.Equal((x.WbsCode, x.Budget, x.PlannedFinish, string.Join("|", x.Resources)), (p.WbsCode, p.Budget, p.PlannedFinish, string.Join("|", p.Resources)));
        }
    }
}
