using System.Net;
using System.Text;
using Xunit;

namespace Gantry.Web.Tests.Permissions;

/// <summary>
/// Every route and page of the running app, and every form handler of every page, called by every
/// kind of user, must answer as <see cref="EndpointMatrix"/> says; a call missing from the matrix fails
/// with its name.
/// </summary>
public sealed class EveryEndpointTests(PermissionsApp app) : IClassFixture<PermissionsApp>
{
    private const string FormPrefix = "POST PAGE ";

    /// <summary>
    /// Forms whose page refuses before it calls Core (the admin pages hide themselves as "not found";
    /// the cost import page refuses before reading the file), with the API route of the same use case:
    /// that route's row in the matrix must refuse the same persona, which shows Core refuses it too.
    /// </summary>
    private static readonly Dictionary<string, string> SameUseCaseOnTheApi = new(StringComparer.Ordinal)
    {
        ["POST PAGE /admin/organisations"] = "POST /api/v1/organisations",
        ["POST PAGE /admin/users/new"] = "POST /api/v1/users",
        ["POST PAGE /admin/users/{id}"] = "PUT /api/v1/users/{userId}",
        ["POST PAGE /admin/users/{id}?handler=ResetPassword"] = "PUT /api/v1/users/{userId}/password",
        ["POST PAGE /projects/{id}/costs/import"] = "POST /api/v1/projects/{projectId}/costs/records/import.xlsx",
    };

    [Fact]
    public async Task EveryEndpointAnswersEveryRoleAsTheMatrixSays()
    {
        var failures = new List<string>();
        var observed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var call in EndpointCall.Discover(app.Services))
        {
            var row = new StringBuilder();
            foreach (var persona in Persona.All)
            {
                using var request = call.Request(app.RouteValues);
                using var response = await app.For(persona).SendAsync(request);
                row.Append(Answer(call.Key, persona, response, EndpointCall.Classify(response), failures));
            }

            observed[call.Key] = row.ToString();
        }

        Compare(observed, key => !key.StartsWith(FormPrefix, StringComparison.Ordinal), failures);
    }

    /// <summary>
    /// A page whose GET is refused may still take a POST: each handler is posted by each persona with
    /// that persona's own antiforgery token, so what answers is the handler's own check, not the token's.
    /// </summary>
    [Fact]
    public async Task EveryPageFormAnswersEveryRoleAsTheMatrixSays()
    {
        var failures = new List<string>();
        var observed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var call in await PageFormCall.DiscoverAsync(app.Services))
        {
            var row = new StringBuilder();
            foreach (var persona in Persona.All)
            {
                using var request = call.Request(app.RouteValues, await app.AntiforgeryFor(persona));
                using var response = await app.For(persona).SendAsync(request);
                var answer = Answer(call.Key, persona, response, ClassifyForm(response), failures);
                if (answer is 'F' or 'N' && RefusedBy(response) != "Gantry.Core" && !ApiRefuses(call.Key, persona))
                {
                    failures.Add($"{call.Key} was refused to {persona.Key} by the page alone; the use case in Core must refuse it too");
                }

                row.Append(answer);
            }

            observed[call.Key] = row.ToString();
        }

        var pages = observed.Keys.Select(k => k[5..].Split('?')[0]).ToHashSet(StringComparer.Ordinal);
        failures.AddRange(PageFormCall.KeysWithNeededFields.Where(k => !observed.ContainsKey(k) && !pages.Contains(k))
            .Select(k => $"{k} has needed form fields but is no form handler or page with one"));
        Compare(observed, key => key.StartsWith(FormPrefix, StringComparison.Ordinal), failures);
    }

    /// <summary>
    /// A form's answer: the status first (403, 404, sign-in), then what Core refused on the way, since a
    /// page may show a refusal as a message on the page it renders or redirects to. A 400 with no body is
    /// the antiforgery check failing, which would hide the handler's own answer, so it counts as an error.
    /// </summary>
    private static char ClassifyForm(HttpResponseMessage response)
    {
        var letter = EndpointCall.Classify(response);
        if (letter != 'A')
        {
            return letter;
        }

        if (response.StatusCode == HttpStatusCode.BadRequest && response.Content.Headers.ContentLength == 0)
        {
            return 'E';
        }

        return response.Headers.TryGetValues(RefusalObserver.Header, out var refusal)
            ? refusal.First().StartsWith("Forbidden", StringComparison.Ordinal) ? 'F' : 'N'
            : 'A';
    }

    private static bool ApiRefuses(string formKey, Persona persona)
    {
        if (!SameUseCaseOnTheApi.TryGetValue(formKey, out var apiKey) || !EndpointMatrix.Expected.TryGetValue(apiKey, out var row))
        {
            return false;
        }

        var column = Persona.All.ToList().IndexOf(persona);
        return EndpointMatrix.Compact(row)[column] is 'F' or 'N';
    }

    /// <summary>The assembly whose code threw the request's first refusal, or null when nothing was refused.</summary>
    private static string? RefusedBy(HttpResponseMessage response) =>
        response.Headers.TryGetValues(RefusalObserver.Header, out var refusal) ? refusal.First().Split("; ")[1] : null;

    private static char Answer(string key, Persona persona, HttpResponseMessage response, char answer, List<string> failures)
    {
        if (answer == 'E')
        {
            failures.Add($"{key} answered {(int)response.StatusCode} to {persona.Key}");
        }

        return answer;
    }

    private static void Compare(SortedDictionary<string, string> observed, Func<string, bool> inScope, List<string> failures)
    {
        foreach (var (key, row) in observed)
        {
            if (!EndpointMatrix.Expected.TryGetValue(key, out var expected))
            {
                failures.Add($"{key} is not in the permission matrix (observed {row})");
            }
            else if (EndpointMatrix.Compact(expected) != row)
            {
                failures.Add($"{key}: expected {EndpointMatrix.Compact(expected)}, observed {row}");
            }
        }

        failures.AddRange(EndpointMatrix.Expected.Keys.Where(k => inScope(k) && !observed.ContainsKey(k))
            .Select(k => $"{k} is in the matrix but no longer an endpoint"));
        Assert.True(failures.Count == 0, string.Join('\n', failures) + "\n\nObserved matrix:\n"
            + string.Join('\n', observed.Select(o => $"        [\"{o.Key}\"] = \"{string.Join(' ', o.Value.ToCharArray())}\",")));
    }
}
