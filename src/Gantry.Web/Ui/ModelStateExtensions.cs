using Gantry.Core.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Gantry.Web.Ui;

/// <summary>Puts the business layer's field errors next to the form fields they name.</summary>
public static class ModelStateExtensions
{
    /// <summary>
    /// Core names fields in camelCase ("plannedFinish"); the form binds them as "{prefix}.PlannedFinish".
    /// A field the form does not show (e.g. "isArchived") goes to the summary above the form.
    /// </summary>
    public static void AddFieldErrors(this ModelStateDictionary modelState, ValidationFailedException failure,
        string prefix, IReadOnlySet<string> formFields)
    {
        foreach (var error in failure.Errors)
        {
            var property = error.Field.Length == 0
                ? string.Empty
                : char.ToUpperInvariant(error.Field[0]) + error.Field[1..];
            var key = formFields.Contains(property) ? prefix + "." + property : string.Empty;
            // A value that did not even parse ("abc" as an amount) already says so; "required" would only confuse.
            if (key.Length > 0 && modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                continue;
            }

            modelState.AddModelError(key, error.Message);
        }
    }

    /// <summary>The names of the public properties of a form's input type, to decide which errors sit beside a field.</summary>
    public static IReadOnlySet<string> FieldsOf<TInput>() =>
        typeof(TInput).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
}
