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
        Add(notes, ImportNoteKind.Skipped, expenses, "Note.Expenses");
        Add(notes, ImportNoteKind.Skipped, codes, "Note.ActivityCodes");
        Add(notes, ImportNoteKind.Changed, equipment, "Note.Equipment");
    }

    private static void Add(List<ImportNote> notes, ImportNoteKind kind, int count, string textKey)
    {
        if (count > 0)
        {
            notes.Add(new ImportNote(kind, "Project", InterchangeText.Format(textKey, count)));
        }
    }
}
