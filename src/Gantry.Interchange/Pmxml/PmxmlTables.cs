using Gantry.Interchange.Xer;

namespace Gantry.Interchange.Pmxml;

/// <summary>
/// Collects P6 XML business objects as rows of the XER tables P6 itself would export, so that one
/// mapper (<see cref="XerScheduleMapper"/>) gives both formats the same meaning. Each row keeps the
/// XML line of its element, so later errors still point into the XML file.
/// </summary>
internal sealed class PmxmlTables
{
    private static readonly string[] OptionElements =
        ["OutOfSequenceScheduleType", "ComputeTotalFloatType", "RelationshipLagCalendar", "StartToStartLagCalculationType",
         "MakeOpenEndedActivitiesCritical", "UseExpectedEndDates", "UseProjectEndDateForTotalFloat"];

    private readonly PmxmlValues _values;
    private readonly Dictionary<PmxmlTableSpec, XerTable> _tables = [];
    private readonly List<(string[] Values, long Line)> _wbs = [];
    private readonly HashSet<string> _wbsIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _relationshipIds = new(StringComparer.Ordinal);

    public PmxmlTables(PmxmlValues values)
    {
        _values = values;
        foreach (var spec in PmxmlSpecs.All)
        {
            _tables[spec] = new XerTable(spec.Table, spec.Fields, 0);
        }
    }

    public void AddProject(PmxmlElement project)
    {
        // Newer P6 versions nest the schedule options in a ScheduleOptions element; older ones list them on the Project.
        var options = project.Field("ScheduleOptions") ?? project;
        AddRow(PmxmlSpecs.Project, project, null, options);
        if (!Array.Exists(OptionElements, name => options.Field(name) != null))
        {
            return; // no options in the file: the mapper notes that P6's defaults apply
        }

        string outOfSequence = _values.Code(options, "OutOfSequenceScheduleType", PmxmlVocabulary.OutOfSequence);
        string[] row =
        [
            _values.Id(project, "ObjectId"),
            outOfSequence is "" or "retained" ? "Y" : "N",
            outOfSequence == "override" ? "Y" : "N",
            _values.Code(options, "ComputeTotalFloatType", PmxmlVocabulary.FloatType),
            _values.Code(options, "RelationshipLagCalendar", PmxmlVocabulary.LagCalendar),
            _values.Code(options, "StartToStartLagCalculationType", PmxmlVocabulary.StartToStartLag),
            _values.Flag(options, "MakeOpenEndedActivitiesCritical"),
            _values.Flag(options, "UseExpectedEndDates"),
            _values.Flag(options, "UseProjectEndDateForTotalFloat"),
        ];
        Add(PmxmlSpecs.ScheduleOptions, row, options.Line);
    }

    public void AddCalendar(PmxmlElement calendar, string? project)
    {
        var row = Values(PmxmlSpecs.Calendar, calendar, project, calendar);
        row[PmxmlSpecs.Calendar.Columns.Count - 1] = PmxmlCalendarData.ToXml(calendar, _values);
        Add(PmxmlSpecs.Calendar, row, calendar.Line);
    }

    /// <summary>WBS rows wait for the end of the file: a parent that is not a WBS node (the project) becomes no parent.</summary>
    public void AddWbs(PmxmlElement wbs, string? project)
    {
        var row = Values(PmxmlSpecs.Wbs, wbs, project, wbs);
        row[^1] = "N";
        _wbsIds.Add(row[0]);
        _wbs.Add((row, wbs.Line));
    }

