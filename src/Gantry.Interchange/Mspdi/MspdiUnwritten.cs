using System.Globalization;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// Reports the P6 details MSPDI has no place for, one note per kind for the whole schedule, so a
/// P6 programme written for MS Project loses nothing without the planner being told.
/// </summary>
internal static class MspdiUnwritten
{
    public static void Report(ImportedSchedule schedule, ScheduleDetails details, List<ImportNote> notes)
    {
        int expenses = 0, codes = 0;
        foreach (var activity in schedule.Network.Activities)
        {
            var d = details.For(activity.Id);
            expenses += d?.Expenses.Count ?? 0;
            codes += d?.ActivityCodes.Count ?? 0;
        }

        int equipment = details.Resources.Count(r => r.Kind == ResourceKind.Equipment);
        Add(notes, ImportNoteKind.Skipped, expenses, "expense(s) not written: MS Project has no expenses");
        Add(notes, ImportNoteKind.Skipped, codes, "activity code value(s) not written: MS Project has no activity codes");
        Add(notes, ImportNoteKind.Changed, equipment, "equipment resource(s) written as work resources: MS Project has no equipment kind");
    }

    private static void Add(List<ImportNote> notes, ImportNoteKind kind, int count, string what)
    {
        if (count > 0)
        {
            notes.Add(new ImportNote(kind, "Project", count.ToString(CultureInfo.InvariantCulture) + " " + what));
        }
    }
}
