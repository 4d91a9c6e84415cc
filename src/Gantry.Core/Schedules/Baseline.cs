using Gantry.Core.Common;

namespace Gantry.Core.Schedules;

/// <summary>
/// A named copy of the schedule's dates at one moment (目标计划), with who saved it and, once the
/// project manager signs it off, who approved it and when. Its rows are <see cref="BaselineActivity"/>.
/// </summary>
public sealed class Baseline : IVersioned, IProjectScoped
{
    public const int NameMaxLength = 200;

    private Baseline()
    {
        Name = SavedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string Name { get; private set; }

    public DateTime SavedAt { get; private set; }

    public Guid? SavedByUserId { get; private set; }

    public string SavedByName { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public Guid? ApprovedByUserId { get; private set; }

    public string? ApprovedByName { get; private set; }

    public int Version { get; set; }

    public static Baseline Save(Guid projectId, string? name, DateTime now, Guid userId, string userName)
    {
        var v = new Validation();
        var checkedName = v.Trimmed("name", name, NameMaxLength);
        v.ThrowIfAny();
        return new Baseline
        {
            Id = Guid.CreateVersion7(), ProjectId = projectId, Name = checkedName, SavedAt = now, SavedByUserId = userId,
            SavedByName = userName,
        };
    }

    public void Approve(DateTime now, Guid userId, string userName)
    {
        if (ApprovedAt is not null)
        {
            throw ValidationFailedException.For("approvedAt", Localization.Text.Get("BaselineAlreadyApproved", Name));
        }

        ApprovedAt = now;
        ApprovedByUserId = userId;
        ApprovedByName = userName;
    }
}
