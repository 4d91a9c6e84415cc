using System.Xml.Linq;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// Reads MS Project XML (MSPDI). XML is opened through <see cref="SafeXml"/>: no DTD, no external
/// entities. Errors name the XML line, the record (Task UID …) and the element.
/// </summary>
public static class MspdiReader
{
    public static MspdiProject ReadFile(string path)
    {
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InterchangeException(InterchangeText.Format("CannotOpen", ex.Message), path, null, null, null, ex);
        }

        using (stream)
        {
            return Read(stream, Path.GetFileName(path));
        }
    }

    public static MspdiProject Read(Stream stream, string source)
    {
        XDocument document = SafeXml.Load(stream, source);
        XElement root = document.Root!;
        if (root.Name.LocalName != "Project")
        {
            throw new InterchangeException(InterchangeText.Format("NotMspdi", root.Name.LocalName), source, 1, null, null);
        }

        var e = new MspdiElements(source);
        const string record = "Project";
        var tasks = Collection(root, "Tasks", "Task", x => MspdiTask.From(x, e));
        CheckUnique(tasks, t => t.Uid, t => t.Element, "Task", e);
        var calendars = Collection(root, "Calendars", "Calendar", x => MspdiCalendar.From(x, e));
        CheckUnique(calendars, c => c.Uid, c => c.Element, "Calendar", e);
        var resources = Collection(root, "Resources", "Resource", x => MspdiResource.From(x, e));
        return new MspdiProject
        {
            Document = document,
            Source = source,
            Name = MspdiElements.Text(root, "Name"),
            Title = MspdiElements.Text(root, "Title"),
            SaveVersion = e.Int(root, "SaveVersion", record),
            ScheduleFromStart = e.Flag(root, "ScheduleFromStart", record, whenMissing: true),
            StartDate = e.Date(root, "StartDate", record),
            FinishDate = e.Date(root, "FinishDate", record),
            StatusDate = e.Date(root, "StatusDate", record),
            CurrentDate = e.Date(root, "CurrentDate", record),
            CalendarUid = e.Int(root, "CalendarUID", record),
            MinutesPerDay = Positive(e, root, "MinutesPerDay", 480),
            MinutesPerWeek = Positive(e, root, "MinutesPerWeek", 2400),
            DaysPerMonth = Positive(e, root, "DaysPerMonth", 20),
            CriticalSlackLimit = e.Int(root, "CriticalSlackLimit", record) ?? 0,
            DefaultStartTime = e.TimeOfDay(root, "DefaultStartTime", record),
            DefaultFinishTime = e.TimeOfDay(root, "DefaultFinishTime", record),
            NewTasksEffortDriven = e.Flag(root, "NewTasksEffortDriven", record),
            HonorConstraints = e.Flag(root, "HonorConstraints", record),
            MultipleCriticalPaths = e.Flag(root, "MultipleCriticalPaths", record),
            ExtendedAttributeDefinitions = Collection(root, "ExtendedAttributes", "ExtendedAttribute", MspdiExtendedAttribute.From),
            Calendars = calendars,
            Tasks = tasks,
            Resources = resources,
            Assignments = Collection(root, "Assignments", "Assignment", x => MspdiAssignment.From(x, e)),
        };
    }

    private static int Positive(MspdiElements e, XElement root, string name, int fallback)
    {
        int? value = e.Int(root, name, "Project");
        if (value is null)
        {
            return fallback;
        }

        return value > 0 ? value.Value : throw e.Error(MspdiElements.Child(root, name)!, "Project", name, InterchangeText.Get("MustBePositive"));
    }

    private static List<T> Collection<T>(XElement root, string container, string item, Func<XElement, T> create)
    {
        var parent = MspdiElements.Child(root, container);
        return parent == null ? [] : [.. MspdiElements.Children(parent, item).Select(create)];
    }

    private static void CheckUnique<T>(List<T> items, Func<T, int> uid, Func<T, XElement> element, string kind, MspdiElements e)
    {
        var seen = new HashSet<int>();
        foreach (var item in items)
        {
            if (!seen.Add(uid(item)))
            {
                throw e.Error(element(item), kind + " UID " + uid(item).ToString(System.Globalization.CultureInfo.InvariantCulture), "UID", InterchangeText.Get("UidTwice"));
            }
        }
    }
}
