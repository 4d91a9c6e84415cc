using System.Xml.Linq;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// A <c>PredecessorLink</c>: <c>Type</c> 0 FF, 1 FS, 2 SF, 3 SS; <c>LinkLag</c> in tenths of a
/// minute (for the percent formats: the percent itself); <c>LagFormat</c> 3 m, 4 em, 5 h, 6 eh,
/// 7 d, 8 ed, 9 w, 10 ew, 11 mo, 12 emo, 19 %, 20 e% (the display unit; even codes are elapsed).
/// </summary>
public sealed record MspdiPredecessorLink
{
    public required int PredecessorUid { get; init; }
    public int Type { get; init; } = 1;
    public bool CrossProject { get; init; }
    public decimal LinkLag { get; init; }
    public int LagFormat { get; init; } = 7;
    public required XElement Element { get; init; }

    /// <summary>The lag is measured in elapsed (calendar) time, not working time.</summary>
    public bool IsElapsed => LagFormat is 4 or 6 or 8 or 10 or 12 or 20 or 36 or 38 or 40 or 42 or 44 or 52;

    /// <summary>The lag is a percentage of the predecessor's duration.</summary>
    public bool IsPercent => LagFormat is 19 or 20 or 51 or 52;

    internal static MspdiPredecessorLink From(XElement element, MspdiElements e, string record)
    {
        int predecessor = e.Int(element, "PredecessorUID", record)
            ?? throw e.Error(element, record, "PredecessorUID", InterchangeText.Format("MissingElement", "PredecessorLink", "PredecessorUID"));
        int type = e.Int(element, "Type", record) ?? 1;
        if (type is < 0 or > 3)
        {
            throw e.Error(element, record, "Type", InterchangeText.Get("LinkTypeRange"));
        }

        return new MspdiPredecessorLink
        {
            PredecessorUid = predecessor,
            Type = type,
            CrossProject = e.Flag(element, "CrossProject", record),
            LinkLag = e.Number(element, "LinkLag", record) ?? 0,
            LagFormat = e.Int(element, "LagFormat", record) ?? 7,
            Element = element,
        };
    }
}
