using System.Globalization;
using System.Text;
using System.Xml;

namespace Gantry.Interchange.Pmxml;

/// <summary>
/// Reads a Primavera P6 XML export (root <c>APIBusinessObjects</c>) as a stream: one business
/// object at a time is held in memory, so a 350,000-activity file costs no more than its rows.
/// XML is opened with <see cref="SafeXml"/> settings: no DTD, no external entity is ever resolved.
/// </summary>
public static class PmxmlReader
{
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string NamespaceStart = "http://xmlns.oracle.com/Primavera/P6/";

    // Business objects nest three or four deep (Calendar/StandardWorkWeek/StandardWorkHours/WorkTime/Start);
    // deeper nesting is not P6's and is refused rather than followed.
    private const int MaxDepth = 12;

    public static PmxmlSchedule ReadFile(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
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

    public static PmxmlSchedule Read(Stream stream, string source)
    {
        XmlReader? reader = null;
        try
        {
            reader = XmlReader.Create(stream, SafeXml.Settings);
            return Read(reader, source);
        }
        catch (XmlException ex)
        {
            long? line = ex.LineNumber > 0 ? ex.LineNumber : null;
            throw new InterchangeException(InterchangeText.Format("PmxmlMalformed", ex.Message), source, line, null, null, ex);
        }
        finally
        {
            reader?.Dispose();
        }
    }

    private static PmxmlSchedule Read(XmlReader reader, string source)
    {
        var lines = (IXmlLineInfo)reader;
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "APIBusinessObjects")
        {
            throw new InterchangeException(InterchangeText.Format("NotPmxmlRoot", reader.LocalName), source, lines.LineNumber, null, null);
        }

        string version = SchemaVersion(reader.NamespaceURI, source, lines.LineNumber);
        var context = new Context(new PmxmlValues(source), reader, lines);
        ForEachChild(context, depth: 0, element => TopLevel(context, element));
        var document = context.Tables.Build(source, version);
        return new PmxmlSchedule(document, version, context.Notes, context.Baselines, context.CurrentBaselines);
    }

    private static void TopLevel(Context c, string name)
    {
        switch (name)
        {
            case "Project":
                ReadProject(c, baseline: false);
                break;
            case "BaselineProject":
                ReadProject(c, baseline: true);
                break;
            case "Calendar":
                c.Tables.AddCalendar(ReadElement(c, 1), null);
                break;
            case "Resource":
                c.Tables.Add(PmxmlSpecs.Resource, ReadElement(c, 1), null);
                break;
            case "ActivityCodeType":
                c.Tables.Add(PmxmlSpecs.CodeTypes, ReadElement(c, 1), null);
                break;
            case "ActivityCode":
                c.Tables.Add(PmxmlSpecs.CodeValues, ReadElement(c, 1), null);
                break;
            case "UDFType":
                c.Tables.Add(PmxmlSpecs.UdfType, ReadElement(c, 1), null);
                break;

            // Some exports list a project's objects after it rather than inside; they name their project themselves.
            case "Activity":
                c.Tables.AddActivity(ReadElement(c, 1), null);
                break;
            case "Relationship":
                c.Tables.AddRelationship(ReadElement(c, 1), null);
                break;
            case "WBS":
                c.Tables.AddWbs(ReadElement(c, 1), null);
                break;
            case "ResourceAssignment":
                c.Tables.Add(PmxmlSpecs.Assignment, ReadElement(c, 1), null);
                break;
            default:
                c.Skip("APIBusinessObjects", name);
                break;
        }
    }

    /// <summary>
    /// A Project's own fields come as leaf elements, its activities, links and the rest as nested
    /// business objects. A BaselineProject is read only for its activities' dates.
    /// </summary>
    private static void ReadProject(Context c, bool baseline)
    {
        var project = new PmxmlElement(c.Reader.LocalName, c.Lines.LineNumber);
        var baselineDates = baseline ? new PmxmlBaseline() : null;
        ForEachChild(c, depth: 1, name =>
        {
            string? projectId = c.Values.OptionalId(project, "ObjectId");
            if (baselineDates != null)
            {
                if (name == "Activity")
                {
                    baselineDates.Add(ReadElement(c, 2), c.Values);
                }
                else
                {
                    AddField(c, project, name, "BaselineProject");
                }

                return;
            }

            switch (name)
            {
                case "Activity":
                    c.Tables.AddActivity(ReadElement(c, 2), projectId);
                    break;
                case "Relationship":
                    c.Tables.AddRelationship(ReadElement(c, 2), projectId);
                    break;
                case "WBS":
                    c.Tables.AddWbs(ReadElement(c, 2), projectId);
                    break;
                case "ResourceAssignment":
                    c.Tables.Add(PmxmlSpecs.Assignment, ReadElement(c, 2), projectId);
                    break;
                case "Calendar":
                    c.Tables.AddCalendar(ReadElement(c, 2), projectId);
                    break;
                case "ActivityCodeType":
                    c.Tables.Add(PmxmlSpecs.CodeTypes, ReadElement(c, 2), projectId);
                    break;
                case "ActivityCode":
                    c.Tables.Add(PmxmlSpecs.CodeValues, ReadElement(c, 2), projectId);
                    break;
                default:
                    AddField(c, project, name, "Project");
                    break;
            }
        });

        if (baselineDates != null)
        {
            string id = c.Values.Id(project, "ObjectId");
            c.Baselines[id] = baselineDates;
            c.Notes.Add(new ImportNote(ImportNoteKind.Changed, "BaselineProject " + id, InterchangeText.Format("Note.BaselineOnly", baselineDates.Count)));
        }
        else
        {
            c.Tables.AddProject(project);
            if (c.Values.OptionalId(project, "CurrentBaselineProjectObjectId") is { } current)
            {
                c.CurrentBaselines[c.Values.Id(project, "ObjectId")] = current;
            }
        }
    }

