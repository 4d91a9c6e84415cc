using System.Diagnostics;
using System.Globalization;
using Gantry.Core.Data;
using Gantry.Core.Schedules;
using Gantry.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gantry.Bench;

/// <summary>
/// Stopwatch probes around the phases of one duration edit, done the way <see cref="UpdateActivity"/>
/// does it: load the project's schedule, build the engine's network, run the engine, write the
/// results into the rows (the diff), save. Tells which phase to work on.
/// </summary>
internal sealed class ScheduleEditPhases
{
    private static readonly string[] Names = ["load", "build", "engine", "diff", "save"];
    private readonly List<double>[] _times = Names.Select(_ => new List<double>()).ToArray();

    public async Task MeasureAsync(IServiceProvider services, Guid projectId, Guid activityId, long newDuration)
    {
        var db = services.GetRequiredService<GantryDbContext>();
        var project = await db.Projects.SingleAsync(p => p.Id == projectId);
        var watch = Stopwatch.StartNew();
        var schedule = await ProjectSchedule.LoadAsync(db, project, CancellationToken.None);
        var activity = schedule.RequireActivity(activityId);
        activity.Change(activity.ToInput() with { OriginalDurationMinutes = newDuration });
        Lap(0, watch);
        var network = ScheduleNetworkBuilder.Build(schedule.Calendars, schedule.Activities, schedule.Links);
        Lap(1, watch);
        var result = Scheduler.Schedule(network, schedule.Settings.ToOptions());
        Lap(2, watch);
        for (var i = 0; i < schedule.Activities.Count; i++)
        {
            schedule.Activities[i].ApplyResult(result.Activities[i]);
        }

        db.ChangeTracker.DetectChanges();
        Lap(3, watch);
        // Every write of schedule rows bumps the revision, or the schedule cache would keep serving the old rows.
        schedule.Settings.Revision++;
        await schedule.SaveAsync(CancellationToken.None);
        Lap(4, watch);
    }

    public void Print()
    {
        var parts = Names.Select((n, i) => string.Create(CultureInfo.InvariantCulture, $"{n} {Median(_times[i]):F0} ms"));
        Console.WriteLine("phases (median): " + string.Join(", ", parts));
    }

    private static double Median(List<double> values) => values.Count == 0 ? 0 : values.Order().ElementAt(values.Count / 2);

    private void Lap(int phase, Stopwatch watch)
    {
        _times[phase].Add(watch.Elapsed.TotalMilliseconds);
        watch.Restart();
    }
}
