namespace Gantry.Interchange.Xer;

/// <summary>Which characters the Windows-1252 code page, P6's default for XER, can hold.</summary>
internal static class Windows1252
{
    private static readonly HashSet<char> Upper = Build();

    public static bool CanWrite(string text)
    {
        foreach (char c in text)
        {
            if (c >= 0x80 && !Upper.Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<char> Build()
    {
        // Decode bytes 0x80-0xFF: the five unassigned ones decode to U+FFFD and are left out.
        byte[] bytes = [.. Enumerable.Range(0x80, 0x80).Select(b => (byte)b)];
        var set = new HashSet<char>(XerTextDecoding.Windows1252.GetChars(bytes));
        set.Remove('\uFFFD');
        return set;
    }
}
