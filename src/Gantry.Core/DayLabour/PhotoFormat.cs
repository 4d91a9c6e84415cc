namespace Gantry.Core.DayLabour;

/// <summary>
/// Recognises JPEG, PNG and WebP by their first bytes. The declared content type is not trusted:
/// a browser sends whatever the file name suggests.
/// </summary>
public static class PhotoFormat
{
    public const int HeaderLength = 12;

    /// <summary>The file extension for the image in <paramref name="header"/>, or null when it is no accepted photo.</summary>
    public static string? Extension(ReadOnlySpan<byte> header)
    {
        if (header.Length >= 3 && header[0] == 0xFF && header[1] == 0xD8 && header[2] == 0xFF)
        {
            return ".jpg";
        }

        if (header.Length >= 8 && header[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return ".png";
        }

        if (header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return ".webp";
        }

        return null;
    }

    public static string ContentType(string extension) => extension switch
    {
        ".jpg" => "image/jpeg",
        ".png" => "image/png",
        _ => "image/webp",
    };
}
