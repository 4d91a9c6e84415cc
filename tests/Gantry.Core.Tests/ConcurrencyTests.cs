using Gantry.Core.Common;
using Gantry.Core.Data;
using Gantry.Core.Projects;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Gantry.Core.Tests;

/// <summary>Two people editing the same record: the second is told, nothing is overwritten silently.</summary>
public sealed class ConcurrencyTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private Task<ProjectDetails> Load(string code) =>
        db.Query(d => d.Projects.Where(p => p.Code == code).Select(p => p.Id).SingleAsync())
            .ContinueWith(id => db.Run<GetProject, ProjectDetails>("pm.zhang", u => u.ExecuteAsync(id.Result))).Unwrap();

    [Fact]
    public async Task SecondSaveOfAStaleVersionIsRefusedWithAClearMessage()
    {
        var first = await Load("BJHY-3");
        var second = first;

        var saved = await db.Run<UpdateProject, ProjectDetails>("pm.zhang",
            u => u.ExecuteAsync(first.Id, PermissionTests.Input(first) with { Name = "滨江花园3号楼（一期）" }));
        using var culture = new Culture("en");
        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Run<UpdateProject, ProjectDetails>("pm.zhang",
            u => u.ExecuteAsync(second.Id, PermissionTests.Input(second) with { Location = "南京市" })));

        Assert.Equal(first.Version + 1, saved.Version);
        Assert.Equal("Project was changed by someone else after you opened it. Reload it and apply your changes again.", error.Message);
        var stored = await Load("BJHY-3");
        Assert.Equal("滨江花园3号楼（一期）", stored.Name);
        Assert.Equal(first.Location, stored.Location);
    }

    [Fact]
    public async Task ASaveRacingAnotherIsCaughtByTheDatabase()
    {
        var loaded = await Load("BJHY-GK");

        // Scope A has loaded and checked the version; scope B saves in between; then A saves.
        await using var a = db.Services.CreateAsyncScope();
        var aDb = a.ServiceProvider.GetRequiredService<GantryDbContext>();
        var aProject = await aDb.Projects.SingleAsync(p => p.Id == loaded.Id);
        ConcurrencyCheck.Expect(aDb, aProject, loaded.Version, "Entity_Project");
        aProject.Update(PermissionTests.Input(loaded) with { Name = "A 的修改" });

        await db.Run<UpdateProject, ProjectDetails>("pm.zhang",
            u => u.ExecuteAsync(loaded.Id, PermissionTests.Input(loaded) with { Name = "B 的修改" }));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => aDb.SaveChangesAsync());
        Assert.Equal("B 的修改", (await Load("BJHY-GK")).Name);
    }

    [Fact]
    public async Task UpdateWithoutAVersionIsAValidationError()
    {
        var loaded = await Load("BJHY-3");

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<UpdateProject, ProjectDetails>("pm.zhang",
            u => u.ExecuteAsync(loaded.Id, PermissionTests.Input(loaded) with { Version = null })));

        Assert.Equal("version", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task ArchivingAStaleVersionIsRefusedToo()
    {
        var loaded = await Load("BJHY-3");
        await db.Run<UpdateProject, ProjectDetails>("pm.zhang",
            u => u.ExecuteAsync(loaded.Id, PermissionTests.Input(loaded) with { Description = "更新说明" }));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            db.Run<ArchiveProject, ProjectDetails>("pm.zhang", u => u.ExecuteAsync(loaded.Id, loaded.Version)));
    }
}
