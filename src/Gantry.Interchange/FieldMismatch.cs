namespace Gantry.Interchange;

/// <summary>One value that differs between the file's answer and Gantry's, both as printed.</summary>
public sealed record FieldMismatch(string Field, string Expected, string Actual)
{
    public override string ToString() => Field + " expected " + Expected + " got " + Actual;
}
