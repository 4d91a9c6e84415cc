using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Gantry.Core.Tests;

public sealed class PortfolioTests(CoreDatabase db) : IClassFixture<CoreDatabase>
{
    private Task<IReadOnlyList<ProjectSummary>> List(PortfolioQuery query, string user = "admin") =>
        db.Run<ListPortfolio, IReadOnlyList<ProjectSummary>>(user, u => u.ExecuteAsync(query));

    private async Task CreateAsync(string code, string name, decimal amount, DateOnly start, string location = "Nanjing")
    {
        var owner = await db.Query(d => d.Organisations.Where(o => o.Type == OrganisationType.Owner && o.Code == "BJCF")
            .Select(o => o.Id).SingleAsync());
        if (!await db.Query(d => d.Projects.AnyAsync(p => p.Code == code)))
        {
            await db.Run<CreateProject, ProjectDetails>("admin", u => u.ExecuteAsync(new ProjectInput
            {
                Code = code, Name = name, Type = ProjectType.Infrastructure, Location = location, OwnerOrganisationId = owner,
                ContractAmount = amount, PlannedStart = start, PlannedFinish = start.AddMonths(6),
            }));
        }
    }

    private async Task SeedAsync()
    {
        await CreateAsync("RD-100", "Jiangbei Road", 300m, new DateOnly(2027, 5, 1));
        await CreateAsync("BR_7", "阿里桥 Bridge", 20_000_000_000m, new DateOnly(2026, 1, 5));
    }

    [Fact]
    public async Task SearchIgnoresCaseAndMatchesCodeNameOrLocation()
    {
        await SeedAsync();

        Assert.Equal(["RD-100"], (await List(new PortfolioQuery { Search = "JIANGBEI" })).Select(p => p.Code));
        Assert.Equal(["BR_7"], (await List(new PortfolioQuery { Search = "br_" })).Select(p => p.Code));
        Assert.Equal(["BR_7", "RD-100"], (await List(new PortfolioQuery { Search = "nanJING" })).Select(p => p.Code));
        Assert.Equal(["BJHY-3", "BJHY-GK"], (await List(new PortfolioQuery { Search = "滨江花园" }, "pm.zhang")).Select(p => p.Code));
    }

    [Fact]
    public async Task LikeWildcardsInTheSearchAreTakenLiterally()
    {
        await SeedAsync();

        Assert.Empty(await List(new PortfolioQuery { Search = "%" }));
        Assert.Equal(["BR_7"], (await List(new PortfolioQuery { Search = "_" })).Select(p => p.Code));
    }

    [Fact]
    public async Task SortsByAmountAndByStartInBothDirections()
    {
        await SeedAsync();

        var byAmount = await List(new PortfolioQuery { Sort = PortfolioSort.ContractAmount, Descending = true });
        var byStart = await List(new PortfolioQuery { Sort = PortfolioSort.PlannedStart });

        // Other tests of this class add depots; the order of these four is what is checked.
        string[] known = ["BR_7", "BJHY-3", "BJHY-GK", "RD-100"];
        Assert.Equal(known, byAmount.Select(p => p.Code).Where(known.Contains));
        Assert.Equal(known, byStart.Select(p => p.Code).Where(known.Contains));
    }

    [Fact]
    public async Task ArchivedProjectsLeaveTheDefaultListButCanBeShown()
    {
        await CreateAsync("OLD-1", "Archived depot", 1m, new DateOnly(2020, 1, 1), "Wuhan");
        var old = (await List(new PortfolioQuery { Search = "OLD-1" })).Single();
        var details = await db.Run<GetProject, ProjectDetails>("admin", u => u.ExecuteAsync(old.Id));

        await db.Run<ArchiveProject, ProjectDetails>("admin", u => u.ExecuteAsync(old.Id, details.Version));

        Assert.Empty(await List(new PortfolioQuery { Search = "OLD-1" }));
        Assert.True(Assert.Single(await List(new PortfolioQuery { Search = "OLD-1", IncludeArchived = true })).IsArchived);
    }

    [Fact]
    public async Task ARestoredProjectIsBackInTheListAndEditable()
    {
        await CreateAsync("OLD-2", "Restored depot", 1m, new DateOnly(2021, 1, 1), "Wuhan");
        var id = (await List(new PortfolioQuery { Search = "OLD-2" })).Single().Id;
        var loaded = await db.Run<GetProject, ProjectDetails>("admin", u => u.ExecuteAsync(id));
        var archived = await db.Run<ArchiveProject, ProjectDetails>("admin", u => u.ExecuteAsync(id, loaded.Version));

        var restored = await db.Run<ArchiveProject, ProjectDetails>("admin", u => u.ExecuteAsync(id, archived.Version, archived: false));
        var renamed = await db.Run<UpdateProject, ProjectDetails>("admin",
            u => u.ExecuteAsync(id, PermissionTests.Input(restored) with { Name = "Depot in use again" }));

        Assert.False(restored.IsArchived);
        Assert.Equal("Depot in use again", renamed.Name);
        Assert.Single(await List(new PortfolioQuery { Search = "OLD-2" }));
    }
}
