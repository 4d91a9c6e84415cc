using Gantry.Core.Organisations;
using Gantry.Core.Projects;
using Gantry.Core.Schedules;
using Gantry.Scheduling;
using Gantry.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gantry.Core.Tests.Schedules;

/// <summary>Builds small schedules in a fresh project (planned start Monday 2027-03-01) as pm.zhang.</summary>
internal sealed class TestSchedule(CoreDatabase db, Guid projectId)
{
    public const string Planner = "pm.zhang";

    public static readonly DateTime Start = new(2027, 3, 1, 8, 0, 0);

    public Guid ProjectId { get; } = projectId;

    public static async Task<TestSchedule> CreateAsync(CoreDatabase db, string code)
    {
        var owner = await db.Query(d => d.Organisations.Where(o => o.Type == OrganisationType.Owner && o.Code == "BJCF").Select(o => o.Id).SingleAsync());
        var project = await db.Run<CreateProject, ProjectDetails>(Planner, u => u.ExecuteAsync(new ProjectInput
        {
            Code = code, Name = "计划测试 " + code, Type = ProjectType.Building, OwnerOrganisationId = owner, ContractAmount = 1_000_000m,
            PlannedStart = DateOnly.FromDateTime(Start), PlannedFinish = new DateOnly(2027, 12, 31),
        }));
        return new TestSchedule(db, project.Id);
    }

    public static long Days(int days) => days * 480L;

    public async Task<Guid> Activity(string code, int days, ActivityType type = ActivityType.Task, Guid? organisationId = null)
    {
        var change = await db.Run<AddActivity, ScheduleChange>(Planner, u => u.ExecuteAsync(ProjectId, new ActivityInput
        {
            Code = code, Name = "作业 " + code, Type = type, OriginalDurationMinutes = Days(days), ResponsibleOrganisationId = organisationId,
        }));
        return change.Id!.Value;
    }

    public Task<ScheduleChange> Link(Guid predecessor, Guid successor, RelationshipType type = RelationshipType.FinishToStart, double lag = 0) =>
        db.Run<AddLink, ScheduleChange>(Planner, u => u.ExecuteAsync(ProjectId, new LinkInput
        {
            PredecessorId = predecessor, SuccessorId = successor, Type = type, LagMinutes = lag,
        }));

    public Task<SchedulePayload> Load(string userName = Planner) =>
        db.Run<GetSchedule, SchedulePayload>(userName, u => u.ExecuteAsync(ProjectId));

    public async Task<ActivityPayload> Get(Guid id) => (await Load()).Activities.Single(a => a.Id == id);
}
