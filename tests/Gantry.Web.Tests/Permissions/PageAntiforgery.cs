using System.Net;
using System.Text.RegularExpressions;

namespace Gantry.Web.Tests.Permissions;

/// <summary>
/// What a persona's browser holds to post a form: the hidden token of a page it may open and the
/// cookies (its session and the antiforgery cookie). Tokens belong to the user, not to the page.
/// </summary>
public sealed partial record PageAntiforgery(string Token, string Cookies)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex HiddenToken();

    /// <summary>Reads the token from the home page, or the sign-in page for someone not signed in.</summary>
    public static async Task<PageAntiforgery> ReadAsync(HttpClient client)
    {
        using var home = await client.GetAsync("/");
        using var response = home.StatusCode == HttpStatusCode.OK ? null : await client.GetAsync("/sign-in");
        var page = response ?? home;
        var html = await page.Content.ReadAsStringAsync();
        var token = HiddenToken().Match(html);
        if (!token.Success || !page.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            throw new InvalidOperationException($"{page.RequestMessage?.RequestUri} gave no antiforgery token and cookie ({(int)page.StatusCode})");
        }

        var session = client.DefaultRequestHeaders.TryGetValues("Cookie", out var cookies) ? cookies : [];
        var antiforgery = setCookies.Select(c => c.Split(';')[0]).Where(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        return new PageAntiforgery(WebUtility.HtmlDecode(token.Groups[1].Value), string.Join("; ", session.Concat(antiforgery)));
    }
}
