using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace Gantry.Web.Tests;

/// <summary>Posts a Razor page form as the browser does: the antiforgery token read from the page, then the form fields.</summary>
public static partial class PageForm
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>Posts to the page's handler and answers the page as shown after the redirect, HTML entities decoded (Razor encodes Chinese text).</summary>
    public static async Task<string> PostAsync(HttpClient client, string page, string handler, IReadOnlyDictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        var token = Token().Match(html);
        Assert.True(token.Success, "the page has a form with an antiforgery token");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        var response = await client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.OriginalString.Split('#')[0]));
    }
}
