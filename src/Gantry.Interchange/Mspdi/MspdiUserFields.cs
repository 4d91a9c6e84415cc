using System.Globalization;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// Writes user field values as <c>ExtendedAttribute</c> elements. MS Project names each value's
/// field by a numeric <c>FieldID</c> (defined in the project's extended attributes, or a built-in
/// field such as a resource's Text1); a value of a field named otherwise (a P6 user field label)
/// is left out and reported, once per field and record.
/// </summary>
internal static class MspdiUserFields
{
    public static void Write(MspdiXml x, IReadOnlyList<UserFieldValue> values, HashSet<string> fieldIds, string record, List<ImportNote> notes)
    {
        foreach (var value in values)
        {
            if (!fieldIds.Contains(value.Field) && !long.TryParse(value.Field, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                notes.Add(new ImportNote(ImportNoteKind.Skipped, record, "user field '" + value.Field + "' not written: MS Project names custom fields by field id"));
                continue;
            }

            x.Start("ExtendedAttribute");
            x.Text("FieldID", value.Field);
            x.Text("Value", Text(value));
            x.End();
        }
    }

    private static string? Text(UserFieldValue value) =>
        value.Text
        ?? value.Number?.ToString(CultureInfo.InvariantCulture)
        ?? value.Date?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
