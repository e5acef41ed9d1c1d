using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;
using LiteDB;
using Xunit.Abstractions;

namespace CcmBot.Web.Tests.Hardening;

/// <summary>
/// The host process killed (SIGKILL) at random moments while four clients log outreach through
/// /api/messages, again and again: the store always opens, and every contact the bot acknowledged
/// is there exactly once, with its audit entry. Runs: CCMBOT_KILL_RUNS (default 10; the long run uses 50).
/// </summary>
public sealed class OutreachCrashTests(ITestOutputHelper output) : IDisposable
{
    readonly TempFolder _folder = new();
    public void Dispose() => _folder.Dispose();

    public static int Runs => int.TryParse(Environment.GetEnvironmentVariable("CCMBOT_KILL_RUNS"), out var n) && n > 0 ? n : 10;

    static readonly string[] States = ["Togo", "Chile", "Lao PDR", "Benin", "Peru", "Zambia", "Ghana", "Iraq"];

    [Fact]
    public async Task Killed_while_writing_outreach_the_store_opens_and_no_acknowledged_contact_is_lost()
    {
        var path = _folder.File("outreach-crash.db");
        var acknowledged = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var random = new Random(20261125);
        var attempts = 0;
        for (var run = 0; run < Runs; run++)
        {
            var port = HostProcess.FreePort();
            using var host = StartHost(path, port);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            await WaitHealthy(http, host);
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var seq = 0; !stop.IsCancellationRequested; seq++)
                {
                    var token = $"r{run}w{w}s{seq}";
                    var text = $"log letter to {States[(run + w + seq) % States.Length]} on {1 + seq % 28} March 2019 about overdue annual report, summary: crash token {token}";
                    Interlocked.Increment(ref attempts);
                    try
                    {
                        var response = await http.PostAsJsonAsync("/api/messages", Activities.Message(text, "slack", userId: "crash-writer", conversationId: $"w{w}"), stop.Token);
                        if (response.StatusCode != HttpStatusCode.OK) continue;
                        var reply = (await Activities.RepliesAsync(response)).Single().Text();
                        if (reply.StartsWith("Contact #", StringComparison.Ordinal)) acknowledged[token] = 1;
                    }
                    catch (Exception ex) when (ex is HttpRequestException or System.Net.Sockets.SocketException or TaskCanceledException or OperationCanceledException or IOException or System.Text.Json.JsonException)
                    {
                        // The process died under this request: not acknowledged, so nothing is owed.
                    }
                }
            })).ToList();
            await Task.Delay(random.Next(150, 1200));
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            stop.Cancel();
            await Task.WhenAll(writers);
        }

        using var store = CcmStore.Open(path);
        var contacts = store.Database.GetCollection("contacts").FindAll().ToList();
        var history = new OutreachStore(store);
        var stored = contacts.Select(c => System.Text.RegularExpressions.Regex.Match(c["Summary"].AsString, @"crash token (\S+)").Groups[1].Value).ToList();
        output.WriteLine($"{Runs} kills; {attempts} writes sent, {acknowledged.Count} acknowledged, {contacts.Count} stored (the rest were in flight when the process died)");
        Assert.True(acknowledged.Count >= Runs, $"only {acknowledged.Count} writes were acknowledged in {Runs} runs");
        Assert.All(acknowledged.Keys, token => Assert.Equal(1, stored.Count(s => s == token)));
        Assert.Equal(contacts.Count, stored.Distinct().Count());
        Assert.All(contacts, c => Assert.Equal("created", history.History(c["_id"].AsInt32)[0].Action));
    }

    static async Task WaitHealthy(HttpClient http, Process host)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (host.HasExited) throw new InvalidOperationException($"The host exited with {host.ExitCode} before it was healthy.");
            try
            {
                if ((await http.GetAsync("/healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(50);
        }
        throw new TimeoutException("The host did not become healthy in 30 s.");
    }

    static Process StartHost(string path, int port) => HostProcess.Start(path, port, new Dictionary<string, string>
    {
        ["Reminders__RunWorker"] = "false", ["Access__MessagesPerMinute"] = "1000000", ["Access__Coordinators__0"] = "crash-writer",
    });
}
