using Gantry.Core.Common;
using Gantry.Core.Costs;
using Gantry.Core.Data;
using Gantry.Core.Permissions;
using Microsoft.Extensions.Options;

namespace Gantry.Core.DayLabour;

/// <summary>
/// Stores a photo for a ticket: a JPEG, PNG or WebP (checked by content) up to the size limit. The
/// file is written before the row, and removed again if the row cannot be saved.
/// </summary>
public sealed class AttachTicketPhoto(GantryDbContext db, PermissionService permissions, IOptions<UploadSettings> settings, TimeProvider clock)
{
    public async Task<PhotoSummary> ExecuteAsync(Guid projectId, Guid ticketId, string? fileName, Stream? content,
        CancellationToken cancellationToken = default)
    {
        var money = await MoneyAccess.LoadAsync(db, permissions, projectId, Permission.RecordDayLabour, cancellationToken);
        var ticket = await SaveTicket.LoadAsync(db, money, ticketId, cancellationToken);
        DayLabourRules.EnsureOwnCrew(money, ticket.CrewOrganisationId);
        var v = new Validation();
        var name = Path.GetFileName(v.Trimmed("file", fileName, DayLabourPhoto.FileNameMaxLength));
        v.ThrowIfAny();
        if (content is null)
        {
            throw ValidationFailedException.For("file", Localization.Text.Get("Required", Validation.Label("file")));
        }

        var limit = settings.Value.MaxPhotoBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                throw ValidationFailedException.For("file", Localization.Text.Get("FileTooLarge", Validation.Label("file"), limit / (1024 * 1024)));
            }
        }

        var extension = PhotoFormat.Extension(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, PhotoFormat.HeaderLength)));
        if (extension is null)
        {
            throw ValidationFailedException.For("file", Localization.Text.Get("NotAPhoto", Validation.Label("file")));
        }

        var photo = DayLabourPhoto.Create(projectId, ticket.Id, name, PhotoFormat.ContentType(extension), buffer.Length, extension,
            money.UserId, clock.GetUtcNow().UtcDateTime);
        var path = Path.Combine(Path.GetFullPath(settings.Value.Folder), photo.StorageKey);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, buffer.ToArray(), cancellationToken);
        try
        {
            db.DayLabourPhotos.Add(photo);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        return new PhotoSummary(photo.Id, photo.FileName, photo.ContentType, photo.Size, photo.UploadedAt);
    }
}
