namespace Gantry.Interchange.Health;

/// <summary>
/// The schedule health check on the lines of the DCMA 14-point assessment. Reads the network, the
/// scheduled result and, for resources and baselines, the file's <see cref="ScheduleDetails"/>.
/// One pass per check over the activities or links, plus one extra scheduling run for the
/// critical path test.
/// </summary>
public static class HealthCheck
{
    public static HealthAssessment Assess(ImportedSchedule schedule, Scheduling.ScheduleResult result, ScheduleDetails? details = null)
    {
        var c = new HealthContext(schedule, result, details ?? ScheduleDetails.None);
        return new HealthAssessment
        {
            Source = schedule.Source,
            DataDate = c.DataDate,
            IncompleteTasks = c.IncompleteTasks.Count,
            Checks =
            [
                LogicChecks.MissingLogic(c),
                LogicChecks.Leads(c),
                LogicChecks.Lags(c),
                LogicChecks.RelationshipTypes(c),
                FloatAndDurationChecks.HardConstraints(c),
                FloatAndDurationChecks.HighFloat(c),
                FloatAndDurationChecks.NegativeFloat(c),
                FloatAndDurationChecks.HighDuration(c),
                ProgressChecks.InvalidDates(c),
                ProgressChecks.Resources(c),
                ProgressChecks.MissedTasks(c),
                CriticalPathChecks.CriticalPathTest(c),
                CriticalPathChecks.CriticalPathLengthIndex(c),
                ProgressChecks.BaselineExecutionIndex(c),
            ],
        };
    }
}
