namespace Gantry.Core.DayLabour;

public sealed record PhotoSummary(Guid Id, string FileName, string ContentType, long Size, DateTime UploadedAt);
