using Gantry.Core.Common;

namespace Gantry.Core.DayLabour;

/// <summary>A photo of the work on a ticket. The file lives in the upload folder under <see cref="StorageKey"/>; the database keeps the reference.</summary>
public sealed class DayLabourPhoto : IProjectScoped
{
    public const int FileNameMaxLength = 200;

    private DayLabourPhoto()
    {
        FileName = ContentType = StorageKey = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid TicketId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }

    /// <summary>Path relative to the upload folder: project id / photo id + extension, never the user's file name.</summary>
    public string StorageKey { get; private set; }

    public DateTime UploadedAt { get; private set; }

    public Guid UploadedBy { get; private set; }

    public static DayLabourPhoto Create(Guid projectId, Guid ticketId, string fileName, string contentType, long size, string extension,
        Guid userId, DateTime now)
    {
        var id = Guid.CreateVersion7();
        return new DayLabourPhoto
        {
            Id = id, ProjectId = projectId, TicketId = ticketId, FileName = fileName, ContentType = contentType, Size = size,
            StorageKey = projectId.ToString("N") + "/" + id.ToString("N") + extension, UploadedAt = now, UploadedBy = userId,
        };
    }
}
