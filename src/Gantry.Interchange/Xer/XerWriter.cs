using System.Globalization;
using System.Text;

namespace Gantry.Interchange.Xer;

/// <summary>
/// Writes a schedule as a Primavera P6 XER: one project, its calendars, WBS, activities, links,
/// resources, assignments, expenses, activity codes and activity user-defined fields, all from
/// the neutral model, in P6's table order and field order. Tables Gantry does not model that came
/// from a source XER (OBS, resource codes, currencies…) are carried through as they were read.
/// Keys that are already P6-style numbers are kept; others are numbered.
/// </summary>
public static class XerWriter
{
    /// <summary>Writes the XER and returns what had to change on the way (as an import report does).</summary>
    public static IReadOnlyList<ImportNote> Write(DetailedSchedule schedule, Stream output, XerEncoding encoding = XerEncoding.Windows1252)
    {
        Encoding text = encoding == XerEncoding.Utf8 ? new UTF8Encoding(false) : XerTextDecoding.Windows1252;
        using var writer = new StreamWriter(output, text, 1 << 16, leaveOpen: true);
        var notes = Write(schedule, writer, encoding == XerEncoding.Windows1252);
        writer.Flush();
        return notes;
    }

    /// <summary>Writes the XER to a file; nothing is left behind when the write fails.</summary>
    public static IReadOnlyList<ImportNote> WriteFile(DetailedSchedule schedule, string path, XerEncoding encoding = XerEncoding.Windows1252)
    {
        string temporary = path + ".partial";
        try
        {
            IReadOnlyList<ImportNote> notes;
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                notes = Write(schedule, stream, encoding);
            }

            File.Move(temporary, path, overwrite: true);
            return notes;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>True when a write failed only because the text does not fit Windows-1252.</summary>
    public static bool IsEncodingProblem(InterchangeException error) =>
        error.IsWindows1252Problem;

    private static List<ImportNote> Write(DetailedSchedule schedule, TextWriter output, bool windows1252)
    {
        var c = new XerWriteContext(schedule);
        var w = new XerTableWriter(output, windows1252, c.Notes);
        var carried = schedule.Details.XerPassThrough;
        var wbs = new XerWbsTable(c);
        w.Header(["8.1", DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "Project", "admin", "Gantry", "dbxDatabaseNoName", "Project Management", schedule.Details.Project?.Currency ?? "USD"]);

        // P6 lists the dictionaries before the project; the carried tables keep that place.
        var before = carried.Where(t => t.Name is "CURRTYPE" or "FINTMPL" or "NONWORK" or "OBS" or "PCATTYPE" or "RCATTYPE" or "ROLES" or "ROLERATE" or "UMEASURE" or "ACCOUNT" or "PCATVAL" or "RCATVAL" or "SHIFT" or "SHIFTPER" or "MEMOTYPE").ToList();
        foreach (var table in before)
        {
            Copy(w, table);
        }

        var udfTypes = new Dictionary<string, (long Id, string DataType)>(StringComparer.Ordinal);
        XerCodeTables.WriteUdfTypes(w, c, udfTypes);
        XerProjectTables.WriteProject(w, c);
        XerCalendarTable.Write(w, c);
        XerProjectTables.WriteOptions(w, c);
        wbs.Write(w, c);
        XerResourceTables.WriteResources(w, c);
        var codes = XerCodeTables.WriteCodeTypes(w, c);
        XerResourceTables.WriteRates(w, c);
        foreach (var table in carried.Except(before))
        {
            Copy(w, table);
        }

        XerTaskTable.Write(w, c, wbs);
        XerCodeTables.WriteCodes(w, codes);
        XerLinkTable.Write(w, c);
        XerResourceTables.WriteAssignments(w, c);
        XerResourceTables.WriteExpenses(w, c);
        XerCodeTables.WriteTaskCodes(w, c, codes);
        XerCodeTables.WriteUdfValues(w, c, udfTypes);
        w.End();
        return c.Notes;
    }

    private static void Copy(XerTableWriter w, XerTable table)
    {
        w.Table(table.Name, [.. table.Fields]);
        foreach (var row in table.Rows)
        {
            w.CopyRow(row);
        }
    }
}
