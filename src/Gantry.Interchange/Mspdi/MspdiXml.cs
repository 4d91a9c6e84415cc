using System.Globalization;
using System.Text;
using System.Xml;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// Writes MSPDI elements with the file's conventions: dates <c>yyyy-MM-ddTHH:mm:ss</c>, durations
/// <c>PT8H0M0S</c>, flags 0/1, times <c>08:00:00</c>, numbers in the invariant culture. Text that
/// XML 1.0 cannot carry (control characters, lone surrogates) is left out, because no escape can
/// put it in a file MS Project opens; the XML-special characters are escaped by the writer.
/// </summary>
internal sealed class MspdiXml(XmlWriter writer) : IDisposable
{
    public const string Namespace = "http://schemas.microsoft.com/project";

    public static XmlWriterSettings Settings => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "\t",

        // A carriage return inside a name stays a carriage return when read back.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    public void Start(string name) => writer.WriteStartElement(name, Namespace);

    public void End() => writer.WriteEndElement();

    public void Text(string name, string? value)
    {
        if (value != null)
        {
            writer.WriteElementString(name, Namespace, Clean(value));
        }
    }

    public void Int(string name, long? value)
    {
        if (value is { } v)
        {
            writer.WriteElementString(name, Namespace, v.ToString(CultureInfo.InvariantCulture));
        }
    }

    public void Flag(string name, bool value) => writer.WriteElementString(name, Namespace, value ? "1" : "0");

    public void Number(string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteElementString(name, Namespace, v.ToString(CultureInfo.InvariantCulture));
        }
    }

    public void Date(string name, DateTime? value)
    {
        if (value is { } v)
        {
            writer.WriteElementString(name, Namespace, v.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        }
    }

    public void Duration(string name, decimal? minutes)
    {
        if (minutes is { } m)
        {
            writer.WriteElementString(name, Namespace, MspdiDuration.Format(m));
        }
    }

    /// <summary>A time of day; the end of a period at midnight (1440) is written 00:00:00, as MS Project does.</summary>
    public void Time(string name, int minuteOfDay)
    {
        int m = minuteOfDay % (24 * 60);
        writer.WriteElementString(name, Namespace, string.Create(CultureInfo.InvariantCulture, $"{m / 60:00}:{m % 60:00}:00"));
    }

    public void Dispose() => writer.Dispose();

    /// <summary>The text without the characters XML 1.0 cannot hold.</summary>
    public static string Clean(string value)
    {
        int bad = IndexOfInvalid(value);
        if (bad < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        builder.Append(value, 0, bad);
        for (int i = bad; i < value.Length; i++)
        {
            char c = value[i];
            if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], c))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int IndexOfInvalid(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (XmlConvert.IsXmlChar(c))
            {
                continue;
            }

            if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], c))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
