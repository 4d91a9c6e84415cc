namespace Gantry.Interchange.Xer;

/// <summary>
/// Typed view of an XER file over the tables scheduling and costing need. The raw
/// <see cref="Document"/> stays attached, with every table and field the typed view does not model,
/// so nothing is lost for a later write.
/// </summary>
public sealed class XerSchedule
{
    private static readonly HashSet<string> Modelled = new(StringComparer.Ordinal)
    {
        "CURRTYPE", "PROJECT", "SCHEDOPTIONS", "CALENDAR", "PROJWBS", "TASK", "TASKPRED", "RSRC",
        "TASKRSRC", "ACTVTYPE", "ACTVCODE", "TASKACTV", "UDFTYPE", "UDFVALUE", "PROJCOST",
    };

    private XerSchedule(XerDocument document)
    {
        Document = document;
        var f = new XerFields(document.Source);
        Currencies = Read(document, "CURRTYPE", f, XerCurrency.From);
        Projects = Read(document, "PROJECT", f, XerProject.From);
        ScheduleOptions = Read(document, "SCHEDOPTIONS", f, XerScheduleOptions.From);
        Calendars = Read(document, "CALENDAR", f, XerCalendar.From);
        Wbs = Read(document, "PROJWBS", f, XerWbs.From);
        Tasks = Read(document, "TASK", f, XerTask.From);
        Relationships = Read(document, "TASKPRED", f, XerRelationship.From);
        Resources = Read(document, "RSRC", f, XerResource.From);
        Assignments = Read(document, "TASKRSRC", f, XerAssignment.From);
        ActivityCodeTypes = Read(document, "ACTVTYPE", f, XerActivityCodeType.From);
        ActivityCodes = Read(document, "ACTVCODE", f, XerActivityCode.From);
        TaskActivityCodes = Read(document, "TASKACTV", f, XerTaskActivityCode.From);
        UdfTypes = Read(document, "UDFTYPE", f, XerUdfType.From);
        UdfValues = Read(document, "UDFVALUE", f, XerUdfValue.From);
        Expenses = Read(document, "PROJCOST", f, XerExpense.From);
        OtherTables = [.. document.Tables.Where(t => !Modelled.Contains(t.Name))];
    }

    public XerDocument Document { get; }
    public IReadOnlyList<XerCurrency> Currencies { get; }
    public IReadOnlyList<XerProject> Projects { get; }
    public IReadOnlyList<XerScheduleOptions> ScheduleOptions { get; }
    public IReadOnlyList<XerCalendar> Calendars { get; }
    public IReadOnlyList<XerWbs> Wbs { get; }
    public IReadOnlyList<XerTask> Tasks { get; }
    public IReadOnlyList<XerRelationship> Relationships { get; }
    public IReadOnlyList<XerResource> Resources { get; }
    public IReadOnlyList<XerAssignment> Assignments { get; }
    public IReadOnlyList<XerActivityCodeType> ActivityCodeTypes { get; }
    public IReadOnlyList<XerActivityCode> ActivityCodes { get; }
    public IReadOnlyList<XerTaskActivityCode> TaskActivityCodes { get; }
    public IReadOnlyList<XerUdfType> UdfTypes { get; }
    public IReadOnlyList<XerUdfValue> UdfValues { get; }
    public IReadOnlyList<XerExpense> Expenses { get; }

    /// <summary>Tables this view does not model (OBS, RSRCRATE, ROLES…), kept as read.</summary>
    public IReadOnlyList<XerTable> OtherTables { get; }

    public static XerSchedule From(XerDocument document) => new(document);

    public static XerSchedule ReadFile(string path) => new(XerReader.ReadFile(path));

    public static XerSchedule Read(Stream stream, string source) => new(XerReader.Read(stream, source));

    /// <summary>
    /// The project to work on: the one whose id or short name is given, or the only one in the
    /// file. A file with several projects and no choice is an error that lists them.
    /// </summary>
    public XerProject SelectProject(string? idOrShortName)
    {
        if (Projects.Count == 0)
        {
            throw new InterchangeException(InterchangeText.Get("XerNoProjectRows"), Document.Source, null, "PROJECT", null);
        }

        if (idOrShortName == null)
        {
            return Projects.Count == 1
                ? Projects[0]
                : throw new InterchangeException(
                    InterchangeText.Format("XerSeveralProjects", string.Join(", ", Projects.Select(p => p.ShortName + " (" + p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")"))),
                    Document.Source, null, "PROJECT", null);
        }

        return Projects.FirstOrDefault(p => string.Equals(p.ShortName, idOrShortName, StringComparison.OrdinalIgnoreCase)
                   || p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == idOrShortName)
               ?? throw new InterchangeException(InterchangeText.Format("XerNoSuchProject", idOrShortName), Document.Source, null, "PROJECT", null);
    }

    private static List<T> Read<T>(XerDocument document, string tableName, XerFields f, Func<XerRow, XerFields, T> create)
    {
        var table = document.Table(tableName);
        if (table == null)
        {
            return [];
        }

        var list = new List<T>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            list.Add(create(row, f));
        }

        return list;
    }
}
