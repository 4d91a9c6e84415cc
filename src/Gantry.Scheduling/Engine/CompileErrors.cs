using System.Globalization;

namespace Gantry.Scheduling.Engine;

/// <summary>
/// The input errors compiling a network can find. Building a message takes string formatting
/// that, written at the throw site, kept the per-activity and per-link loops' small checks from
/// being inlined; here it runs only for input that fails.
/// </summary>
internal static class CompileErrors
{
    public static ScheduleError NullActivity(int position) =>
        new(ScheduleErrorKind.InvalidInput, EngineText.Format("NullActivity", position), []);

    public static ScheduleError NoId(int position) =>
        new(ScheduleErrorKind.InvalidInput, EngineText.Format("ActivityNoId", position), []);

    public static ScheduleError DuplicateId(string id) =>
        new(ScheduleErrorKind.InvalidInput, EngineText.Format("ActivityIdTwice", id), [id]);

    public static ScheduleError NegativeDuration(string id) =>
        new(ScheduleErrorKind.InvalidInput, EngineText.Format("NegativeDuration", id), [id]);

    public static ScheduleError DateOutOfRange(DateTime value, string id, string field) =>
        new(ScheduleErrorKind.DateOutOfRange, EngineText.Format("ActivityDateOutOfRange", id, field, value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)), [id]);

    public static ScheduleError NullRelationship(int position) =>
        new(ScheduleErrorKind.InvalidInput, EngineText.Format("NullRelationship", position), []);

    public static ScheduleError MissingLinked(string? id, ScheduleRelationship r, int position) =>
        new(
            ScheduleErrorKind.MissingActivity,
            EngineText.Format("MissingLinked", position, r.PredecessorId, r.SuccessorId, id),
            [r.PredecessorId ?? "", r.SuccessorId ?? ""]);

    public static ScheduleError ImpossibleLag(string predecessorId, string successorId, double lag) =>
        new(ScheduleErrorKind.InvalidInput, EngineText.Format("ImpossibleLag", predecessorId, successorId, lag), [predecessorId, successorId]);
}
