using Gantry.Core.Data;
using Gantry.Core.Members;
using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Gantry.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gantry.Core.Demo;

/// <summary>
/// A believable Chinese residential job: 滨江花园3号楼, a 12-storey frame-shear-wall building, with
/// its owner, supervisor, general contractor, two subcontractors, a supplier and a designer, and
/// one person of each in the project. A second project (the underground car park) leaves the
/// curtain-wall subcontractor out, to show that a party sees only its own projects.
/// </summary>
public sealed class DemoSeeder(GantryDbContext db, IPasswordHasher<User> hasher, IOptions<DemoSettings> settings,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<DemoAccount>> SeedAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var password = settings.Value.Password;

        var owner = Organisation.Create("滨江城市发展有限公司", OrganisationType.Owner, "BJCF");
        var supervisor = Organisation.Create("华信工程监理有限公司", OrganisationType.Supervisor, "HXJL");
        var contractor = Organisation.Create("江城建工集团有限公司", OrganisationType.GeneralContractor, "JCJG");
        var mep = Organisation.Create("宏远机电安装工程有限公司", OrganisationType.Subcontractor, "HYJD");
        var facade = Organisation.Create("精诚幕墙装饰工程有限公司", OrganisationType.Subcontractor, "JCMQ");
        var supplier = Organisation.Create("华东建材供应有限公司", OrganisationType.Supplier, "HDJC");
        var designer = Organisation.Create("江南建筑设计研究院有限公司", OrganisationType.Designer, "JNSJ");
        db.Organisations.AddRange(owner, supervisor, contractor, mep, facade, supplier, designer);

        var building = Project.Create(new ProjectInput
        {
            Code = "BJHY-3",
            Name = "滨江花园3号楼",
            Type = ProjectType.Building,
            Location = "江苏省南京市建邺区滨江大道88号",
            OwnerOrganisationId = owner.Id,
            ContractAmount = 86_500_000.00m,
            Currency = "CNY",
            PlannedStart = new DateOnly(2026, 3, 2),
            PlannedFinish = new DateOnly(2027, 6, 30),
            Status = ProjectStatus.InProgress,
            Description = "地上12层、地下1层框架-剪力墙结构住宅楼，建筑面积约18,600平方米，总包含土建、机电安装、幕墙及室外工程。",
        }, now);
        var carPark = Project.Create(new ProjectInput
        {
            Code = "BJHY-GK",
            Name = "滨江花园地下车库",
            Type = ProjectType.Building,
            Location = "江苏省南京市建邺区滨江大道88号",
            OwnerOrganisationId = owner.Id,
            ContractAmount = 23_800_000.00m,
            Currency = "CNY",
            PlannedStart = new DateOnly(2026, 4, 6),
            PlannedFinish = new DateOnly(2027, 1, 29),
            Status = ProjectStatus.Planned,
            Description = "地下一层车库，约420个车位，含人防工程。",
        }, now);
        db.Projects.AddRange(building, carPark);

        var accounts = new List<DemoAccount>();
        async Task<User> Person(string userName, string name, Organisation organisation, ProjectRole role)
        {
            var user = await CreateUser.BuildAsync(db, hasher, new CreateUserInput
            {
                UserName = userName,
                DisplayName = name,
                Email = userName + "@demo.gantry.local",
                Password = password,
                OrganisationId = organisation.Id,
            }, now, cancellationToken);
            db.Users.Add(user);
            db.Memberships.Add(ProjectMembership.Create(building.Id, user.Id, role, organisation.Type, now));
            accounts.Add(new DemoAccount(userName, password, name, organisation.Name, role.ToString()));
            return user;
        }

        // Organisations must exist before users reference them in validation.
        await db.SaveChangesAsync(cancellationToken);
        var manager = await Person("pm.zhang", "张伟", contractor, ProjectRole.ProjectManager);
        var planner = await Person("planner.li", "李娜", contractor, ProjectRole.Planner);
        var siteEngineer = await Person("site.wang", "王强", contractor, ProjectRole.SiteEngineer);
        var costController = await Person("cost.chen", "陈静", contractor, ProjectRole.CostController);
        await Person("owner.liu", "刘洋", owner, ProjectRole.Viewer);
        await Person("supervisor.zhao", "赵敏", supervisor, ProjectRole.Viewer);
        var mepEngineer = await Person("sub.sun", "孙浩", mep, ProjectRole.SiteEngineer);
        await Person("sub.zhou", "周杰", facade, ProjectRole.SiteEngineer);
        await Person("supplier.wu", "吴芳", supplier, ProjectRole.Viewer);
        await Person("designer.zheng", "郑磊", designer, ProjectRole.Viewer);

        DemoSchedule.Add(db, building.Id, contractor.Id, mep.Id, facade.Id, manager.Id, manager.DisplayName, now);
        db.Memberships.Add(ProjectMembership.Create(carPark.Id, manager.Id, ProjectRole.ProjectManager, contractor.Type, now));
        db.Memberships.Add(ProjectMembership.Create(carPark.Id, mepEngineer.Id, ProjectRole.SiteEngineer, mep.Type, now));
        await db.SaveChangesAsync(cancellationToken);
        await MoneyDemo.SeedAsync(db, building, new DemoParties(owner.Id, contractor.Id, mep.Id, facade.Id, supplier.Id, manager.Id,
            costController.Id, siteEngineer.Id, mepEngineer.Id), now, cancellationToken);
        await PlansDemo.SeedAsync(db, building.Id, contractor.Id, planner, manager, now, cancellationToken);
        return accounts;
    }
}
