using System.Collections.Concurrent;
using System.Globalization;
using CcmBot.Web.Bot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CcmBot.Web.LocalChat;

/// <summary>
/// A channel on the developer's machine, for the local chat page: the Direct Line side Web Chat
/// polls (/v3/directline/...) and the connector side the bot posts its replies and proactive
/// messages to (/v3/conversations/...). Mapped only in Development without an app id.
/// </summary>
public sealed class LocalChannel(CcmBotAdapter adapter, IServiceProvider services, TimeProvider clock, ILogger<LocalChannel> logger)
{
    public const string ChannelId = "webchat";
    const int MaxConversations = 200;
    const int MaxActivitiesPerConversation = 2000;

    sealed class Conversation
    {
        public readonly List<JObject> Activities = [];
        public readonly Lock Gate = new();
    }

    readonly ConcurrentDictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);

    public static void Map(WebApplication app)
    {
        var directLine = app.MapGroup("/v3/directline");
        directLine.MapPost("/tokens/generate", (HttpRequest r, LocalChannel c) => Results.Json(c.Start(BaseUrl(r))));
        directLine.MapPost("/conversations", async (HttpRequest r, LocalChannel c) =>
        {
            var started = c.Start(BaseUrl(r));
            await c.GreetAsync(started.ConversationId, BaseUrl(r));
            return Results.Json(started);
        });
        directLine.MapGet("/conversations/{id}", (string id, HttpRequest r, LocalChannel c) =>
            c.Exists(id) ? Results.Json(new StartedConversation(id, "local", 3600, null)) : Results.NotFound());
        directLine.MapPost("/conversations/{id}/activities", async (string id, HttpRequest r, LocalChannel c) =>
        {
            var body = await ReadAsync(r);
            return body is null || !c.Exists(id) ? Results.BadRequest() : Results.Json(new { id = await c.FromUserAsync(id, body, BaseUrl(r)) });
        });
        directLine.MapGet("/conversations/{id}/activities", (string id, string? watermark, LocalChannel c) =>
            c.Exists(id) ? Results.Content(c.Since(id, watermark), "application/json") : Results.NotFound());

        var connector = app.MapGroup("/v3/conversations");
        connector.MapPost("/{id}/activities", async (string id, HttpRequest r, LocalChannel c) => await c.FromBotAsync(id, null, r));
        connector.MapPost("/{id}/activities/{replyTo}", async (string id, string replyTo, HttpRequest r, LocalChannel c) => await c.FromBotAsync(id, null, r));
        connector.MapPut("/{id}/activities/{activityId}", async (string id, string activityId, HttpRequest r, LocalChannel c) => await c.FromBotAsync(id, activityId, r));
    }

    public sealed record StartedConversation(string ConversationId, string Token, int Expires_in, string? StreamUrl);

    StartedConversation Start(string baseUrl)
    {
        if (_conversations.Count >= MaxConversations)
            foreach (var old in _conversations.Keys.Take(_conversations.Count - MaxConversations + 1)) _conversations.TryRemove(old, out _);
        var id = "local-" + Guid.NewGuid().ToString("N")[..12];
        _conversations[id] = new Conversation();
        return new StartedConversation(id, "local", 3600, null);
    }

    bool Exists(string id) => _conversations.ContainsKey(id);

    /// <summary>The Direct Line service tells the bot that a conversation started; the bot greets.</summary>
    async Task GreetAsync(string conversationId, string baseUrl)
    {
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate, Id = Guid.NewGuid().ToString("N"), ChannelId = ChannelId, ServiceUrl = baseUrl,
            Conversation = new ConversationAccount(id: conversationId), Recipient = Bot, From = LocalUser,
            MembersAdded = [LocalUser], Timestamp = clock.GetUtcNow(),
        };
        await ToBotAsync(update);
    }

    async Task<string> FromUserAsync(string conversationId, JObject body, string baseUrl)
    {
        var id = Append(conversationId, body, fromBot: false);
        var activity = body.ToObject<Activity>()!;
        activity.Id = id;
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = baseUrl;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.Recipient = Bot;
        activity.From ??= LocalUser;
        activity.Timestamp = clock.GetUtcNow();
        await ToBotAsync(activity);
        return id;
    }

    async Task ToBotAsync(Activity activity)
    {
        try
        {
            var bot = services.GetRequiredService<IBot>();
            await adapter.ProcessLocalActivityAsync(activity, bot.OnTurnAsync, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The local chat could not deliver activity {Id} to the bot", activity.Id);
        }
    }

    async Task<IResult> FromBotAsync(string conversationId, string? replaceId, HttpRequest request)
    {
        var body = await ReadAsync(request);
        if (body is null) return Results.BadRequest();
        if (!_conversations.ContainsKey(conversationId)) _conversations.TryAdd(conversationId, new Conversation());
        // A digest re-sent after a crash carries the same delivery id: show it once.
        if (replaceId is null && body.SelectToken("channelData.ccmbotDeliveryId")?.ToString() is { Length: > 0 } deliveryId)
        {
            var conversation = _conversations[conversationId];
            lock (conversation.Gate)
            {
                var earlier = conversation.Activities.FirstOrDefault(a => a.SelectToken("channelData.ccmbotDeliveryId")?.ToString() == deliveryId);
                if (earlier is not null) return Results.Json(new { id = earlier.Value<string>("id") });
            }
        }
        if (replaceId is not null)
        {
            // An update (a card refreshed after an action): Web Chat sees it as a new activity with the same id.
            body["id"] = replaceId;
        }
        var id = Append(conversationId, body, fromBot: true, keepId: replaceId is not null);
        return Results.Json(new { id });
    }

    string Append(string conversationId, JObject activity, bool fromBot, bool keepId = false)
    {
        var conversation = _conversations.GetOrAdd(conversationId, _ => new Conversation());
        lock (conversation.Gate)
        {
            var id = keepId ? activity.Value<string>("id")! : $"{conversationId}|{conversation.Activities.Count:D7}";
            activity["id"] = id;
            activity["timestamp"] = clock.GetUtcNow().ToString("o", CultureInfo.InvariantCulture);
            activity["conversation"] = new JObject { ["id"] = conversationId };
            activity["channelId"] = ChannelId;
            if (fromBot) activity["from"] ??= JObject.FromObject(Bot);
            if (conversation.Activities.Count >= MaxActivitiesPerConversation) conversation.Activities.RemoveAt(0);
            conversation.Activities.Add(activity);
            return id;
        }
    }

    string Since(string conversationId, string? watermark)
    {
        var conversation = _conversations[conversationId];
        lock (conversation.Gate)
        {
            var from = int.TryParse(watermark, out var w) && w >= 0 ? w : 0;
            var activities = conversation.Activities.Skip(from).ToList();
            return new JObject
            {
                ["activities"] = new JArray(activities.Select(a => a.DeepClone())),
                ["watermark"] = conversation.Activities.Count.ToString(CultureInfo.InvariantCulture),
            }.ToString(Newtonsoft.Json.Formatting.None);
        }
    }

    static async Task<JObject?> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        try
        {
            return JToken.Parse(text) as JObject;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}/";

    public static readonly ChannelAccount Bot = new("ccmbot", "CcmBot");
    public static readonly ChannelAccount LocalUser = new("local-user", "You (local)");
}
