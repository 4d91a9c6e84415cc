namespace Gantry.Core.Schedules;

/// <summary>A file to hand to the user: its bytes, MIME type and suggested name.</summary>
public sealed record ExportedFile(byte[] Content, string ContentType, string FileName);
