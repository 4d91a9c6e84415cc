using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gantry.Web.Tests.Infrastructure;
using Xunit;

namespace Gantry.Web.Tests;

public sealed class ProjectApiTests(GantryApp app) : IClassFixture<GantryApp>
{
    private static async Task<string> OwnerId(HttpClient client)
    {
        var organisations = await (await client.GetAsync("/api/v1/organisations")).Read(HttpStatusCode.OK);
        return organisations.EnumerateArray().First(o => o.Str("code") == "BJCF").Str("id");
    }

    private static async Task<string> ProjectId(HttpClient client, string code)
    {
        var projects = await (await client.GetAsync($"/api/v1/projects?search={code}&includeArchived=true")).Read(HttpStatusCode.OK);
        return projects.EnumerateArray().Single(p => p.Str("code") == code).Str("id");
    }

    private static Dictionary<string, object?> Editable(JsonElement project) => new(StringComparer.Ordinal)
    {
        ["code"] = project.Str("code"),
        ["name"] = project.Str("name"),
        ["type"] = project.Str("type"),
        ["location"] = project.Str("location"),
        ["ownerOrganisationId"] = project.Str("ownerOrganisationId"),
        ["contractAmount"] = project.GetProperty("contractAmount").GetDecimal(),
        ["currency"] = project.Str("currency"),
        ["plannedStart"] = project.Str("plannedStart"),
        ["plannedFinish"] = project.Str("plannedFinish"),
        ["status"] = project.Str("status"),
        ["description"] = project.Str("description"),
        ["version"] = project.GetProperty("version").GetInt32(),
    };

    [Fact]
    public async Task AProjectManagerCreatesEditsAndArchivesAProject()
    {
        var pm = await app.SignedIn("pm.zhang");
        var created = await pm.PostAsJsonAsync("/api/v1/projects", new
        {
            code = "BJHY-5", name = "滨江花园5号楼", type = "building", location = "南京市建邺区", ownerOrganisationId = await OwnerId(pm),
            contractAmount = 91_200_000.50m, currency = "CNY", plannedStart = "2027-02-01", plannedFinish = "2028-05-31",
            description = "18层住宅",
        });
        var project = await created.Read(HttpStatusCode.Created);
        Assert.Equal($"/api/v1/projects/{project.Str("id")}", created.Headers.Location!.OriginalString);
        Assert.Equal("projectManager", project.Str("myRole"));

        var edit = Editable(project);
        edit["name"] = "滨江花园5号楼（高层）";
        edit["status"] = "inProgress";
        var updated = await (await pm.PutAsJson($"/api/v1/projects/{project.Str("id")}", edit)).Read(HttpStatusCode.OK);
        Assert.Equal("滨江花园5号楼（高层）", updated.Str("name"));
        Assert.Equal(project.GetProperty("version").GetInt32() + 1, updated.GetProperty("version").GetInt32());

        var archived = await (await pm.PostAsJsonAsync($"/api/v1/projects/{project.Str("id")}/archive",
            new { version = updated.GetProperty("version").GetInt32() })).Read(HttpStatusCode.OK);
        Assert.True(archived.GetProperty("isArchived").GetBoolean());
        var portfolio = await (await pm.GetAsync("/api/v1/projects")).Read(HttpStatusCode.OK);
        Assert.DoesNotContain(portfolio.EnumerateArray(), p => p.Str("code") == "BJHY-5");

        var audit = await (await pm.GetAsync($"/api/v1/audit?projectId={project.Str("id")}")).Read(HttpStatusCode.OK);
        var actions = audit.EnumerateArray().Where(a => a.Str("entityName") == "Project").Select(a => a.Str("action")).ToArray();
        Assert.Equal(["updated", "updated", "created"], actions);
        Assert.All(audit.EnumerateArray(), a => Assert.Equal("pm.zhang", a.Str("userName")));
    }

    [Fact]
    public async Task TheSecondOfTwoConcurrentEditsGetsA409WithTheMessage()
    {
        var first = await app.SignedIn("pm.zhang");
        var second = await app.SignedIn("pm.zhang", language: "zh-CN");
        var id = await ProjectId(first, "BJHY-GK");
        var loaded = await (await first.GetAsync($"/api/v1/projects/{id}")).Read(HttpStatusCode.OK);

        var one = Editable(loaded);
        one["description"] = "第一位的修改";
        var two = Editable(loaded);
        two["description"] = "第二位的修改";
        await (await first.PutAsJson($"/api/v1/projects/{id}", one)).Read(HttpStatusCode.OK);
        var conflict = await (await second.PutAsJson($"/api/v1/projects/{id}", two)).Problem(HttpStatusCode.Conflict);

        Assert.Equal("项目在您打开后已被其他人修改。请刷新后重新修改。", conflict.Str("detail"));
        var stored = await (await first.GetAsync($"/api/v1/projects/{id}")).Read(HttpStatusCode.OK);
        Assert.Equal("第一位的修改", stored.Str("description"));
    }

