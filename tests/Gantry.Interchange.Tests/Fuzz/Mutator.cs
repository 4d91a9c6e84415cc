using System.Text;

namespace Gantry.Interchange.Tests.Fuzz;

/// <summary>
/// Seeded byte-level mutations of a valid file: what a truncated download, a bad editor or a
/// hostile sender produces. The same seed gives the same cases on every run.
/// </summary>
public sealed class Mutator(int seed)
{
    private static readonly byte[][] Tokens =
    [
        "\t"u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray(), "%R\t"u8.ToArray(), "%T\t"u8.ToArray(), "%F\t"u8.ToArray(), "%E"u8.ToArray(),
        "("u8.ToArray(), ")"u8.ToArray(), "||"u8.ToArray(), "|"u8.ToArray(), "<"u8.ToArray(), ">"u8.ToArray(), "&amp;"u8.ToArray(), "&"u8.ToArray(),
        "99999999999999999999999999999"u8.ToArray(), "-1"u8.ToArray(), "0"u8.ToArray(), "NaN"u8.ToArray(), "9999-12-31 23:59"u8.ToArray(),
        "0001-01-01T00:00:00"u8.ToArray(), "PT99999999H"u8.ToArray(), "<Task><UID>1</UID></Task>"u8.ToArray(), "]]>"u8.ToArray(),
        [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0x00], [0xC3], [0x7F, 0x7F],
    ];

    private readonly Random _random = new(seed);

    public byte[] Mutate(byte[] original)
    {
        var data = new List<byte>(original);
        int edits = 1 + _random.Next(3);
        for (int i = 0; i < edits && data.Count > 0; i++)
        {
            int at = _random.Next(data.Count);
            switch (_random.Next(7))
            {
                case 0:
                    data[at] = (byte)_random.Next(256);
                    break;
                case 1:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + _random.Next(200)));
                    break;
                case 2:
                    int length = Math.Min(data.Count - at, 1 + _random.Next(400));
                    data.InsertRange(_random.Next(data.Count), data.GetRange(at, length));
                    break;
                case 3:
                    data.InsertRange(at, Tokens[_random.Next(Tokens.Length)]);
                    break;
                case 4:
                    data.RemoveRange(at, data.Count - at);
                    break;
                case 5:
                    ReplaceDigits(data, at);
                    break;
                default:
                    data[at] = (byte)"\t\n()|<>%0"[_random.Next(9)];
                    break;
            }
        }

        return [.. data];
    }

    private void ReplaceDigits(List<byte> data, int at)
    {
        int start = data.FindIndex(at, b => b is >= (byte)'0' and <= (byte)'9');
        if (start < 0)
        {
            return;
        }

        int end = start;
        while (end < data.Count && data[end] is >= (byte)'0' and <= (byte)'9')
        {
            end++;
        }

        string replacement = _random.Next(3) switch
        {
            0 => "79228162514264337593543950336",
            1 => "-" + new string('9', 1 + _random.Next(12)),
            _ => "x",
        };
        data.RemoveRange(start, end - start);
        data.InsertRange(start, Encoding.ASCII.GetBytes(replacement));
    }
}
