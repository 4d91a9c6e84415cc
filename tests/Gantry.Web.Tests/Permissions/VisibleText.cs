using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Gantry.Web.Tests.Permissions;

/// <summary>
/// What a user reads on a page: the text between the tags and the attributes a browser shows or reads
/// aloud (title, placeholder, aria-label, alt, an input button's value), without scripts, styles and
/// hidden inputs, whose values (field names, ids) a user never sees.
/// </summary>
public static partial class VisibleText
{
    public static string Of(string html)
    {
        var withoutCode = Hidden().Replace(html, " ");
        var text = new StringBuilder();
        foreach (Match attribute in ShownAttribute().Matches(withoutCode))
        {
            text.Append(WebUtility.HtmlDecode(attribute.Groups["value"].Value)).Append('\n');
        }

        foreach (Match button in InputButton().Matches(withoutCode))
        {
            text.Append(WebUtility.HtmlDecode(ValueAttribute().Match(button.Value).Groups["value"].Value)).Append('\n');
        }

        text.Append(WebUtility.HtmlDecode(Tag().Replace(withoutCode, "\n")));
        return text.ToString();
    }

    [GeneratedRegex(@"<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->|<input\b[^>]*\btype=""hidden""[^>]*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"\s(?:title|placeholder|aria-label|alt|data-bs-title)=""(?<value>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex ShownAttribute();

    [GeneratedRegex(@"<input\b[^>]*\btype=""(?:submit|button|reset)""[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputButton();

    [GeneratedRegex(@"\svalue=""(?<value>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex ValueAttribute();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
