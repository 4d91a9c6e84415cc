using System.Globalization;
using System.Text;
using System.Xml;

namespace Gantry.Bench;

/// <summary>
/// Writes a synthetic P6 XML export of issue 4's size (350,000 activities, 700,000 links) shaped
/// like <see cref="LargeXerFile"/>: three calendars with holidays, task types, link types, lags and
/// constraints, and the dates P6 writes on every activity. Seeded, so every run reads the same file.
/// </summary>
public static class LargePmxmlFile
{
    private const string Ns = "http://xmlns.oracle.com/Primavera/P6/V8.3/API/BusinessObjects";

    public static string Write(string path, int activities, int linksPerActivity, int seed)
    {
        var random = new Random(seed);
        using var w = XmlWriter.Create(path, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true });
        w.WriteStartElement("APIBusinessObjects", Ns);
        Calendar(w, 1, "5 day", true, [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], ("08:00:00", "11:59:00"), ("13:00:00", "16:59:00"));
        Calendar(w, 2, "6 day", false, [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday], ("07:00:00", "10:59:00"), ("12:00:00", "15:59:00"));
        Calendar(w, 3, "7 day", false, Enum.GetValues<DayOfWeek>(), ("00:00:00", "23:59:00"));
        w.WriteStartElement("Project", Ns);
        Field(w, "ObjectId", "1");
        Field(w, "Id", "BIG");
        Field(w, "ActivityDefaultCalendarObjectId", "1");
        Field(w, "DataDate", "2026-01-05T08:00:00");
        Field(w, "PlannedStartDate", "2026-01-05T08:00:00");
        Field(w, "CriticalActivityFloatLimit", "0");
        Field(w, "CriticalActivityPathType", "Critical Float");
        w.WriteStartElement("ScheduleOptions", Ns);
        Field(w, "OutOfSequenceScheduleType", "Retained Logic");
        Field(w, "RelationshipLagCalendar", "Predecessor Activity Calendar");
        w.WriteEndElement();
        for (int i = 1; i <= activities; i++)
        {
            int kind = random.Next(100);
            string type = kind < 5 ? "Start Milestone" : kind < 10 ? "Finish Milestone" : "Task Dependent";
            int hours = type == "Task Dependent" ? 8 * (1 + random.Next(5)) : 0;
            bool constrained = random.Next(100) < 5;
            string hoursText = hours.ToString(CultureInfo.InvariantCulture);
            w.WriteStartElement("Activity", Ns);
            Field(w, "ObjectId", i.ToString(CultureInfo.InvariantCulture));
            Field(w, "Id", "A" + i.ToString("D7", CultureInfo.InvariantCulture));
            Field(w, "Name", "Activity number " + i.ToString(CultureInfo.InvariantCulture) + " of the generated programme");
            Field(w, "CalendarObjectId", (1 + random.Next(3)).ToString(CultureInfo.InvariantCulture));
            Field(w, "Type", type);
            Field(w, "Status", "Not Started");
            Field(w, "PercentCompleteType", "Duration");
            Field(w, "DurationType", "Fixed Duration and Units/Time");
            Field(w, "PhysicalPercentComplete", "0");
            Field(w, "PlannedDuration", hoursText);
            Field(w, "RemainingDuration", hoursText);
            Field(w, "TotalFloat", "0");
            Field(w, "FreeFloat", "0");
            if (constrained)
            {
                Field(w, "PrimaryConstraintType", "Start On or After");
                Field(w, "PrimaryConstraintDate", string.Create(CultureInfo.InvariantCulture, $"2026-0{2 + random.Next(7)}-1{random.Next(10)}T08:00:00"));
            }

            foreach (var date in new[] { "EarlyStartDate", "RemainingEarlyStartDate", "PlannedStartDate" })
            {
                Field(w, date, "2026-01-05T08:00:00");
            }

            foreach (var date in new[] { "EarlyFinishDate", "RemainingEarlyFinishDate", "PlannedFinishDate" })
            {
                Field(w, date, "2026-01-05T17:00:00");
            }

            Field(w, "LateStartDate", "2026-03-02T08:00:00");
            Field(w, "LateFinishDate", "2026-03-02T17:00:00");
            w.WriteEndElement();
        }

        string[] types = ["Finish to Start", "Finish to Start", "Finish to Start", "Finish to Start", "Finish to Start", "Finish to Start", "Start to Start", "Finish to Finish", "Start to Start", "Start to Finish"];
        int id = 1;
        for (int successor = 2; successor <= activities; successor++)
        {
            for (int k = 0; k < linksPerActivity; k++)
            {
                int predecessor = Math.Max(1, successor - 1 - random.Next(Math.Min(successor - 1, 5000)));
                int lag = random.Next(10) == 0 ? 8 * random.Next(1, 5) : 0;
                w.WriteStartElement("Relationship", Ns);
                Field(w, "ObjectId", (id++).ToString(CultureInfo.InvariantCulture));
                Field(w, "PredecessorActivityObjectId", predecessor.ToString(CultureInfo.InvariantCulture));
                Field(w, "SuccessorActivityObjectId", successor.ToString(CultureInfo.InvariantCulture));
                Field(w, "Type", types[random.Next(types.Length)]);
                Field(w, "Lag", lag.ToString(CultureInfo.InvariantCulture));
                w.WriteEndElement();
            }
        }

        w.WriteEndElement();
        w.WriteEndElement();
        return path;
    }

    private static void Calendar(XmlWriter w, int id, string name, bool isDefault, DayOfWeek[] workingDays, params (string Start, string Finish)[] periods)
    {
        w.WriteStartElement("Calendar", Ns);
        Field(w, "ObjectId", id.ToString(CultureInfo.InvariantCulture));
        Field(w, "Name", name);
        Field(w, "Type", "Global");
        Field(w, "IsDefault", isDefault ? "true" : "false");
        Field(w, "HoursPerDay", periods.Length == 1 ? "24" : "8");
        w.WriteStartElement("StandardWorkWeek", Ns);
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            w.WriteStartElement("StandardWorkHours", Ns);
            Field(w, "DayOfWeek", day.ToString());
            foreach (var (start, finish) in workingDays.Contains(day) ? periods : [])
            {
                w.WriteStartElement("WorkTime", Ns);
                Field(w, "Start", start);
                Field(w, "Finish", finish);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("HolidayOrExceptions", Ns);
        for (int year = 2026; year <= 2040; year++)
        {
            foreach (var date in new[] { new DateOnly(year, 1, 1), new DateOnly(year, 4, 6), new DateOnly(year, 12, 25), new DateOnly(year, 12, 26) })
            {
                w.WriteStartElement("HolidayOrException", Ns);
                Field(w, "Date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00");
                w.WriteEndElement();
            }
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Field(XmlWriter w, string name, string value) => w.WriteElementString(name, Ns, value);
}
