using System.Globalization;

namespace Gantry.Interchange.Mspdi;

/// <summary>
/// Writes user field values as <c>ExtendedAttribute</c> elements. MS Project names each value's
/// field by a numeric <c>FieldID</c> (defined in the project's extended attributes, or a built-in
/// field such as a resource's Text1); a value of a field named otherwise (a P6 user field label)
/// is left out and reported once per field, at the first record that has it.
/// </summary>
internal sealed class MspdiUserFields(IEnumerable<UserFieldDefinition> definitions, List<ImportNote> notes)
{
    private readonly HashSet<string> defined = definitions.Select(d => d.FieldId).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> reported = new(StringComparer.Ordinal);

    public void Write(MspdiXml x, IReadOnlyList<UserFieldValue> values, string record)
    {
        foreach (var value in values)
        {
            if (!defined.Contains(value.Field) && !long.TryParse(value.Field, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                if (reported.Add(value.Field))
                {
                    notes.Add(new ImportNote(ImportNoteKind.Skipped, record, InterchangeText.Format("Note.UserField", value.Field)));
                }

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