    public void AddActivity(PmxmlElement activity, string? project)
    {
        var row = Values(PmxmlSpecs.Activity, activity, project, activity);
        Add(PmxmlSpecs.Activity, row, activity.Line);
        string taskId = row[0];
        string projectId = row[1];
        foreach (var code in activity.All("Code"))
        {
            string type = PmxmlValues.Typed(code, "TypeObjectId") != null ? _values.Id(code, "TypeObjectId") : _values.Id(code, "CodeTypeObjectId");
            Add(PmxmlSpecs.ActivityCodes, [taskId, type, _values.Id(code, "ValueObjectId"), projectId], code.Line);
        }

        foreach (var udf in activity.All("UDF"))
        {
            string text = PmxmlValues.Text(udf, "TextValue") is { Length: > 0 } t ? t
                : PmxmlValues.Text(udf, "IndicatorValue") is { Length: > 0 } i ? i : PmxmlValues.Text(udf, "CodeValue");
            string number = udf.Field("DoubleValue") != null ? _values.Number(udf, "DoubleValue")
                : udf.Field("CostValue") != null ? _values.Number(udf, "CostValue") : _values.Number(udf, "IntegerValue");
            string date = udf.Field("StartDateValue") != null ? _values.Date(udf, "StartDateValue") : _values.Date(udf, "FinishDateValue");
            Add(PmxmlSpecs.UdfValue, [_values.Id(udf, "TypeObjectId"), taskId, projectId, text, number, date], udf.Line);
        }
    }

    /// <summary>A link between two exported projects appears in both; it is one relationship.</summary>
    public void AddRelationship(PmxmlElement relationship, string? project)
    {
        var row = Values(PmxmlSpecs.Relationship, relationship, project, relationship);
        if (_relationshipIds.Add(row[0]))
        {
            Add(PmxmlSpecs.Relationship, row, relationship.Line);
        }
    }

    public void Add(PmxmlTableSpec spec, PmxmlElement element, string? project) =>
        Add(spec, Values(spec, element, project, element), element.Line);

    public XerDocument Build(string source, string version)
    {
        var wbs = _tables[PmxmlSpecs.Wbs];
        foreach (var (values, line) in _wbs)
        {
            if (!_wbsIds.Contains(values[2]))
            {
                values[2] = string.Empty;
            }

            Add(PmxmlSpecs.Wbs, values, line);
        }

        _wbs.Clear();
        return new XerDocument(source, [version], [.. PmxmlSpecs.All.Select(s => _tables[s]).Where(t => t.Rows.Count > 0 || t.Name is "PROJECT" or "TASK")]);
    }

    private void AddRow(PmxmlTableSpec spec, PmxmlElement element, string? project, PmxmlElement fallback) =>
        Add(spec, Values(spec, element, project, fallback), element.Line);

    private string[] Values(PmxmlTableSpec spec, PmxmlElement element, string? project, PmxmlElement fallback)
    {
        var values = new string[spec.Columns.Count];
        for (int i = 0; i < values.Length; i++)
        {
            var column = spec.Columns[i];
            var owner = element.Field(column.Element) == null && fallback.Field(column.Element) != null ? fallback : element;
            values[i] = column.Kind switch
            {
                PmxmlKind.Text => PmxmlValues.Text(owner, column.Element),
                PmxmlKind.Id => _values.Id(owner, column.Element),
                PmxmlKind.OptionalId => _values.OptionalId(owner, column.Element) ?? string.Empty,
                PmxmlKind.ProjectId => _values.OptionalId(owner, column.Element) ?? project
                    ?? throw _values.Error(owner, column.Element, InterchangeText.Get("RecordWithoutProject")),
                PmxmlKind.Number => _values.Number(owner, column.Element),
                PmxmlKind.Percent => _values.Percent(owner, column.Element),
                PmxmlKind.Date => _values.Date(owner, column.Element),
                PmxmlKind.Flag => _values.Flag(owner, column.Element),
                PmxmlKind.Code => _values.Code(owner, column.Element, column.Words!),
                _ => throw new ArgumentOutOfRangeException(nameof(spec), column.Kind, "unknown column kind"),
            };
        }

        return values;
    }

    /// <summary>Joins the values the way an XER line holds them, remembering where each starts.</summary>
    private void Add(PmxmlTableSpec spec, string[] values, long line)
    {
        var starts = new int[values.Length + 1];
        int position = 0;
        for (int i = 0; i < values.Length; i++)
        {
            starts[i] = position;
            position += values[i].Length + 1;
        }

        starts[^1] = position;
        var table = _tables[spec];
        table.Add(new XerRow(table, string.Join('\t', values), starts, line));
    }
}
