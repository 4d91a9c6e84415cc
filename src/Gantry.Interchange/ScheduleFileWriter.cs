using Gantry.Interchange.Mspdi;
using Gantry.Interchange.Xer;

namespace Gantry.Interchange;

/// <summary>
/// Writes a schedule to a file in the format its extension names. Each format with a writer is one
/// case here; a format Gantry reads but cannot write yet is a clear error, never a wrong file.
/// </summary>
public static class ScheduleFileWriter
{
    /// <param name="schedule">The schedule and its details, from any reader.</param>
    /// <param name="path">The file to write; <c>.xer</c> writes Primavera P6 XER, <c>.xml</c> MS Project XML (MSPDI).</param>
    /// <param name="xerEncoding">XER text encoding; null writes Windows-1252 (P6's default) unless the text needs UTF-8.</param>
    /// <returns>What had to change for the target format.</returns>
    public static IReadOnlyList<ImportNote> Write(DetailedSchedule schedule, string path, XerEncoding? xerEncoding = null)
    {
        string extension = Path.GetExtension(path).ToUpperInvariant();
        switch (extension)
        {
            case ".XER":
                return WriteXer(schedule, path, xerEncoding);
            case ".XML":
                return WriteMspdi(schedule, path);
            default:
                throw new InterchangeException(InterchangeText.Format("UnknownOutputFormat", extension.ToLowerInvariant()), Path.GetFileName(path), null, null, null);
        }
    }

    /// <summary>Writes beside the target and moves it in place, so a failed write leaves no half file.</summary>
    private static IReadOnlyList<ImportNote> WriteMspdi(DetailedSchedule schedule, string path)
    {
        string temporary = path + ".partial";
        try
        {
            IReadOnlyList<ImportNote> notes;
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                notes = MspdiWriter.Write(schedule, stream);
            }

            File.Move(temporary, path, overwrite: true);
            return notes;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static IReadOnlyList<ImportNote> WriteXer(DetailedSchedule schedule, string path, XerEncoding? encoding)
    {
        if (encoding is { } chosen)
        {
            return XerWriter.WriteFile(schedule, path, chosen);
        }

        try
        {
            return XerWriter.WriteFile(schedule, path, XerEncoding.Windows1252);
        }
        catch (InterchangeException ex) when (XerWriter.IsEncodingProblem(ex))
        {
            // Chinese names and the like: UTF-8 keeps them, and P6 reads UTF-8 XER files.
            var notes = new List<ImportNote>
            {
                new(ImportNoteKind.Changed, ex.Record ?? "XER", InterchangeText.Get("Note.WrittenAsUtf8")),
            };
            notes.AddRange(XerWriter.WriteFile(schedule, path, XerEncoding.Utf8));
            return notes;
        }
    }
}
