using Gantry.Interchange.Xer;

namespace Gantry.Interchange.Tests.Xer;

/// <summary>Writes a schedule as XER into memory and opens the bytes again, as a planner's second tool would.</summary>
public static class XerRoundTrip
{
    public static (DetailedSchedule Schedule, IReadOnlyList<ImportNote> Notes, byte[] Bytes) Rewrite(DetailedSchedule schedule, XerEncoding encoding = XerEncoding.Windows1252)
    {
        using var buffer = new MemoryStream();
        var notes = XerWriter.Write(schedule, buffer, encoding);
        byte[] bytes = buffer.ToArray();
        var xer = XerSchedule.Read(new MemoryStream(bytes), "rewritten.xer");
        var imported = XerScheduleMapper.Map(xer);
        return (new DetailedSchedule(imported, ScheduleDetailsReader.FromXer(xer, imported)), notes, bytes);
    }
}
