using System.Collections.Concurrent;
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

    /// <summary>
    /// Pages whose GET may send the user on instead, and where to: the language switch and sign-out take a
    /// POST, the sign-in page sends a signed-in user home, the edit page sends who may not edit to the overview.
    /// </summary>
    private static readonly Dictionary<string, string> RedirectsByDesign = new(StringComparer.Ordinal)
    {
        ["PAGE /account/language"] = "/",
        ["PAGE /sign-out"] = "/",
        ["PAGE /sign-in"] = "/",
        ["PAGE /projects/{id}/edit"] = "/projects/{id}",
    };

    [Fact]
    public async Task EveryPageShowsTranslatedTextAndNoResourceKeyToEveryoneWhoMaySeeIt()
    {
        var failures = new ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();
        var visits = Visits().ToList();
        // Pages only read, so a few at a time keeps the test fast without one visit seeing another's data.
        await Parallel.ForEachAsync(visits, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (visit, cancel) =>
        {
            var (call, persona, letter, language) = visit;
            using var request = call.Request(app.RouteValues);
            request.Headers.AcceptLanguage.Clear();
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
            using var response = await app.For(persona).SendAsync(request, cancel);
            foreach (var failure in await CheckAsync(response, call.Key, letter, language, $"{call.Key} as {persona.Key} in {language}"))
            {
                failures.Add(failure);
            }
        });

        output.WriteLine($"{visits.Count} page requests in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(failures.IsEmpty, string.Join('\n', failures.Order(StringComparer.Ordinal)));
    }

    /// <summary>Everyone allowed, and the first persona of each refusal: the other refusals render the same page.</summary>
    private IEnumerable<(EndpointCall Call, Persona Persona, char Letter, string Language)> Visits()
    {
        foreach (var call in EndpointCall.Discover(app.Services).Where(c => c.Method == "PAGE"))
        {
            var expected = EndpointMatrix.Compact(EndpointMatrix.Expected[call.Key]);
            var refusalsSeen = new HashSet<char>();
            for (var column = 0; column < Persona.All.Count; column++)
            {
                if (expected[column] == 'A' || refusalsSeen.Add(expected[column]))
                {
                    foreach (var language in Languages)
                    {
                        yield return (call, Persona.All[column], expected[column], language);
                    }
                }
            }
        }
    }

    private async Task<IEnumerable<string>> CheckAsync(HttpResponseMessage response, string key, char letter, string language, string where)
    {
        var answer = EndpointCall.Classify(response);
        if (answer != letter)
        {
            return [$"{where}: expected {letter}, answered {(int)response.StatusCode} {response.Headers.Location}"];
        }

        if (letter == 'U')
        {
            return [];
        }

        if (letter == 'A' && response.StatusCode != HttpStatusCode.OK)
        {
            return RedirectsByDesign.TryGetValue(key, out var target) && response.StatusCode == HttpStatusCode.Redirect
                && response.Headers.Location?.OriginalString == target.Replace("{id}", app.RouteValues["id"], StringComparison.Ordinal)
                ? []
                : [$"{where}: answered {(int)response.StatusCode} {response.Headers.Location}, not the page"];
        }

        if (response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return [$"{where}: answered {response.Content.Headers.ContentType?.MediaType}, not a page"];
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