    [Fact]
    public async Task ANonMemberGets404ForTheProjectAndItsMembers()
    {
        var sub = await app.SignedIn("sub.zhou");
        var admin = await app.SignedIn("admin");
        var carPark = await ProjectId(admin, "BJHY-GK");

        await (await sub.GetAsync($"/api/v1/projects/{carPark}")).Problem(HttpStatusCode.NotFound);
        await (await sub.GetAsync($"/api/v1/projects/{carPark}/members")).Problem(HttpStatusCode.NotFound);
        await (await sub.GetAsync($"/api/v1/audit?projectId={carPark}")).Problem(HttpStatusCode.NotFound);
        await (await sub.PutAsJson($"/api/v1/projects/{carPark}", new { version = 1 })).Problem(HttpStatusCode.NotFound);
        var unknown = await (await sub.GetAsync($"/api/v1/projects/{Guid.NewGuid()}")).Problem(HttpStatusCode.NotFound);
        var hidden = await (await sub.GetAsync($"/api/v1/projects/{carPark}")).Problem(HttpStatusCode.NotFound);
        Assert.Equal(unknown.Str("detail"), hidden.Str("detail"));
    }

    [Fact]
    public async Task AViewerCanReadButNotEditOrArchive()
    {
        var owner = await app.SignedIn("owner.liu");
        var id = await ProjectId(owner, "BJHY-3");
        var project = await (await owner.GetAsync($"/api/v1/projects/{id}")).Read(HttpStatusCode.OK);

        Assert.Equal("viewer", project.Str("myRole"));
        Assert.Equal(["viewProject"], project.GetProperty("myPermissions").EnumerateArray().Select(p => p.GetString()));
        await (await owner.PutAsJson($"/api/v1/projects/{id}", Editable(project))).Problem(HttpStatusCode.Forbidden);
        await (await owner.PostAsJsonAsync($"/api/v1/projects/{id}/archive", new { version = 1 })).Problem(HttpStatusCode.Forbidden);
        await (await owner.PostAsJsonAsync($"/api/v1/projects/{id}/members", new { userId = Guid.NewGuid(), role = "viewer" }))
            .Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ASubcontractorCannotStartAProject()
    {
        var sub = await app.SignedIn("sub.sun");

        var response = await sub.PostAsJsonAsync("/api/v1/projects", new { code = "SUB-1", name = "x" });

        await response.Problem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task OnlyAnAdministratorCreatesUsers()
    {
        var pm = await app.SignedIn("pm.zhang");
        var admin = await app.SignedIn("admin");
        var organisation = await OwnerId(admin);
        var body = new { userName = "new.engineer", displayName = "新工程师", password = "Long-Enough-1", organisationId = organisation };

        await (await pm.PostAsJsonAsync("/api/v1/users", body)).Problem(HttpStatusCode.Forbidden);
        var created = await (await admin.PostAsJsonAsync("/api/v1/users", body)).Read(HttpStatusCode.Created);

        Assert.Equal("new.engineer", created.Str("userName"));
        await app.SignedIn("new.engineer", "Long-Enough-1");
        await (await pm.PutAsJson($"/api/v1/users/{created.Str("id")}/password", new { newPassword = "Taken-Over-123" }))
            .Problem(HttpStatusCode.Forbidden);
        await (await admin.PutAsJson($"/api/v1/users/{created.Str("id")}/password", new { newPassword = "Reset-By-Admin-1" }))
            .Read(HttpStatusCode.NoContent);
        await app.SignedIn("new.engineer", "Reset-By-Admin-1");
    }

    [Fact]
    public async Task AProjectManagerAddsAMemberWhoThenSeesTheProject()
    {
        var admin = await app.SignedIn("admin");
        var pm = await app.SignedIn("pm.zhang");
        var users = await (await admin.GetAsync("/api/v1/users")).Read(HttpStatusCode.OK);
        var zhou = users.EnumerateArray().Single(u => u.Str("userName") == "sub.zhou").Str("id");
        var carPark = await ProjectId(pm, "BJHY-GK");

        var member = await (await pm.PostAsJsonAsync($"/api/v1/projects/{carPark}/members", new { userId = zhou, role = "siteEngineer" }))
            .Read(HttpStatusCode.Created);

        Assert.Equal("subcontractor", member.Str("partyRole"));
        var sub = await app.SignedIn("sub.zhou");
        await (await sub.GetAsync($"/api/v1/projects/{carPark}")).Read(HttpStatusCode.OK);
        await (await pm.DeleteAsync($"/api/v1/projects/{carPark}/members/{member.Str("id")}")).Read(HttpStatusCode.NoContent);
        await (await sub.GetAsync($"/api/v1/projects/{carPark}")).Problem(HttpStatusCode.NotFound);
    }
}
