using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace Gantry.Web.Tests.Permissions;

/// <summary>
/// Every page of the app, opened by every persona the <see cref="EndpointMatrix"/> lets see it, in both
/// languages: it answers 200 in the language asked for and shows no resource key as text. A refused
/// persona is checked once per page and letter too, since the "not found" and "forbidden" pages are read as well.
/// </summary>
public sealed partial class EveryPageTextTests(PermissionsApp app, ITestOutputHelper output) : IClassFixture<PermissionsApp>
{
    private static readonly string[] Languages = ["zh-Hans", "en"];

    [Fact]
    public async Task EveryPageShowsTranslatedTextAndNoResourceKeyToEveryoneWhoMaySeeIt()
    {
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var requests = 0;
        foreach (var call in EndpointCall.Discover(app.Services).Where(c => c.Method == "PAGE"))
        {
            var expected = EndpointMatrix.Compact(EndpointMatrix.Expected[call.Key]);
            var refusalsSeen = new HashSet<char>();
            for (var column = 0; column < Persona.All.Count; column++)
            {
                var letter = expected[column];
                // Everyone allowed, and the first persona of each refusal: the other refusals render the same page.
                if (letter != 'A' && !refusalsSeen.Add(letter))
                {
                    continue;
                }

                foreach (var language in Languages)
                {
                    var persona = Persona.All[column];
                    using var request = call.Request(app.RouteValues);
                    request.Headers.AcceptLanguage.Clear();
                    request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
                    using var response = await app.For(persona).SendAsync(request);
                    requests++;
                    var where = $"{call.Key} as {persona.Key} in {language}";
                    failures.AddRange(await CheckAsync(response, letter, language, where));
                }
            }
        }

        output.WriteLine($"{requests} page requests in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static async Task<IEnumerable<string>> CheckAsync(HttpResponseMessage response, char letter, string language, string where)
    {
        var answer = EndpointCall.Classify(response);
        if (answer != letter)
        {
            return [$"{where}: expected {letter}, answered {(int)response.StatusCode} {response.Headers.Location}"];
        }

        if (letter == 'U' || response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return [];
        }

        if (letter == 'A' && response.StatusCode != HttpStatusCode.OK)
        {
            return [$"{where}: answered {(int)response.StatusCode} {response.Headers.Location}, not the page"];
        }

        var html = await response.Content.ReadAsStringAsync();
        var failures = ResourceKeys.FoundIn(VisibleText.Of(html)).Select(key => $"{where}: shows the resource key \"{key}\"").ToList();
        var lang = HtmlLang().Match(html);
        if (lang.Success && lang.Groups[1].Value != language)
        {
            failures.Add($"{where}: the page is in {lang.Groups[1].Value}");
        }

        return failures;
    }

    [GeneratedRegex(@"<html\s+lang=""([^""]+)""")]
    private static partial Regex HtmlLang();
}
