using System.Diagnostics;

namespace Gantry.Bench;

/// <summary>
/// Gantry.Web started as its own process on a free 127.0.0.1 port, in Production as a user runs it,
/// on the benchmark's database; the bench project builds it (a project reference without its assembly).
/// </summary>
public sealed class WebAppProcess : IDisposable
{
    private readonly Process _process;

    private WebAppProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static WebAppProcess Start(string provider, string connectionString, string adminPassword)
    {
        var (dll, contentRoot) = Locate();
        var baseUrl = "http://127.0.0.1:" + SchedulePageRun.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--contentRoot", contentRoot, "--environment", "Production", "--urls", baseUrl },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["Database__Provider"] = provider, ["ConnectionStrings__Gantry"] = connectionString, ["Demo__Enabled"] = "false",
                ["Admin__InitialPassword"] = adminPassword, ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Gantry.Web did not start.");
        // Drained so a chatty log can never block the server on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("web: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WebAppProcess(process, baseUrl);
    }

    /// <summary>Polls the sign-in page until it answers; a cold start on a busy machine may take a minute or two.</summary>
    public async Task WaitUntilUpAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Gantry.Web exited with code {_process.ExitCode}.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseUrl + "/sign-in"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("Gantry.Web did not answer within five minutes.");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    /// <summary>The web app's build output of the bench's own configuration, and its project folder as content root (wwwroot).</summary>
    private static (string Dll, string ContentRoot) Locate()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Release";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var project = Path.Combine(dir.FullName, "src", "Gantry.Web");
            var dll = Path.Combine(project, "bin", configuration, "net10.0", "Gantry.Web.dll");
            if (File.Exists(dll))
            {
                return (dll, project);
            }
        }

        throw new FileNotFoundException("src/Gantry.Web/bin/<configuration>/net10.0/Gantry.Web.dll was not found above the bench's folder.");
    }
}
