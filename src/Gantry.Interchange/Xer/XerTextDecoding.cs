using System.Text;

namespace Gantry.Interchange.Xer;

/// <summary>
/// Chooses the text encoding of an XER file. P6 writes Windows-1252 unless told otherwise, newer
/// versions and other tools write UTF-8 (sometimes with a BOM), so: a BOM wins; otherwise the bytes
/// are checked as strict UTF-8 in chunks (no text is built) and, if any sequence is invalid, the
/// file is read as Windows-1252, which maps every byte.
/// </summary>
public static class XerTextDecoding
{
    private const int ChunkSize = 64 * 1024;

    static XerTextDecoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Windows-1252, the code page P6 uses for XER by default.</summary>
    public static Encoding Windows1252 { get; } = CreateWindows1252();

    /// <summary>
    /// Detects the encoding of a seekable stream and leaves the stream where it was.
    /// </summary>
    public static Encoding Detect(Stream stream)
    {
        if (!stream.CanSeek)
        {
            throw new ArgumentException("Encoding detection needs a seekable stream.", nameof(stream));
        }

        long start = stream.Position;
        try
        {
            Span<byte> bom = stackalloc byte[3];
            int read = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
            if (read >= 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF)
            {
                return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            }

            if (read >= 2 && bom[0] == 0xFF && bom[1] == 0xFE)
            {
                return Encoding.Unicode;
            }

            if (read >= 2 && bom[0] == 0xFE && bom[1] == 0xFF)
            {
                return Encoding.BigEndianUnicode;
            }

            stream.Position = start;
            return IsStrictUtf8(stream) ? new UTF8Encoding(false) : Windows1252;
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static bool IsStrictUtf8(Stream stream)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        byte[] buffer = new byte[ChunkSize];
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                // The decoder carries an incomplete sequence across chunk boundaries.
                decoder.GetCharCount(buffer, 0, read, flush: false);
            }

            decoder.GetCharCount([], 0, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
