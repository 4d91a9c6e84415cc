using Gantry.Interchange.Mspdi;
using Gantry.Interchange.Pmxml;
using Gantry.Interchange.Xer;

namespace Gantry.Interchange;

/// <summary>
/// Opens a schedule file of any supported format and maps it for the engine. The format comes
/// from the extension (<c>.xer</c>, <c>.xml</c>) or, failing that, from the first bytes; an XML
/// file is P6 XML when its root is <c>APIBusinessObjects</c>, MS Project XML otherwise.
/// </summary>
public static class ScheduleFile
{
    /// <param name="path">An XER, P6 XML or MSPDI file.</param>
    /// <param name="project">For P6 files holding several projects: the project id or short name.</param>
    /// <param name="dataDate">Overrides the file's data date.</param>
    public static ImportedSchedule Open(string path, string? project = null, DateTime? dataDate = null)
    {
        if (!File.Exists(path))
        {
            throw new InterchangeException(InterchangeText.Get("FileNotFound"), path, null, null, null);
        }

        return DetectFormat(path) switch
        {
            ScheduleFileFormat.Xer => XerScheduleMapper.Map(XerSchedule.ReadFile(path), project, dataDate),
            ScheduleFileFormat.Pmxml => PmxmlReader.ReadFile(path).Map(project, dataDate),
            ScheduleFileFormat.Mspdi => MspdiScheduleMapper.Map(MspdiReader.ReadFile(path), dataDate),
            _ => throw new InterchangeException(InterchangeText.Get("UnknownScheduleFileFormat"), Path.GetFileName(path), null, null, null),
        };
    }

    public static ScheduleFileFormat DetectFormat(string path)
    {
        string extension = Path.GetExtension(path);
        if (string.Equals(extension, ".xer", StringComparison.OrdinalIgnoreCase))
        {
            return ScheduleFileFormat.Xer;
        }

        Span<byte> head = stackalloc byte[HeadLength];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        var start = head[..read];
        if (start is [0xEF, 0xBB, 0xBF, ..])
        {
            start = start[3..];
        }

        if (start.StartsWith("ERMHDR"u8))
        {
            return ScheduleFileFormat.Xer;
        }

        bool xml = start.TrimStart(" \t\r\n"u8).StartsWith("<"u8);
        if (!xml && !string.Equals(extension, ".xml", StringComparison.OrdinalIgnoreCase))
        {
            return ScheduleFileFormat.Unknown;
        }

        // The root element's name sits after the XML declaration and perhaps a comment: within the first kilobytes.
        return start.IndexOf("<APIBusinessObjects"u8) >= 0 ? ScheduleFileFormat.Pmxml : ScheduleFileFormat.Mspdi;
    }

    private const int HeadLength = 4096;
}
