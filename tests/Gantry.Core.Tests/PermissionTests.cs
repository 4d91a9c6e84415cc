using Gantry.Core.Common;
using Gantry.Core.Members;
using Gantry.Core.Permissions;
using Gantry.Core.Projects;
using Gantry.Core.Users;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Gantry.Core.Tests;

/// <summary>Who sees and does what, checked through the use cases on the seeded demo.</summary>
public sealed class PermissionTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private Task<Guid> ProjectId(string code) => db.Query(d => d.Projects.Where(p => p.Code == code).Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task SubcontractorCannotSeeAProjectItIsNotAMemberOf()
    {
        var carPark = await ProjectId("BJHY-GK");

        var portfolio = await db.Run<ListPortfolio, IReadOnlyList<ProjectSummary>>("sub.zhou", u => u.ExecuteAsync(new PortfolioQuery()));
        Assert.Equal(["BJHY-3"], portfolio.Select(p => p.Code));

        await Assert.ThrowsAsync<NotFoundException>(() =>
            db.Run<GetProject, ProjectDetails>("sub.zhou", u => u.ExecuteAsync(carPark)));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            db.Run<ListMembers, IReadOnlyList<MemberSummary>>("sub.zhou", u => u.ExecuteAsync(carPark)));
    }

    [Fact]
    public async Task SubcontractorOnBothProjectsSeesBoth()
    {
        var portfolio = await db.Run<ListPortfolio, IReadOnlyList<ProjectSummary>>("sub.sun", u => u.ExecuteAsync(new PortfolioQuery()));

        Assert.Equal(["BJHY-3", "BJHY-GK"], portfolio.Select(p => p.Code));
    }

    [Fact]
    public async Task AdministratorSeesEveryProjectWithAllPermissions()
    {
        var building = await ProjectId("BJHY-3");

        var details = await db.Run<GetProject, ProjectDetails>("admin", u => u.ExecuteAsync(building));

        Assert.Null(details.MyRole);
        Assert.Equal(Enum.GetValues<Permission>(), details.MyPermissions);
    }

    [Theory]
    [InlineData("owner.liu")]
    [InlineData("planner.li")]
    [InlineData("site.wang")]
    [InlineData("cost.chen")]
    [InlineData("sub.zhou")]
    public async Task OnlyTheProjectManagerMayEditTheProject(string userName)
    {
        var building = await ProjectId("BJHY-3");
        var current = await db.Run<GetProject, ProjectDetails>(userName, u => u.ExecuteAsync(building));

        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<UpdateProject, ProjectDetails>(userName,
            u => u.ExecuteAsync(building, Input(current) with { Name = "改名" })));
        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<ArchiveProject, ProjectDetails>(userName,
            u => u.ExecuteAsync(building, current.Version)));
        Assert.DoesNotContain(Permission.EditProject, current.MyPermissions);
    }

    [Fact]
    public async Task ViewerCannotAddMembers()
    {
        var building = await ProjectId("BJHY-3");
        var admin = await db.Query(d => d.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync());

        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<AddMember, MemberSummary>("supervisor.zhao",
            u => u.ExecuteAsync(building, new MemberInput { UserId = admin, Role = ProjectRole.Viewer })));
    }

    [Fact]
    public async Task NonAdministratorCannotCreateUsers()
    {
        var organisation = await db.Query(d => d.Organisations.Select(o => o.Id).FirstAsync());

        await Assert.ThrowsAsync<ForbiddenException>(() => db.Run<CreateUser, UserSummary>("pm.zhang",
            u => u.ExecuteAsync(new CreateUserInput
            {
                UserName = "intruder", DisplayName = "X", Password = "long-enough-1", OrganisationId = organisation,
            })));
    }

    [Fact]
    public async Task SubcontractorMayNotStartProjectsButTheGeneralContractorMay()
    {
        var sub = await db.Run<GetCurrentUser, CurrentUserDetails>("sub.zhou", u => u.ExecuteAsync());
        var gc = await db.Run<GetCurrentUser, CurrentUserDetails>("pm.zhang", u => u.ExecuteAsync());

        Assert.False(sub.CanCreateProjects);
        Assert.True(gc.CanCreateProjects);
    }

    [Fact]
    public async Task NobodySignedInIsRefused()
    {
        await Assert.ThrowsAsync<NotSignedInException>(() =>
            db.Run<ListPortfolio, IReadOnlyList<ProjectSummary>>(null, u => u.ExecuteAsync(new PortfolioQuery())));
    }

    [Fact]
    public async Task RemovedMemberNoLongerFindsTheProject()
    {
        var building = await ProjectId("BJHY-3");
        var members = await db.Run<ListMembers, IReadOnlyList<MemberSummary>>("pm.zhang", u => u.ExecuteAsync(building));
        var designer = members.Single(m => m.UserName == "designer.zheng");

        await db.As("pm.zhang", sp => sp.GetRequiredService<RemoveMember>().ExecuteAsync(building, designer.Id));

        await Assert.ThrowsAsync<NotFoundException>(() =>
            db.Run<GetProject, ProjectDetails>("designer.zheng", u => u.ExecuteAsync(building)));
    }

    [Fact]
    public async Task TheLastProjectManagerCannotBeRemoved()
    {
        var carPark = await ProjectId("BJHY-GK");
        var members = await db.Run<ListMembers, IReadOnlyList<MemberSummary>>("pm.zhang", u => u.ExecuteAsync(carPark));
        var manager = members.Single(m => m.Role == ProjectRole.ProjectManager);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            db.As("pm.zhang", sp => sp.GetRequiredService<RemoveMember>().ExecuteAsync(carPark, manager.Id)));

        Assert.Equal("role", Assert.Single(error.Errors).Field);
    }

    internal static ProjectInput Input(ProjectDetails p) => new()
    {
        Code = p.Code,
        Name = p.Name,
        Type = p.Type,
        Location = p.Location,
        OwnerOrganisationId = p.OwnerOrganisationId,
        ContractAmount = p.ContractAmount,
        Currency = p.Currency,
        PlannedStart = p.PlannedStart,
        PlannedFinish = p.PlannedFinish,
        Status = p.Status,
        Description = p.Description,
        Version = p.Version,
    };
}
