using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Schedules;
using Gantry.Core.Permissions;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Gantry.Core.Tests.Schedules;

/// <summary>
/// An edit's answer carries every row it changed exactly as a full reload shows it, and the schedule
/// cache that spares an edit reading the whole programme never serves rows another writer changed.
/// </summary>
public sealed class ScheduleEditAnswerTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    [Fact]
    public async Task TheAnswerCarriesEveryChangedRowAsAFullReloadShowsIt()
    {
        var s = await TestSchedule.CreateAsync(db, "AN-1");
        var a = await s.Activity("A", 3);
        var d = await s.Activity("D", 1);
        var b = await s.Activity("B", 2);
        await s.Activity("Z", 1);
        await s.Link(a, b);
        await s.Link(d, b);
        var before = await s.Load();
        Assert.True(before.Links.Single(l => l.PredecessorId == a).Driving);

        // D grows past A: D now drives B, A gets float and leaves the critical path.
        var change = await db.Run<UpdateActivity, ScheduleChange>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, d,
            new ActivityPatch { OriginalDurationMinutes = TestSchedule.Days(5), Version = before.Activities.Single(x => x.Id == d).Version }));
        var after = await s.Load();

        var changedRows = after.Activities.Where(x => !before.Activities.Contains(x)).ToList();
        Assert.Contains(changedRows, x => x.Id == a);
        Assert.Equal(changedRows.OrderBy(x => x.Code), change.Activities.Where(x => changedRows.Contains(x)).OrderBy(x => x.Code));
        Assert.All(change.Activities, x => Assert.Equal(after.Activities.Single(y => y.Id == x.Id), x));
        var changedLinks = after.Links.Where(l => !before.Links.Contains(l)).ToList();
        Assert.Equal(2, changedLinks.Count);
        Assert.All(changedLinks, l => Assert.Contains(l, change.Links));
        Assert.True(change.Links.Single(l => l.PredecessorId == d).Driving);
        Assert.Equal(after.Finish, change.Finish);
        Assert.Equal(after.Version, change.Revision);
        Assert.False(change.Activities.Single(x => x.Id == a).Critical);
    }

    [Fact]
    public async Task DeletingAnActivityAnswersItsIdAndItsLinksAsRemoved()
    {
        var s = await TestSchedule.CreateAsync(db, "AN-2");
        var a = await s.Activity("A", 1);
        var b = await s.Activity("B", 1);
        var c = await s.Activity("C", 1);
        var ab = (await s.Link(a, b)).Id!.Value;
        var bc = (await s.Link(b, c)).Id!.Value;
        var version = (await s.Get(b)).Version;

        var change = await db.Run<DeleteActivity, ScheduleChange>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, b, version));

        Assert.Equal([b], change.RemovedActivityIds);
        Assert.Equal(new[] { ab, bc }.Order(), change.RemovedLinkIds.Order());
        var after = await s.Load();
        Assert.All(change.Activities, x => Assert.Equal(after.Activities.Single(y => y.Id == x.Id), x));
        Assert.Contains(change.Activities, x => x.Id == c);
    }

    [Fact]
    public async Task ASecondEditIsServedFromTheCacheAndStillMatchesAFullReload()
    {
        var s = await TestSchedule.CreateAsync(db, "AN-3");
        var a = await s.Activity("A", 2);
        var b = await s.Activity("B", 2);
        await s.Link(a, b);
        var cache = db.Services.GetRequiredService<ScheduleCache>();
        var hits = cache.Hits;
        var version = (await s.Get(a)).Version;

        var change = await db.Run<UpdateActivity, ScheduleChange>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, a,
            new ActivityPatch { OriginalDurationMinutes = TestSchedule.Days(4), Version = version }));

        Assert.True(cache.Hits > hits);
        var after = await s.Load();
        Assert.All(change.Activities, x => Assert.Equal(after.Activities.Single(y => y.Id == x.Id), x));
        Assert.Equal(after.Activities.Single(x => x.Id == b).EarlyStart, change.Activities.Single(x => x.Id == b).EarlyStart);
    }

    [Fact]
    public async Task AnEditThroughAnotherServerInstanceIsSeenByTheNextEditHere()
    {
        var s = await TestSchedule.CreateAsync(db, "AN-4");
        var a = await s.Activity("A", 2);
        var b = await s.Activity("B", 2);
        var c = await s.Activity("C", 1);
        await s.Link(a, b);
        await s.Link(b, c);
        // This instance has the schedule cached now; another instance (its own cache) lengthens B.
        await using (var other = OtherInstance())
        {
            await using var scope = other.CreateAsyncScope();
            await SignIn(scope.ServiceProvider, TestSchedule.Planner);
            await scope.ServiceProvider.GetRequiredService<UpdateActivity>().ExecuteAsync(s.ProjectId, b,
                new ActivityPatch { OriginalDurationMinutes = TestSchedule.Days(6), Version = (await s.Get(b)).Version });
        }

        var version = (await s.Get(a)).Version;
        var change = await db.Run<UpdateActivity, ScheduleChange>(TestSchedule.Planner, u => u.ExecuteAsync(s.ProjectId, a,
            new ActivityPatch { Name = "renamed here", Version = version }));

        // Had this instance rescheduled its stale copy, C would have moved back to follow a 2-day B.
        var after = await s.Load();
        Assert.Equal(TestSchedule.Days(6), after.Activities.Single(x => x.Id == b).OriginalDurationMinutes);
        Assert.True(after.Activities.Single(x => x.Id == c).Start > after.Activities.Single(x => x.Id == b).Finish);
        Assert.DoesNotContain(change.Moved, m => m.Id == c);
        Assert.All(change.Activities, x => Assert.Equal(after.Activities.Single(y => y.Id == x.Id), x));
    }

    [Fact]
    public async Task OfTwoEditsComputedFromTheSameRevisionTheSecondIsRefused()
    {
        var s = await TestSchedule.CreateAsync(db, "AN-5");
        var a = await s.Activity("A", 2);
        var b = await s.Activity("B", 2);
        await using var first = db.Services.CreateAsyncScope();
        await using var second = db.Services.CreateAsyncScope();
        await SignIn(first.ServiceProvider, TestSchedule.Planner);
        await SignIn(second.ServiceProvider, TestSchedule.Planner);
        var one = await Load(first.ServiceProvider, s.ProjectId);
        var two = await Load(second.ServiceProvider, s.ProjectId);

        one.RequireActivity(a).Change(one.RequireActivity(a).ToInput() with { OriginalDurationMinutes = TestSchedule.Days(3) });
        one.Reschedule();
        await one.SaveAsync(CancellationToken.None);
        two.RequireActivity(b).Change(two.RequireActivity(b).ToInput() with { OriginalDurationMinutes = TestSchedule.Days(3) });
        two.Reschedule();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => two.SaveAsync(CancellationToken.None));
        Assert.Equal(TestSchedule.Days(2), (await s.Get(b)).OriginalDurationMinutes);
        Assert.Equal(TestSchedule.Days(3), (await s.Get(a)).OriginalDurationMinutes);
    }

    private static async Task<ProjectSchedule> Load(IServiceProvider services, Guid projectId)
    {
        var context = services.GetRequiredService<GantryDbContext>();
        var project = await context.Projects.SingleAsync(p => p.Id == projectId);
        return await ProjectSchedule.LoadAsync(context, project, CancellationToken.None);
    }

    private ServiceProvider OtherInstance()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(db.Location.Configuration()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(db.Clock);
        services.AddGantryCore(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static async Task SignIn(IServiceProvider services, string userName)
    {
        var context = services.GetRequiredService<GantryDbContext>();
        var id = await context.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        services.GetRequiredService<CurrentUser>().Set(id, userName);
    }
}
