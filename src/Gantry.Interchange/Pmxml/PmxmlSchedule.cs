using System.Globalization;
using Gantry.Interchange.Xer;

namespace Gantry.Interchange.Pmxml;

/// <summary>
/// A P6 XML file read into P6's table form (<see cref="Tables"/>, the same typed view an XER
/// gives), plus its baseline projects. Mapping and details go through the P6 code paths, so an
/// XER and a P6 XML of one project schedule alike; errors and notes are re-worded to name the XML
/// elements (Activity, PlannedDuration …) instead of the XER tables and fields.
/// </summary>
public sealed class PmxmlSchedule
{
    private readonly IReadOnlyDictionary<string, PmxmlBaseline> _baselines;
    private readonly IReadOnlyDictionary<string, string> _currentBaselines;
    private readonly IReadOnlyList<ImportNote> _readerNotes;

    internal PmxmlSchedule(XerDocument document, string schemaVersion, IReadOnlyList<ImportNote> notes, IReadOnlyDictionary<string, PmxmlBaseline> baselines, IReadOnlyDictionary<string, string> currentBaselines)
    {
        _currentBaselines = currentBaselines;
        SchemaVersion = schemaVersion;
        _readerNotes = notes;
        _baselines = baselines;
        Tables = Translate(() => XerSchedule.From(document));
    }

    /// <summary>The file's P6 data as XER tables (PROJECT, TASK, TASKPRED, CALENDAR …).</summary>
    public XerSchedule Tables { get; }

    /// <summary>The schema version from the namespace, e.g. <c>V8.3</c>.</summary>
    public string SchemaVersion { get; }

    public string Source => Tables.Document.Source;

    /// <summary>How many baseline projects the file carries.</summary>
    public int BaselineCount => _baselines.Count;

    public static PmxmlSchedule ReadFile(string path) => PmxmlReader.ReadFile(path);

    public static PmxmlSchedule Read(Stream stream, string source) => PmxmlReader.Read(stream, source);

    /// <summary>Maps one project for the engine, chosen like an XER's (id or short name when the file holds several).</summary>
    public ImportedSchedule Map(string? project = null, DateTime? dataDate = null)
    {
        var mapped = Translate(() => XerScheduleMapper.Map(Tables, project, dataDate));
        return new ImportedSchedule
        {
            Source = mapped.Source,
            Convention = mapped.Convention,
            WrittenBy = "Primavera P6 (P6 XML " + SchemaVersion + ")",
            Network = mapped.Network,
            Options = mapped.Options,
            Calendars = mapped.Calendars,
            Stored = mapped.Stored,
            Notes = [.. _readerNotes, .. mapped.Notes.Select(n => n with { Record = Record(n.Record) })],
        };
    }

    /// <summary>
    /// WBS, resources and budgets as for an XER; baseline dates from the project's baseline when
    /// the file carries one (the project's CurrentBaselineProjectObjectId, else the only one).
    /// </summary>
    public ScheduleDetails Details(ImportedSchedule imported, string? project = null)
    {
        var details = ScheduleDetailsReader.FromXer(Tables, imported);
        var baseline = BaselineOf(project);
        if (baseline == null)
        {
            return details;
        }

        var activities = imported.Network.Activities.Select(a =>
        {
            var own = details.For(a.Id) ?? new ActivityDetails { Id = a.Id };
            var dates = baseline.For(a.Code);
            return own with { PlannedStart = dates?.Start, PlannedFinish = dates?.Finish };
        });
        return new ScheduleDetails(activities, details.HasResourceData, hasBaseline: true);
    }

    private PmxmlBaseline? BaselineOf(string? project)
    {
        if (_baselines.Count == 0)
        {
            return null;
        }

        var chosen = Translate(() => Tables.SelectProject(project));
        if (_currentBaselines.TryGetValue(chosen.Id.ToString(CultureInfo.InvariantCulture), out var current) && _baselines.TryGetValue(current, out var baseline))
        {
            return baseline;
        }

        return _baselines.Count == 1 ? _baselines.Values.First() : null;
    }

    private static T Translate<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (InterchangeException ex) when (ex.Problem != null)
        {
            var spec = SpecOf(ex.Record);
            string? field = ex.Field is { } f && spec != null ? spec.ElementOf(f) : ex.Field;
            throw new InterchangeException(ex.Problem, ex.Source, ex.Line, Record(ex.Record), field, ex);
        }
    }

    /// <summary>"TASK 4711" becomes "Activity 4711": the XML element the row came from.</summary>
    private static string Record(string? record)
    {
        if (string.IsNullOrEmpty(record))
        {
            return record ?? string.Empty;
        }

        var spec = SpecOf(record);
        int space = record.IndexOf(' ', StringComparison.Ordinal);
        return spec == null ? record : spec.Element + (space < 0 ? string.Empty : record[space..]);
    }

    private static PmxmlTableSpec? SpecOf(string? record)
    {
        if (record == null)
        {
            return null;
        }

        int space = record.IndexOf(' ', StringComparison.Ordinal);
        string table = space < 0 ? record : record[..space];
        return PmxmlSpecs.All.FirstOrDefault(s => s.Table == table);
    }
}