    /// <summary>A leaf or ScheduleOptions becomes a field of the project; any other nested object is skipped with a note.</summary>
    private static void AddField(Context c, PmxmlElement project, string name, string owner)
    {
        var element = ReadElement(c, 2);
        if (element.Children.Count == 0 || name == "ScheduleOptions")
        {
            project.Add(element);
        }
        else
        {
            c.Skipped(owner, name);
        }
    }

    /// <summary>Calls <paramref name="visit"/> on each child element; it must consume the element.</summary>
    private static void ForEachChild(Context c, int depth, Action<string> visit)
    {
        var reader = c.Reader;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        reader.Read();
        while (reader.NodeType != XmlNodeType.EndElement)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (depth >= MaxDepth)
                {
                    throw new InterchangeException(InterchangeText.Get("PmxmlNestedTooDeep"), c.Values.Source, c.Lines.LineNumber, null, reader.LocalName);
                }

                visit(reader.LocalName);
            }
            else if (!reader.Read())
            {
                throw new InterchangeException(InterchangeText.Get("PmxmlTruncated"), c.Values.Source, c.Lines.LineNumber, null, null);
            }
        }

        reader.Read();
    }

    /// <summary>Reads one element whole: its text, or its children (a business object is small).</summary>
    private static PmxmlElement ReadElement(Context c, int depth)
    {
        var reader = c.Reader;
        var element = new PmxmlElement(reader.LocalName, c.Lines.LineNumber);
        bool nil = reader.GetAttribute("nil", XsiNamespace) is "true" or "1";
        // A leaf has one text node: keep its string; only mixed content needs a builder.
        string? first = null;
        StringBuilder? more = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return element;
        }

        reader.Read();
        while (reader.NodeType != XmlNodeType.EndElement)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (depth >= MaxDepth)
                    {
                        throw new InterchangeException(InterchangeText.Get("PmxmlNestedTooDeep"), c.Values.Source, c.Lines.LineNumber, element.Describe(), reader.LocalName);
                    }

                    element.Add(ReadElement(c, depth + 1));
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (first == null)
                    {
                        first = reader.Value;
                    }
                    else
                    {
                        (more ??= new StringBuilder(first)).Append(reader.Value);
                    }

                    reader.Read();
                    break;
                default:
                    if (!reader.Read())
                    {
                        throw new InterchangeException(InterchangeText.Get("PmxmlTruncated"), c.Values.Source, c.Lines.LineNumber, element.Describe(), null);
                    }

                    break;
            }
        }

        reader.Read();
        string? text = more?.ToString() ?? first;
        element.Text = nil || string.IsNullOrEmpty(text) ? null : text;
        return element;
    }

    /// <summary>The schema version in the namespace, e.g. <c>V8.3</c> in …/Primavera/P6/V8.3/API/BusinessObjects.</summary>
    private static string SchemaVersion(string ns, string source, long line)
    {
        if (!ns.StartsWith(NamespaceStart, StringComparison.Ordinal) || !ns.EndsWith("/API/BusinessObjects", StringComparison.Ordinal))
        {
            throw new InterchangeException(InterchangeText.Format("NotPmxmlNamespace", ns, NamespaceStart), source, line, "APIBusinessObjects", "xmlns");
        }

        return ns[NamespaceStart.Length..^"/API/BusinessObjects".Length];
    }

    private sealed class Context(PmxmlValues values, XmlReader reader, IXmlLineInfo lines)
    {
        private readonly Dictionary<string, int> _skipped = new(StringComparer.Ordinal);

        public PmxmlValues Values { get; } = values;
        public XmlReader Reader { get; } = reader;
        public IXmlLineInfo Lines { get; } = lines;
        public PmxmlTables Tables { get; } = new(values);
        public List<ImportNote> Notes { get; } = [];
        public Dictionary<string, PmxmlBaseline> Baselines { get; } = new(StringComparer.Ordinal);

        /// <summary>Project ObjectId → its CurrentBaselineProjectObjectId.</summary>
        public Dictionary<string, string> CurrentBaselines { get; } = new(StringComparer.Ordinal);

        public void Skip(string owner, string name)
        {
            Reader.Skip();
            Skipped(owner, name);
        }

        /// <summary>One note per kind of object left out, not one per element.</summary>
        public void Skipped(string owner, string name)
        {
            string key = owner + "/" + name;
            if (_skipped.TryAdd(key, 1))
            {
                Notes.Add(new ImportNote(ImportNoteKind.Skipped, owner, InterchangeText.Format("Note.ElementsNotRead", name)));
            }
        }
    }
}
