using Gantry.Core.Common;
using Gantry.Core.Members;
using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Gantry.Core.Tests;

public sealed class OrganisationAndMemberTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    [Fact]
    public async Task AnAdministratorRegistersADesignerAndNamesMustBeUnique()
    {
        var created = await db.Run<CreateOrganisation, OrganisationSummary>("admin", u => u.ExecuteAsync(
            new OrganisationInput { Name = "华东建筑设计院", Type = OrganisationType.Designer }));
        using var culture = new Culture("en");

        var duplicate = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<CreateOrganisation, OrganisationSummary>("admin",
            u => u.ExecuteAsync(new OrganisationInput { Name = " 华东建筑设计院 ", Type = OrganisationType.Supplier })));

        Assert.Equal(OrganisationType.Designer, created.Type);
        Assert.Equal("Name \"华东建筑设计院\" is already in use.", Assert.Single(duplicate.Errors).Message);
    }

    [Fact]
    public async Task OnlyAnAdministratorRegistersOrganisations()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<CreateOrganisation, OrganisationSummary>("pm.zhang",
            u => u.ExecuteAsync(new OrganisationInput { Name = "自建单位", Type = OrganisationType.Subcontractor })));
    }

    [Fact]
    public async Task AStaleOrganisationEditIsRefused()
    {
        var created = await db.Run<CreateOrganisation, OrganisationSummary>("admin", u => u.ExecuteAsync(
            new OrganisationInput { Name = "长江钢构", Type = OrganisationType.Subcontractor }));
        await db.Run<UpdateOrganisation, OrganisationSummary>("admin", u => u.ExecuteAsync(created.Id,
            new OrganisationInput { Name = "长江钢结构有限公司", Type = OrganisationType.Subcontractor, Version = created.Version }));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Run<UpdateOrganisation, OrganisationSummary>("admin",
            u => u.ExecuteAsync(created.Id, new OrganisationInput { Name = "别的名字", Type = OrganisationType.Supplier, Version = created.Version })));
    }

    [Fact]
    public async Task AMembersRoleChangesWithItsVersionAndTheLastManagerStays()
    {
        var building = await db.Query(d => d.Projects.Where(p => p.Code == "BJHY-3").Select(p => p.Id).SingleAsync());
        var members = await db.Run<ListMembers, IReadOnlyList<MemberSummary>>("pm.zhang", u => u.ExecuteAsync(building));
        var site = members.Single(m => m.UserName == "site.wang");
        var manager = members.Single(m => m.UserName == "pm.zhang");

        var changed = await db.Run<ChangeMember, MemberSummary>("pm.zhang", u => u.ExecuteAsync(building, site.Id,
            new MemberInput { Role = ProjectRole.Planner, Version = site.Version }));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => db.Run<ChangeMember, MemberSummary>("pm.zhang",
            u => u.ExecuteAsync(building, site.Id, new MemberInput { Role = ProjectRole.Viewer, Version = site.Version })));
        var demote = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<ChangeMember, MemberSummary>("pm.zhang",
            u => u.ExecuteAsync(building, manager.Id, new MemberInput { Role = ProjectRole.Viewer, Version = manager.Version })));

        Assert.Equal(ProjectRole.Planner, changed.Role);
        Assert.Equal(OrganisationType.GeneralContractor, changed.PartyRole);
        Assert.Equal("role", Assert.Single(demote.Errors).Field);
    }

    [Fact]
    public async Task ARefusedDemotionLeavesTheManagerInPlaceForTheRestOfTheRequest()
    {
        var building = await db.Query(d => d.Projects.Where(p => p.Code == "BJHY-3").Select(p => p.Id).SingleAsync());
        var members = await db.Run<ListMembers, IReadOnlyList<MemberSummary>>("pm.zhang", u => u.ExecuteAsync(building));
        var manager = members.Single(m => m.UserName == "pm.zhang");

        var roleAfterRefusal = await db.As("pm.zhang", async sp =>
        {
            await Assert.ThrowsAsync<ValidationFailedException>(() => sp.GetRequiredService<ChangeMember>().ExecuteAsync(building,
                manager.Id, new MemberInput { Role = ProjectRole.Viewer, Version = manager.Version }));
            return (await sp.GetRequiredService<GetProject>().ExecuteAsync(building)).MyRole;
        });

        Assert.Equal(ProjectRole.ProjectManager, roleAfterRefusal);
    }

    [Fact]
    public async Task AUserIsAddedOnceWithTheirOrganisationAsPartyRole()
    {
        var carPark = await db.Query(d => d.Projects.Where(p => p.Code == "BJHY-GK").Select(p => p.Id).SingleAsync());
        var supervisor = await db.Query(d => d.Users.Where(u => u.UserName == "supervisor.zhao").Select(u => u.Id).SingleAsync());

        var added = await db.Run<AddMember, MemberSummary>("pm.zhang", u => u.ExecuteAsync(carPark,
            new MemberInput { UserId = supervisor, Role = ProjectRole.Viewer }));
        var again = await Assert.ThrowsAsync<ValidationFailedException>(() => db.Run<AddMember, MemberSummary>("pm.zhang",
            u => u.ExecuteAsync(carPark, new MemberInput { UserId = supervisor, Role = ProjectRole.Viewer })));

        Assert.Equal(OrganisationType.Supervisor, added.PartyRole);
        Assert.Equal("userId", Assert.Single(again.Errors).Field);
    }
}
