using Gantry.Core.Common;
using Gantry.Web.Ui;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Gantry.Web.Funds;

/// <summary>
/// Puts Core's refusals beside the field of the form that was posted. Core names some fields
/// differently from the form (a receipt's date is "receivedOn", a payment's "paidOn"); those are
/// mapped by <paramref name="aliases"/>. Anything else goes above the form.
/// </summary>
public static class FundsErrors
{
    public static void Add<TForm>(ModelStateDictionary modelState, ValidationFailedException failure, string prefix,
        IReadOnlyDictionary<string, string>? aliases = null)
    {
        var fields = ModelStateExtensions.FieldsOf<TForm>();
        foreach (var error in failure.Errors)
        {
            var name = aliases is not null && aliases.TryGetValue(error.Field, out var alias) ? alias : error.Field;
            var property = name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
            var key = fields.Contains(property) ? prefix + "." + property : string.Empty;
            if (key.Length > 0 && modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                continue;
            }

            modelState.AddModelError(key, error.Message);
        }
    }
}
