using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using CcmBot.Web.Bot;
using CcmBot.Web.LocalChat;
using CcmBot.Web.Tests.Support;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CcmBot.Web.Tests.Channels;

/// <summary>The local Direct Line channel over real loopback HTTP: what Web Chat does, without a browser.</summary>
public sealed class LocalChannelTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly CcmBotFactory _factory;
    readonly HttpClient _client;

    public LocalChannelTests()
    {
        _factory = new CcmBotFactory(_folder.File("local.db"));
        _factory.UseKestrel(0);
        _factory.StartServer();
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _folder.Dispose();
    }

    async Task<string> StartAsync() =>
        (await (await _client.PostAsync("/v3/directline/conversations", null)).Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]!.GetValue<string>();

    async Task<JsonArray> ActivitiesAsync(string conversation) =>
        (await _client.GetFromJsonAsync<JsonObject>($"/v3/directline/conversations/{conversation}/activities?watermark=0"))!["activities"]!.AsArray();

    [Fact]
    public async Task A_conversation_starts_with_the_help_card_and_a_question_is_answered_with_a_card()
    {
        var conversation = await StartAsync();
        var posted = await _client.PostAsJsonAsync($"/v3/directline/conversations/{conversation}/activities",
            new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "local-user" }, ["text"] = "tell me about Madagascar as of 30 June 2017" });
        posted.EnsureSuccessStatusCode();

        var activities = await ActivitiesAsync(conversation);
        Assert.Equal(3, activities.Count);
        // The help card reads its introduction itself; the summary carries it for notifications.
        Assert.Null(activities[0]!["text"]);
        Assert.Contains("I answer questions", activities[0]!["summary"]!.GetValue<string>());
        Assert.Contains("I answer questions", activities[0]!["attachments"]![0]!["content"]!.ToJsonString());
        Assert.Equal("local-user", activities[1]!["from"]!["id"]!.GetValue<string>());
        var answer = activities[2]!;
        Assert.StartsWith("Madagascar as of 30 Jun 2017: State Party (not yet in force).", answer["text"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer["attachments"]![0]!["contentType"]!.GetValue<string>());
        var watermark = (await _client.GetFromJsonAsync<JsonObject>($"/v3/directline/conversations/{conversation}/activities?watermark=3"))!;
        Assert.Empty(watermark["activities"]!.AsArray());
    }

    [Fact]
    public async Task A_proactive_message_sent_through_the_SDK_reaches_the_local_page()
    {
        var conversation = await StartAsync();
        var adapter = _factory.Services.GetRequiredService<CcmBotAdapter>();
        var reference = new ConversationReference
        {
            ChannelId = LocalChannel.ChannelId, ServiceUrl = _client.BaseAddress!.ToString(), Conversation = new ConversationAccount(id: conversation),
            Bot = LocalChannel.Bot, User = LocalChannel.LocalUser,
        };
        // Without an app id, ContinueConversationAsync(appId, ...) throws; the claims-identity overload works.
        var identity = new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, ""), new Claim(AuthenticationConstants.AppIdClaim, "")], "local");
        await adapter.ContinueConversationAsync(identity, reference, async (turn, ct) => await turn.SendActivityAsync("Reminder: 3 follow-ups due this week.", cancellationToken: ct), CancellationToken.None);

        var activities = await ActivitiesAsync(conversation);
        Assert.Contains(activities, a => a!["text"]?.GetValue<string>() == "Reminder: 3 follow-ups due this week.");
    }

    [Fact]
    public async Task Unknown_conversations_and_bad_bodies_are_refused()
    {
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _client.GetAsync("/v3/directline/conversations/nope/activities")).StatusCode);
        var conversation = await StartAsync();
        var bad = await _client.PostAsync($"/v3/directline/conversations/{conversation}/activities", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
