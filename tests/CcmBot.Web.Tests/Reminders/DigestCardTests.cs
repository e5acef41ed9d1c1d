using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CcmBot.Web.Reminders;
using CcmBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CcmBot.Web.Tests.Reminders;

/// <summary>The set-up form and a full digest card: accepted by the official renderer, small enough for Teams, and pictured for the README.</summary>
public sealed class DigestCardTests : IAsyncLifetime
{
    readonly TempFolder _folder = new();
    ChannelListener _channel = null!;
    CcmBotFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _channel = await ChannelListener.StartAsync();
        _factory = new CcmBotFactory(_folder.File("digest.db"), new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    }

    public async Task DisposeAsync()
    {
        _factory.Dispose();
        await _channel.DisposeAsync();
        _folder.Dispose();
    }

    async Task SayAsync(string text, JsonObject? value = null)
    {
        using var client = _factory.CreateClient();
        var activity = Activities.Message(text, "msteams", value, conversationId: "digest-conversation", userId: "coordinator-1");
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = _channel.Url;
        (await client.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();
    }

    JsonObject Last() => _channel.Requests.Last(r => r.Method == "POST").Activity;

    [Fact]
    public async Task The_set_up_form_creates_the_same_subscription_as_the_chat_line()
    {
        await SayAsync("set up reminders");
        var form = Last()["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("\"Input.Time\"", form);
        Assert.Contains("\"isMultiSelect\":true", form);

        await SayAsync("", new JsonObject
        {
            ["action"] = "reminder.subscribe", ["frequency"] = "Weekly", ["days"] = "Monday,Thursday", ["time"] = "08:30", ["timeZone"] = "Africa/Nairobi",
            ["topics"] = "OverdueReports,Milestones", ["plan"] = "NIM", ["withinDays"] = "60", ["followUps"] = "all", ["dayOfMonth"] = "1",
        });
        Assert.StartsWith("Reminder set: overdue reports, NIM milestones, every Monday, Thursday at 08:30 Africa/Nairobi.", Last()["text"]!.GetValue<string>());

        // Every other week, or every 3 or 4, as the chat line allows; only with a weekly frequency.
        Assert.Contains("\"everyWeeks\"", form);
        await SayAsync("", new JsonObject
        {
            ["action"] = "reminder.subscribe", ["frequency"] = "Weekly", ["days"] = "Wednesday", ["everyWeeks"] = "2", ["time"] = "10:00", ["timeZone"] = "Europe/Zurich", ["topics"] = "FollowUps",
        });
        Assert.StartsWith("Reminder set: follow-ups, every other Wednesday at 10:00 Europe/Zurich.", Last()["text"]!.GetValue<string>());
        await SayAsync("", new JsonObject { ["action"] = "reminder.subscribe", ["frequency"] = "Weekly", ["days"] = "Monday", ["everyWeeks"] = "6", ["topics"] = "FollowUps", ["time"] = "08:30" });
        Assert.StartsWith("\"Repeat\" is every week or every 2 to 4 weeks. Nothing was set up.", Last()["text"]!.GetValue<string>());
        await SayAsync("", new JsonObject { ["action"] = "reminder.subscribe", ["frequency"] = "Monthly", ["everyWeeks"] = "2", ["topics"] = "FollowUps", ["time"] = "08:30" });
        Assert.StartsWith("Every 2 to 4 weeks goes with \"Every week\"", Last()["text"]!.GetValue<string>());
        Assert.Equal(2, _factory.Services.GetRequiredService<CcmBot.Web.Storage.ReminderStore>().All().Count);

        await SayAsync("", new JsonObject { ["action"] = "reminder.subscribe", ["frequency"] = "Hourly", ["topics"] = "FollowUps", ["time"] = "08:30" });
        Assert.StartsWith("Choose how often", Last()["text"]!.GetValue<string>());
        // Numbers are not names: "7" is no frequency, "9" no day and "99" no topic, though Enum.TryParse would take them.
        await SayAsync("", new JsonObject { ["action"] = "reminder.subscribe", ["frequency"] = "7", ["topics"] = "FollowUps", ["time"] = "08:30" });
        Assert.StartsWith("Choose how often", Last()["text"]!.GetValue<string>());
        // A one-off note is set in chat with its day; the form cannot make one without a day.
        await SayAsync("", new JsonObject { ["action"] = "reminder.subscribe", ["frequency"] = "Once", ["topics"] = "FollowUps", ["time"] = "08:30" });
        Assert.StartsWith("Choose how often", Last()["text"]!.GetValue<string>());
        await SayAsync("", new JsonObject { ["action"] = "reminder.subscribe", ["frequency"] = "Weekly", ["days"] = "9", ["topics"] = "99", ["time"] = "08:30" });
        Assert.StartsWith("The form sent a day or a topic CcmBot does not know; nothing was set up.", Last()["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_full_digest_card_renders_in_the_official_renderer_and_fits_a_Teams_message()
    {
        await SayAsync("remind me every day at 9:00");
        await SayAsync("log démarche to Togo on 20 November 2026 about overdue initial report, follow up 26 November 2026");
        await SayAsync("log letter to Chad on 21 November 2026 about clearance, follow up 27 November 2026");
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await _factory.Services.GetRequiredService<ReminderService>().SweepAsync(CancellationToken.None);
        var digest = Assert.Single(_channel.Delivered("CcmBot digest for 26 Nov 2026")).Activity;
        var card = digest["attachments"]![0]!["content"]!;
        var cardJson = card.ToJsonString();
        Assert.True(digest.ToJsonString().Length < 28 * 1024, $"the digest activity is {digest.ToJsonString().Length} bytes; Teams takes about 28 KB");

        File.WriteAllText(_folder.File("digest.json"), cardJson);
        var (valid, report) = await Node.RunAsync("node", ["validate.js", _folder.Path], await Node.ToolAsync("card-validator"));
        Assert.True(valid == 0, report);

        var screenshot = _folder.File("digest-card.png");
        var (rendered, output) = await Node.RunAsync("node", ["render-card.js", _folder.File("digest.json"), screenshot], await Node.ToolAsync("browser"), TimeSpan.FromMinutes(2));
        Assert.True(rendered == 0, output);
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        if (Environment.GetEnvironmentVariable("CCMBOT_UPDATE_SCREENSHOT") == "1")
            File.Copy(screenshot, Path.Combine(Node.RepositoryRoot(), "tests", "browser", "digest-card.png"), overwrite: true);
    }
}
