using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace Gantry.Web.Tests.Infrastructure;

public static class Json
{
    /// <summary>Reads a JSON body as a document, after checking the status code.</summary>
    public static async Task<JsonElement> Read(this HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Checks a 4xx problem-details body and returns it.</summary>
    public static async Task<JsonElement> Problem(this HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        var problem = await response.Read(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    public static Task<HttpResponseMessage> PutAsJson<T>(this HttpClient client, string url, T body) =>
        client.PutAsJsonAsync(url, body);

    public static string Str(this JsonElement e, string property) => e.GetProperty(property).GetString()!;
}
