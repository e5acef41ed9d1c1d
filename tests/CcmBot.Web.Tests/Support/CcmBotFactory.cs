using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CcmBot.Web.Tests.Support;

/// <summary>The real host (Program) on a LiteDB file of the test's own, with a clock the test sets.</summary>
public class CcmBotFactory(string storePath, DateTimeOffset? now = null, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public string StorePath { get; } = storePath;
    public FakeTimeProvider Clock { get; } = new(now ?? new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Loggers a test adds before the host starts (to see every error the host logs).</summary>
    public List<Microsoft.Extensions.Logging.ILoggerProvider> ExtraLoggers { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => ExtraLoggers.ForEach(provider => logging.Services.AddSingleton(provider)));
        builder.UseSetting("Store:Path", StorePath);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Suites send hundreds of messages as one user; the per-user limit has a test of its own.
        builder.UseSetting("Access:MessagesPerMinute", "1000000");
        // Tests sweep reminders themselves; the worker has a test of its own.
        builder.UseSetting("Reminders:RunWorker", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>POSTs one message activity with deliveryMode expectReplies and returns the bot's replies.</summary>
    /// <summary>A line in one conversation from one person, text only (Slack).</summary>
    public async Task<IReadOnlyList<JsonObject>> AskInAsync(string text, string conversationId, string userId)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/messages", Activities.Message(text, "slack", null, conversationId, userId));
        response.EnsureSuccessStatusCode();
        return await Activities.RepliesAsync(response);
    }

    public async Task<IReadOnlyList<JsonObject>> AskAsync(string text, string channelId = "msteams", JsonObject? value = null)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/messages", Activities.Message(text, channelId, value));
        response.EnsureSuccessStatusCode();
        return await Activities.RepliesAsync(response);
    }
}

public static class Activities
{
    public static JsonObject Message(string? text, string channelId = "msteams", JsonObject? value = null, string conversationId = "conv-1", string userId = "user-1")
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = "2026-11-25T09:00:00Z",
            ["channelId"] = channelId,
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = "A Coordinator" },
            ["recipient"] = new JsonObject { ["id"] = "ccmbot", ["name"] = "CcmBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["deliveryMode"] = "expectReplies",
            ["locale"] = "en-US",
        };
        if (text is not null) activity["text"] = text;
        if (value is not null) activity["value"] = value;
        return activity;
    }

    public static async Task<IReadOnlyList<JsonObject>> RepliesAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonNode.Parse(body)!.AsObject();
        return json["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
    }

    public static string Text(this JsonObject activity) => activity["text"]?.GetValue<string>() ?? "";

    public static JsonObject? Card(this JsonObject activity) =>
        activity["attachments"]?.AsArray().Select(a => a!.AsObject())
            .FirstOrDefault(a => a["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"]?.AsObject();
}

/// <summary>A folder of the test's own, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ccmbot-tests", Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
