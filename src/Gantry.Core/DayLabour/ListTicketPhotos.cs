using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gantry.Core.DayLabour;

/// <summary>A ticket's photos, and the file of one photo, for whoever may see the ticket.</summary>
public sealed class ListTicketPhotos(GantryDbContext db, PermissionService permissions, IOptions<UploadSettings> settings)
{
    public async Task<IReadOnlyList<PhotoSummary>> ExecuteAsync(Guid projectId, Guid ticketId, CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        await SaveTicket.LoadAsync(db, money, ticketId, cancellationToken);
        return await db.DayLabourPhotos.Where(p => p.TicketId == ticketId).OrderBy(p => p.UploadedAt)
            .Select(p => new PhotoSummary(p.Id, p.FileName, p.ContentType, p.Size, p.UploadedAt)).ToListAsync(cancellationToken);
    }

    /// <summary>The full path and content type of one photo of a visible ticket.</summary>
    public async Task<(string Path, string ContentType)> FileAsync(Guid projectId, Guid ticketId, Guid photoId,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.ViewProject, cancellationToken);
        await SaveTicket.LoadAsync(db, money, ticketId, cancellationToken);
        var photo = await db.DayLabourPhotos.SingleOrDefaultAsync(p => p.Id == photoId && p.TicketId == ticketId, cancellationToken)
            ?? throw new Common.NotFoundException("Entity_DayLabourPhoto");
        return (Path.Combine(Path.GetFullPath(settings.Value.Folder), photo.StorageKey), photo.ContentType);
    }
}
