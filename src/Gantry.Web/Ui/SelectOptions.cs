using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Ui;

/// <summary>Drop-down options built from enums, with the localized name of each value.</summary>
public static class SelectOptions
{
    public static IReadOnlyList<SelectListItem> ForEnum<TEnum>(IStringLocalizer text) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>()
            .Select(v => new SelectListItem(UiFormat.EnumText(text, v), v.ToString()))
            .ToArray();
}
