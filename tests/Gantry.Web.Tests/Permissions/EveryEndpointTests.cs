using System.Text;
using Xunit;

namespace Gantry.Web.Tests.Permissions;

/// <summary>
/// Every route and page of the running app, called by every kind of user, must answer as
/// <see cref="EndpointMatrix"/> says; an endpoint missing from the matrix fails with its name.
/// </summary>
public sealed class EveryEndpointTests(PermissionsApp app) : IClassFixture<PermissionsApp>
{
    [Fact]
    public async Task EveryEndpointAnswersEveryRoleAsTheMatrixSays()
    {
        var calls = EndpointCall.Discover(app.Services);
        var observed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var call in calls)
        {
            var row = new StringBuilder();
            foreach (var persona in Persona.All)
            {
                using var request = call.Request(app.RouteValues);
                using var response = await app.For(persona).SendAsync(request);
                var answer = EndpointCall.Classify(response);
                if (answer == 'E')
                {
                    failures.Add($"{call.Key} answered {(int)response.StatusCode} to {persona.Key}");
                }

                row.Append(answer);
            }

            observed[call.Key] = row.ToString();
        }

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

        failures.AddRange(EndpointMatrix.Expected.Keys.Where(k => !observed.ContainsKey(k)).Select(k => $"{k} is in the matrix but no longer an endpoint"));
        Assert.True(failures.Count == 0, string.Join('\n', failures) + "\n\nObserved matrix:\n"
            + string.Join('\n', observed.Select(o => $"        [\"{o.Key}\"] = \"{string.Join(' ', o.Value.ToCharArray())}\",")));
    }
}
