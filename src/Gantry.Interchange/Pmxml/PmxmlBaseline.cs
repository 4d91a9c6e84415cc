namespace Gantry.Interchange.Pmxml;

/// <summary>
/// A BaselineProject's activity dates by activity ID (the code a planner sees, which a baseline
/// copy keeps while its ObjectIds are new). The baseline date is the activity's start and finish
/// in the copy, falling back to its planned dates, as P6 shows them in "BL Project Start/Finish".
/// </summary>
internal sealed class PmxmlBaseline
{
    private readonly Dictionary<string, (DateTime? Start, DateTime? Finish)> _byCode = new(StringComparer.Ordinal);

    public int Count => _byCode.Count;

    public void Add(PmxmlElement activity, PmxmlValues values)
    {
        if (activity.Value("Id") is not { } code)
        {
            return;
        }

        var start = values.OptionalDate(activity, "StartDate") ?? values.OptionalDate(activity, "PlannedStartDate");
        var finish = values.OptionalDate(activity, "FinishDate") ?? values.OptionalDate(activity, "PlannedFinishDate");
        _byCode.TryAdd(code, (start, finish));
    }

    public (DateTime? Start, DateTime? Finish)? For(string? code) =>
        code != null && _byCode.TryGetValue(code, out var dates) ? dates : null;
}
