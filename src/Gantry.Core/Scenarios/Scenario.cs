using System.Text.Json;
using Gantry.Core.Common;
using Gantry.Core.Localization;

namespace Gantry.Core.Scenarios;

/// <summary>
/// A what-if copy of a project's schedule (假设分析方案): the live schedule as it was when copied
/// (<see cref="SnapshotJson"/>) plus the ordered changes made to it. The scenario's dates are never
/// stored row by row: they are recomputed by replaying the changes, so they can never disagree with them.
/// </summary>
public sealed class Scenario : IVersioned, IProjectScoped
{
    public const int NameMaxLength = 200;

    private Scenario()
    {
        Name = CreatedByName = SnapshotJson = ChangesJson = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string Name { get; private set; }

    public ScenarioStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public Guid? CreatedByUserId { get; private set; }

    public string CreatedByName { get; private set; }

    /// <summary>The live schedule revision the copy was taken from.</summary>
    public int CopiedRevision { get; private set; }

    /// <summary>The live project finish when the copy was taken.</summary>
    public DateTime? CopiedFinish { get; private set; }

    /// <summary>The scenario's project finish after its last change (kept for the list; the page recomputes it).</summary>
    public DateTime? Finish { get; private set; }

    public string SnapshotJson { get; private set; }

    public string ChangesJson { get; private set; }

    public int ChangeCount { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public Guid? DecidedByUserId { get; private set; }

    public string? DecidedByName { get; private set; }

    public int Version { get; set; }

    public IReadOnlyList<ScenarioChange> Changes =>
        JsonSerializer.Deserialize<List<ScenarioChange>>(ChangesJson, ScenarioSnapshot.Json) ?? [];

    public ScenarioSnapshot Snapshot => ScenarioSnapshot.FromJson(SnapshotJson);

    public static Scenario Copy(Guid projectId, string? name, ScenarioSnapshot snapshot, DateTime now, Guid userId, string userName)
    {
        var v = new Validation();
        var checkedName = v.Trimmed("name", name, NameMaxLength);
        v.ThrowIfAny();
        return new Scenario
        {
            Id = Guid.CreateVersion7(), ProjectId = projectId, Name = checkedName, Status = ScenarioStatus.Open, CreatedAt = now,
            CreatedByUserId = userId, CreatedByName = userName, CopiedRevision = snapshot.Revision, CopiedFinish = snapshot.Finish,
            Finish = snapshot.Finish, SnapshotJson = snapshot.ToJson(), ChangesJson = "[]",
        };
    }

    public void Rename(string? name)
    {
        var v = new Validation();
        var checkedName = v.Trimmed("name", name, NameMaxLength);
        v.ThrowIfAny();
        Name = checkedName;
    }

    /// <summary>Stores the changes after they were applied and scheduled successfully, with the finish they give.</summary>
    public void SetChanges(IReadOnlyList<ScenarioChange> changes, DateTime? finish)
    {
        RequireOpen();
        ChangesJson = JsonSerializer.Serialize(changes, ScenarioSnapshot.Json);
        ChangeCount = changes.Count;
        Finish = finish;
    }

    public void Adopt(DateTime now, Guid userId, string userName) => Decide(ScenarioStatus.Adopted, now, userId, userName);

    public void Discard(DateTime now, Guid userId, string userName) => Decide(ScenarioStatus.Discarded, now, userId, userName);

    /// <summary>Adopted and discarded scenarios are history: changing them would rewrite what was decided.</summary>
    public void RequireOpen()
    {
        if (Status != ScenarioStatus.Open)
        {
            throw ValidationFailedException.For("status", Text.Get("ScenarioDecided", Name));
        }
    }

    private void Decide(ScenarioStatus status, DateTime now, Guid userId, string userName)
    {
        RequireOpen();
        Status = status;
        DecidedAt = now;
        DecidedByUserId = userId;
        DecidedByName = userName;
    }
}
