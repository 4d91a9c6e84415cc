namespace Gantry.Core.Schedules;

/// <summary>
/// One activity's dates in a <see cref="Baseline"/>. It keeps the activity id and code but no
/// foreign key: deleting an activity later must not rewrite history.
/// </summary>
public sealed class BaselineActivity
{
    private BaselineActivity()
    {
        Code = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid BaselineId { get; private set; }

    public Guid ActivityId { get; private set; }

    public string Code { get; private set; }

    public DateTime? Start { get; private set; }

    public DateTime? Finish { get; private set; }

    public long DurationMinutes { get; private set; }

    public static BaselineActivity Of(Guid baselineId, Activity activity) => new()
    {
        Id = Guid.CreateVersion7(),
        BaselineId = baselineId,
        ActivityId = activity.Id,
        Code = activity.Code,
        Start = activity.Start,
        Finish = activity.Finish,
        DurationMinutes = activity.OriginalDurationMinutes,
    };
}
