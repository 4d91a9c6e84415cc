using System.Globalization;
using Gantry.Core.Common;
using Gantry.Web.Ui;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Gantry.Web.Money;

/// <summary>Puts Core's ticket errors ("date", "lines[1].quantity") next to the field of the form row they name.</summary>
public static class TicketErrors
{
    private static readonly IReadOnlySet<string> FormFields = ModelStateExtensions.FieldsOf<TicketForm>();

    private static readonly IReadOnlySet<string> LineFields = ModelStateExtensions.FieldsOf<TicketLineForm>();

    public static void Add(ModelStateDictionary modelState, ValidationFailedException failure, string prefix, IReadOnlyList<int> rowOfLine)
    {
        foreach (var error in failure.Errors)
        {
            var key = KeyFor(error.Field, prefix, rowOfLine);
            // A value that did not even parse already says so; "required" beside it would only confuse.
            if (key.Length > 0 && modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                continue;
            }

            modelState.AddModelError(key, error.Message);
        }
    }

    private static string KeyFor(string field, string prefix, IReadOnlyList<int> rowOfLine)
    {
        const string lines = "lines[";
        if (field.StartsWith(lines, StringComparison.Ordinal))
        {
            var close = field.IndexOf(']', StringComparison.Ordinal);
            var property = close + 2 <= field.Length ? Capitalise(field[(close + 2)..]) : string.Empty;
            if (close > lines.Length && int.TryParse(field.AsSpan(lines.Length, close - lines.Length), NumberStyles.None,
                    CultureInfo.InvariantCulture, out var line) && line < rowOfLine.Count && LineFields.Contains(property))
            {
                return $"{prefix}.Lines[{rowOfLine[line].ToString(CultureInfo.InvariantCulture)}].{property}";
            }

            return string.Empty;
        }

        var name = Capitalise(field);
        return FormFields.Contains(name) ? prefix + "." + name : string.Empty;
    }

    private static string Capitalise(string field) =>
        field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];
}
