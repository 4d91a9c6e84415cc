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
        new(ScheduleErrorKind.InvalidInput, string.Create(CultureInfo.InvariantCulture, $"Activity at position {position} is null."), []);

    public static ScheduleError NoId(int position) =>
        new(ScheduleErrorKind.InvalidInput, string.Create(CultureInfo.InvariantCulture, $"Activity at position {position} has no Id."), []);

    public static ScheduleError DuplicateId(string id) =>
        new(ScheduleErrorKind.InvalidInput, $"Activity id '{id}' is used twice.", [id]);

    public static ScheduleError NegativeDuration(string id) =>
        new(ScheduleErrorKind.InvalidInput, $"Activity '{id}' has a negative duration.", [id]);

    public static ScheduleError DateOutOfRange(DateTime value, string id, string field) =>
        new(ScheduleErrorKind.DateOutOfRange, string.Create(CultureInfo.InvariantCulture, $"Activity '{id}' field {field} = {value:yyyy-MM-dd HH:mm} is outside the supported range (years 1900 to 2200)."), [id]);

    public static ScheduleError NullRelationship(int position) =>
        new(ScheduleErrorKind.InvalidInput, string.Create(CultureInfo.InvariantCulture, $"Relationship at position {position} is null."), []);

    public static ScheduleError MissingLinked(string? id, ScheduleRelationship r, int position) =>
        new(
            ScheduleErrorKind.MissingActivity,
            string.Create(CultureInfo.InvariantCulture, $"Relationship {position} ({r.PredecessorId} -> {r.SuccessorId}) names activity '{id}', which is not in the network."),
            [r.PredecessorId ?? "", r.SuccessorId ?? ""]);

    public static ScheduleError ImpossibleLag(string predecessorId, string successorId, double lag) =>
        new(ScheduleErrorKind.InvalidInput, string.Create(CultureInfo.InvariantCulture, $"Relationship {predecessorId} -> {successorId} has an impossible lag {lag}."), [predecessorId, successorId]);
}
