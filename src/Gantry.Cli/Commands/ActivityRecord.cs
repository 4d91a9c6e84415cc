namespace Gantry.Cli.Commands;

/// <summary>
/// One activity as <c>gantry schedule</c> prints it: keys of the file (XER task_id / MSPDI UID,
/// P6 activity ID / MS Project ID), dates as local <c>yyyy-MM-ddTHH:mm</c>, floats in hours.
/// </summary>
public sealed record ActivityRecord(
    string Uid,
    string? Code,
    string? Name,
    string EarlyStart,
    string EarlyFinish,
    string LateStart,
    string LateFinish,
    double? TotalFloatHours,
    double? FreeFloatHours,
    bool Critical);
