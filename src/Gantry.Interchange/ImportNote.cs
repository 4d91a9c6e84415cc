namespace Gantry.Interchange;

/// <summary>
/// One line of an import report: what was changed or skipped, and where. Nothing an import drops
/// goes unmentioned.
/// </summary>
public sealed record ImportNote(ImportNoteKind Kind, string Record, string Message)
{
    public override string ToString() => Kind + " " + Record + ": " + Message;
}
