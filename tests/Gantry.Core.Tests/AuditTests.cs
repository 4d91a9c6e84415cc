using System.Text.Json;
using Gantry.Core.Auditing;
using Gantry.Core.Common;
using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Gantry.Core.Users;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Gantry.Core.Tests;

public sealed class AuditTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private async Task<ProjectDetails> CreateAsync(string code)
    {
        var owner = await db.Query(d => d.Organisations.Where(o => o.Type == OrganisationType.Owner && o.Code == "BJCF")
            .Select(o => o.Id).SingleAsync());
        return await db.Run<CreateProject, ProjectDetails>("pm.zhang", u => u.ExecuteAsync(new ProjectInput
        {
            Code = code, Name = "江北厂房", Type = ProjectType.Industrial, OwnerOrganisationId = owner, ContractAmount = 5_000_000m,
            PlannedStart = new DateOnly(2027, 3, 1), PlannedFinish = new DateOnly(2027, 10, 31),
        }));
    }

    private Task<List<AuditEntry>> EntriesFor(string entity, Guid key) =>
        db.Query(d => d.AuditEntries.Where(a => a.EntityName == entity && a.EntityKey == key.ToString()).OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task CreatingAProjectRecordsWhoWhenAndTheNewValues()
    {
        var project = await CreateAsync("JB-01");

        var entry = Assert.Single(await EntriesFor("Project", project.Id));
        Assert.Equal(AuditAction.Created, entry.Action);
        Assert.Equal("pm.zhang", entry.UserName);
        Assert.Equal(db.Clock.GetUtcNow().UtcDateTime, entry.At);
        Assert.Equal(project.Id, entry.ProjectId);
        Assert.Null(entry.OldValues);
        using var values = JsonDocument.Parse(entry.NewValues!);
        Assert.Equal("江北厂房", values.RootElement.GetProperty("Name").GetString());
        Assert.Equal("Industrial", values.RootElement.GetProperty("Type").GetString());
        Assert.Equal(5_000_000m, values.RootElement.GetProperty("ContractAmount").GetDecimal());
    }

    [Fact]
    public async Task AnUpdateRecordsOnlyTheChangedFieldsWithOldAndNewValues()
    {
        var project = await CreateAsync("JB-02");

        await db.Run<UpdateProject, ProjectDetails>("pm.zhang",
            u => u.ExecuteAsync(project.Id, PermissionTests.Input(project) with { Name = "江北厂房二期", ContractAmount = 6_000_000m }));

        var update = (await EntriesFor("Project", project.Id)).Last();
        Assert.Equal(AuditAction.Updated, update.Action);
        using var oldValues = JsonDocument.Parse(update.OldValues!);
        using var newValues = JsonDocument.Parse(update.NewValues!);
        Assert.Equal(["ContractAmount", "Name", "Version"], oldValues.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("江北厂房", oldValues.RootElement.GetProperty("Name").GetString());
        Assert.Equal("江北厂房二期", newValues.RootElement.GetProperty("Name").GetString());
        Assert.Equal(project.Version + 1, newValues.RootElement.GetProperty("Version").GetInt32());
    }

    [Fact]
    public async Task TheCreatorBecomesProjectManagerAndThatIsAuditedWithTheProject()
    {
        var project = await CreateAsync("JB-03");

        var rows = await db.Query(d => d.AuditEntries.Where(a => a.ProjectId == project.Id).ToListAsync());

        Assert.Equal(["Project", "ProjectMembership"], rows.Select(r => r.EntityName).Order(StringComparer.Ordinal));
        Assert.Equal(Members.ProjectRole.ProjectManager, project.MyRole);
    }

    [Fact]
    public async Task PasswordHashesNeverReachTheAuditTrail()
    {
        await db.Run<ChangePassword, SignedInUser>("cost.chen", u => u.ExecuteAsync(CoreDatabase.DemoPassword, "Another-Password-9"));
        var user = await db.Query(d => d.Users.SingleAsync(u => u.UserName == "cost.chen"));

        var entries = await EntriesFor("User", user.Id);

        Assert.All(entries, e => Assert.DoesNotContain(user.PasswordHash, (e.OldValues ?? "") + (e.NewValues ?? ""), StringComparison.Ordinal));
        using var change = JsonDocument.Parse(entries.Last().NewValues!);
        Assert.Equal("***", change.RootElement.GetProperty("PasswordHash").GetString());
    }

    [Fact]
    public async Task ProjectAuditIsForManagersNotForViewers()
    {
        var building = await db.Query(d => d.Projects.Where(p => p.Code == "BJHY-3").Select(p => p.Id).SingleAsync());

        var forManager = await db.Run<ListAuditEntries, IReadOnlyList<AuditEntry>>("pm.zhang",
            u => u.ExecuteAsync(new AuditQuery { ProjectId = building }));

        Assert.NotEmpty(forManager);
        Assert.All(forManager, e => Assert.Equal(building, e.ProjectId));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<ListAuditEntries, IReadOnlyList<AuditEntry>>("owner.liu",
            u => u.ExecuteAsync(new AuditQuery { ProjectId = building })));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<ListAuditEntries, IReadOnlyList<AuditEntry>>("pm.zhang",
            u => u.ExecuteAsync(new AuditQuery())));
    }
}
