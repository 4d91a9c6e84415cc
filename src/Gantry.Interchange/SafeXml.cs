using System.Xml;
using System.Xml.Linq;

namespace Gantry.Interchange;

/// <summary>
/// The only way the readers open XML: DTDs are refused and nothing external is ever resolved, so
/// a file cannot make us read local files or the network (XXE) or expand entity bombs.
/// </summary>
internal static class SafeXml
{
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        MaxCharactersFromEntities = 0,
        CloseInput = false,
    };

    public static XDocument Load(Stream stream, string source)
    {
        try
        {
            using var reader = XmlReader.Create(stream, Settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new InterchangeException(InterchangeText.Format("NotWellFormedXml", ex.Message), source, ex.LineNumber > 0 ? ex.LineNumber : null, null, null, ex);
        }
    }

    public static XDocument Parse(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }
}
