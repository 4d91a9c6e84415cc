namespace Gantry.Core.DayLabour;

/// <summary>Where uploaded photos go (<c>Uploads:Folder</c>) and how large one may be (<c>Uploads:MaxPhotoBytes</c>).</summary>
public sealed class UploadSettings
{
    public string Folder { get; set; } = "data/uploads";

    /// <summary>5 MB: a phone photo at full resolution, well above a compressed one.</summary>
    public long MaxPhotoBytes { get; set; } = 5 * 1024 * 1024;
}
