using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;
using Xunit.Abstractions;

namespace CcmBot.Web.Tests.Reminders;

/// <summary>The host process killed (SIGKILL) at random points of its sweeps, then restarted: every due digest arrives once.</summary>
public sealed class ReminderCrashTests(ITestOutputHelper output) : IDisposable
{
    readonly TempFolder _folder = new();
    public void Dispose() => _folder.Dispose();

    const int Conversations = 25;
    /// <summary>New conversations with a digest due, added before each restart, so every kill can fall while digests are being sent.</summary>
    const int AddedPerRun = 5;
    /// <summary>CCMBOT_KILL_RUNS when set (the long run uses 50), else 20.</summary>
    static int Kills => int.TryParse(Environment.GetEnvironmentVariable("CCMBOT_KILL_RUNS"), out var n) && n > 0 ? Math.Max(n, 20) : 20;

    [Fact]
    public async Task Killed_at_random_points_of_sweeps_every_due_digest_arrives_exactly_once()
    {
        await using var channel = await ChannelListener.StartAsync();
        var path = _folder.File("crash.db");
        Seed(path, channel.Url, 0, Conversations);
        var expected = Conversations;

        var random = new Random(20261125);
        for (var run = 0; run < Kills; run++)
        {
            if (run > 0)
            {
                Seed(path, channel.Url, expected, AddedPerRun);
                expected += AddedPerRun;
            }
            using var host = StartHost(path);
            await Task.Delay(random.Next(200, 1600));
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
        using (var last = StartHost(path))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && Arrived(channel).Count < expected) await Task.Delay(100);
            last.Kill(entireProcessTree: true);
            await last.WaitForExitAsync();
        }

        var arrived = Arrived(channel);
        var posts = channel.Requests.Count(r => r.Method == "POST" && r.Status == 200);
        var redeliveries = channel.Requests.Count(r => r.Redelivery);
        output.WriteLine($"{Kills} kills; {posts} digest posts accepted by the channel, {redeliveries} of them redeliveries it dropped; {arrived.Count} of {expected} conversations reached");
        Assert.Equal(expected, arrived.Count);
        Assert.All(arrived, a => Assert.Equal(1, a.Count));
    }

    static List<(string Conversation, int Count)> Arrived(ChannelListener channel) =>
        channel.Requests.Where(r => r.Method == "POST" && r.Status == 200 && !r.Redelivery && (r.Activity["text"]?.GetValue<string>() ?? "").StartsWith("CcmBot digest", StringComparison.Ordinal))
            .GroupBy(r => r.Path.Split('/')[3]).Select(g => (g.Key, g.Count())).ToList();

    /// <summary>Subscriptions due now (daily, an hour ago), each in its own conversation on the loopback channel.</summary>
    static void Seed(string path, string serviceUrl, int first, int count)
    {
        var now = DateTimeOffset.UtcNow;
        using var store = CcmStore.Open(path);
        if (first == 0) store.SyncReferenceData(ReferenceDataSet.Load(Path.Combine(AppContext.BaseDirectory, "ReferenceData")), now);
        var reminders = new ReminderStore(store);
        var at = now.AddHours(-1).UtcDateTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = first; i < first + count; i++)
        {
            var key = $"msteams|crash-{i:D3}";
            var reference = new System.Text.Json.Nodes.JsonObject
            {
                ["channelId"] = "msteams", ["serviceUrl"] = serviceUrl, ["conversation"] = new System.Text.Json.Nodes.JsonObject { ["id"] = $"crash-{i:D3}" },
                ["bot"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "ccmbot" }, ["user"] = new System.Text.Json.Nodes.JsonObject { ["id"] = $"isu-{i}" },
            }.ToJsonString();
            reminders.RememberConversation(key, reference, "UTC", now);
            reminders.Add(new SubscriptionDocument
            {
                Id = $"crash{i:D3}", ConversationKey = key, OwnerId = $"isu-{i}", OwnerName = "ISU", Frequency = "Daily", LocalTime = at, TimeZone = "UTC",
                Topics = ["OverdueReports"], WithinDays = 30, CreatedAt = now.AddDays(-2).UtcDateTime,
            });
        }
    }

    static System.Diagnostics.Process StartHost(string path) =>
        HostProcess.Start(path, environment: new Dictionary<string, string> { ["Reminders__SweepInterval"] = "00:00:00.100" });
}
