using System.Globalization;
using System.Text.RegularExpressions;
using Gantry.Core.Localization;

namespace Gantry.Core.Common;

/// <summary>
/// Collects broken field rules and throws them together. Field labels come from the resources
/// (key <c>Field_{field}</c>), so each message names the field in the user's language.
/// </summary>
public sealed partial class Validation
{
    private readonly List<FieldError> _errors = [];

    /// <summary>No error on <paramref name="field"/> yet: only then is it worth (and safe) to look it up in the database.</summary>
    public bool IsValid(string field) => !_errors.Exists(e => e.Field == field);

    /// <summary>The broken rules so far, for callers that gather several records' errors under one prefix.</summary>
    public IReadOnlyList<FieldError> Errors => _errors;

    /// <summary>The label of a field; for a field of a list row (<c>lines[2].quantity</c>) the label of its last part.</summary>
    public static string Label(string field)
    {
        // A whole row ("lines[2]") is labelled as its list.
        var name = field[(field.LastIndexOf('.') + 1)..].Split('[')[0];
        return Text.Get("Field_" + char.ToUpperInvariant(name[0]) + name[1..]);
    }

    public void Add(string field, string messageKey, params object[] args)
    {
        var formatArgs = new object[args.Length + 1];
        formatArgs[0] = Label(field);
        Array.Copy(args, 0, formatArgs, 1, args.Length);
        _errors.Add(new FieldError(field, Text.Get(messageKey, formatArgs)));
    }

    /// <summary>Checks presence and length; returns the trimmed text (empty when missing).</summary>
    public string Trimmed(string field, string? value, int maxLength, bool required = true)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            if (required)
            {
                Add(field, "Required");
            }
        }
        else if (trimmed.Length > maxLength)
        {
            Add(field, "TooLong", maxLength.ToString(CultureInfo.CurrentCulture));
        }
        else if (trimmed.AsSpan().ContainsAnyInRange('\0', '\b') || trimmed.AsSpan().ContainsAnyInRange('\u000b', '\u001f'))
        {
            // Control characters (NUL above all, which PostgreSQL refuses in text) are never meant;
            // tabs and line breaks are, in descriptions.
            Add(field, "NotAllowedValue");
        }

        return trimmed;
    }

    public T Required<T>(string field, T? value) where T : struct
    {
        if (value is null)
        {
            Add(field, "Required");
            return default;
        }

        return value.Value;
    }

    public TEnum Enum<TEnum>(string field, TEnum? value) where TEnum : struct, Enum
    {
        if (value is null)
        {
            Add(field, "Required");
            return default;
        }

        if (!System.Enum.IsDefined(value.Value))
        {
            Add(field, "NotAllowedValue");
        }

        return value.Value;
    }

    public string Code(string field, string? value, int maxLength)
    {
        var code = Trimmed(field, value, maxLength);
        if (code.Length > 0 && !CodePattern().IsMatch(code))
        {
            Add(field, "CodeFormat");
        }

        return code;
    }

    public string Email(string field, string? value, bool required)
    {
        var email = Trimmed(field, value, 200, required);
        if (email.Length > 0 && !EmailPattern().IsMatch(email))
        {
            Add(field, "EmailFormat");
        }

        return email;
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new ValidationFailedException(_errors.ToArray());
        }
    }

    // Codes appear in file names, exports and URLs, so they stay within a safe ASCII set.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
