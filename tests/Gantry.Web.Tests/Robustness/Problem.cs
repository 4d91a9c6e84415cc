using System.Text.Json;

namespace Gantry.Web.Tests.Robustness;

/// <summary>Reads what a problem-details body tells the user: its language and the fields it names.</summary>
public static class Problem
{
    /// <summary>The human text of the problem (title, detail, field messages) contains Chinese characters.</summary>
    public static bool IsChinese(string json) => Messages(json).Any(m => m.Any(c => c is >= '\u4e00' and <= '\u9fff'));

    /// <summary>An error is keyed by the field (or a path into it), or the detail mentions it.</summary>
    public static bool Names(string json, string field)
    {
        var root = JsonDocument.Parse(json).RootElement;
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object &&
            errors.EnumerateObject().Any(e => e.Name.Contains(field, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String &&
            detail.GetString()!.Contains(field, StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> Messages(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        foreach (var name in new[] { "title", "detail" })
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                yield return value.GetString()!;
            }
        }

        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            foreach (var message in errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray()))
            {
                yield return message.GetString() ?? string.Empty;
            }
        }
    }
}
