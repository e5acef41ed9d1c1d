using System.Diagnostics;

namespace CcmBot.Web.Tests.Support;

/// <summary>Runs the repository's small Node tools (card renderer, manifest validator, browser test) and shell scripts.</summary>
public static class Node
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CcmBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("CcmBot.sln not found above the test folder");
    }

    /// <summary>The shared folder beside the repository (schemas, seeds), as laid out here and on CI.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared"));

    /// <summary>A tool folder under tests/, with its npm packages installed (npm ci) if they are not yet.</summary>
    public static async Task<string> ToolAsync(string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", name);
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            var (code, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder);
            if (code != 0) throw new InvalidOperationException($"npm ci in {folder} failed: {output}");
        }
        return folder;
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string command, IEnumerable<string> args, string workingDirectory, TimeSpan? timeout = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out: " + await stdout + await stderr);
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
