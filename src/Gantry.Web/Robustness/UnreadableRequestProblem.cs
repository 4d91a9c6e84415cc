using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gantry.Core.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Gantry.Web.Robustness;

/// <summary>
/// A request body the framework could not bind, told in the user's language and keyed by the JSON field
/// (<c>lines[0].quantity</c>) or by <c>body</c> when the body as a whole is wrong. The framework's own
/// message is English and names CLR types, which a site engineer cannot act on.
/// </summary>
public static partial class UnreadableRequestProblem
{
    public const string BodyField = "body";

    public static HttpValidationProblemDetails Create(HttpContext http, BadHttpRequestException bad)
    {
        // The exception handler runs outside the localization middleware, so the request's culture is set again here.
        var culture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.GetCultureInfo("zh-Hans");
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var text = http.RequestServices.GetRequiredService<IStringLocalizer<RobustnessResource>>();
            var (field, message) = Describe(bad, text);
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] })
            {
                Status = bad.StatusCode,
                Title = Text.Get("ValidationFailed"),
                Detail = message,
            };
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static (string Field, string Message) Describe(BadHttpRequestException bad, IStringLocalizer text)
    {
        if (bad.InnerException is not JsonException json)
        {
            // The framework gives no typed reason, only its (English) message: a query or route value that did not
            // parse names its parameter ('Failed to bind parameter "int? take" from "x"'); a missing body says "no body".
            if (BindFailure().Match(bad.Message) is { Success: true } m)
            {
                return (m.Groups[1].Value, text["Field.WrongValue", m.Groups[1].Value]);
            }

            return bad.Message.Contains("no body", StringComparison.Ordinal)
                ? (BodyField, text["Body.Missing"])
                : (BodyField, text["Request.Malformed"]);
        }

        // A reader error (truncated, not JSON at all) wraps the reader's own exception, a type internal to System.Text.Json;
        // a conversion error (text for a number, an unknown option) points at the field by its path instead.
        if (json.InnerException?.GetType().Name == "JsonReaderException" || json.Path is null)
        {
            return (BodyField, text["Body.NotJson", (json.LineNumber ?? 0) + 1, (json.BytePositionInLine ?? 0) + 1]);
        }

        var field = json.Path.StartsWith("$.", StringComparison.Ordinal) ? json.Path[2..] : json.Path.TrimStart('$');
        return field.Length == 0 ? (BodyField, text["Body.NotObject"]) : (field, text["Field.WrongValue", field]);
    }

    [GeneratedRegex("""^Failed to bind parameter "(?:[^"]* )?(\w+)" from""")]
    private static partial Regex BindFailure();
}
