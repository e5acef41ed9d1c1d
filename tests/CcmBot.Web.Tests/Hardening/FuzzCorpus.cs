using System.Text;
using System.Text.Json.Nodes;
using CcmBot.Web.Tests.Support;

namespace CcmBot.Web.Tests.Hardening;

/// <summary>One fuzzed request: what kind of hostility it carries, and the bytes sent.</summary>
public sealed record FuzzedActivity(string Category, byte[] Body, string ContentType = "application/json");

/// <summary>
/// Malformed and hostile activities, drawn from a seeded generator so a failing case can be replayed:
/// broken JSON, wrong types, missing fields, huge and deeply nested values, control characters and
/// right-to-left marks, query and script fragments in text fields, forged card submits, unknown types and invokes.
/// </summary>
public sealed class FuzzCorpus(Random random, string serviceUrl)
{
    /// <summary>The user whose records exist before fuzzing; no fuzzed activity speaks as them.</summary>
    public const string Owner = "owner-of-the-records";

    /// <summary>How many ordinary users the fuzzed activities come from (fuzz-user-0 ...).</summary>
    public const int Users = 50;

    static readonly string[] Hostile =
    [
        "$.Name = 'Togo' OR 1 = 1", "{\"$where\": \"this.Id > 0\"}", "'; DROP TABLE contacts; --", "SELECT $ FROM contacts WHERE 1=1",
        "INSERT INTO contacts VALUES {_id: 999}", "DELETE contacts WHERE true", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "{{7*7}}", "${jndi:ldap://127.0.0.1/a}", "../../../../etc/passwd", "%00%0d%0a", "\u202Eogo T\u202C", "\u200B\u200B\u200B",
        "\u0000\u0001\u0007\u001B[31m", "\uFEFF", "\uD83D\uDE00\uD83D\uDE00", "Ṫōǵō", "ТОГО", "トーゴ", "\r\n\r\n", new string('(', 500),
        new string('a', 4001), "30/02/2017", "99/99/9999", "32 December 2017", "-1", "1e309", "NaN", "null", "true", "[]", "{}",
        "Lao PDR\t\t\t", "Côte d’Ivoire", "DRC; Togo; ; ;", "#1; close contact 1", "@CcmBot @CcmBot", "<at>CcmBot</at>",
        "as of 31 June 2017", "before 99999", "since 0001-01-01", "after 9999-12-31",
    ];

    static readonly string[] Prefixes =
    [
        "", "tell me about ", "who is overdue as of ", "Article 4 deadlines before ", "log démarche to ", "log letter to Togo on ",
        "log call to Togo on 3 May 2018 about ", "edit contact 1: summary: ", "edit contact 2: outcome: ", "close contact ", "delete contact ",
        "history of contact ", "remind me every ", "remind me every Monday at ", "daily digest at 9 in ", "outreach report for ",
        "what démarches have we made to ", "who have we not contacted about overdue reports in ", "grant admin to ", "revoke ",
        "Togo submitted its initial report on ", "Chile ratified on 3 March 2020", "Lao PDR's Article 4 deadline extended to 1 August 2030 on ",
        "Kenya (KEN, Africa) acceded on ", "revert change ", "show change ", "history of ", "what changed since ", "reporting data complete up to ",
        "import receipts\nstate,report,received_on\n", "import membership dry run\nstate,event,date\n", "export data", "back up the store",
    ];

    static readonly string[] Fields =
    [
        "type", "id", "text", "from", "recipient", "conversation", "channelId", "serviceUrl", "value", "attachments", "entities",
        "timestamp", "deliveryMode", "channelData", "localTimezone", "locale", "name", "replyToId", "membersAdded", "textFormat",
    ];

    static readonly string[] CardActions =
    [
        "outreach.save", "outreach.form", "outreach.close", "outreach.reopen", "outreach.history", "outreach.show", "outreach.delete",
        "reminder.subscribe", "reminder.snooze", "reminder.done", "ask", "admin.grant", "data.record", "data.revert", "", "__proto__",
    ];

    static readonly string[] CardFields =
    [
        "states", "date", "kind", "area", "chases", "counterpart", "summary", "outcome", "followUp", "status", "mandate", "formId", "id",
        "frequency", "days", "time", "timeZone", "topics", "withinDays", "plan", "followUps", "dayOfMonth", "key", "subscriptionId",
        "until", "untilField", "signature", "question", "action", "report", "article", "deadline", "grantedBy", "article9Status",
        "effectiveDate", "reference",
    ];

    static readonly string[] ActivityTypes =
    [
        "invoke", "event", "typing", "conversationUpdate", "messageReaction", "installationUpdate", "endOfConversation", "handoff",
        "contactRelationUpdate", "deleteUserData", "messageUpdate", "messageDelete", "suggestion", "trace", "command", "", "MESSAGE", "x",
    ];

    static readonly string[] InvokeNames =
    [
        "adaptiveCard/action", "composeExtension/query", "task/fetch", "task/submit", "signin/verifyState", "signin/tokenExchange",
        "fileConsent/invoke", "actionableMessage/executeAction", "healthCheck", "config/fetch", "", "unknown/invoke",
    ];

    public FuzzedActivity Next()
    {
        return random.Next(10) switch
        {
            0 => BrokenJson(),
            1 => WrongType(),
            2 => MissingFields(),
            3 => Huge(),
            4 => DeeplyNested(),
            5 or 6 => HostileText(),
            7 => ForgedCardSubmit(),
            8 => UnknownTypeOrInvoke(),
            _ => HostileEverywhere(),
        };
    }

    T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    string HostileString() => random.Next(4) == 0 ? Pick(Hostile) + Pick(Hostile) : Pick(Hostile);

    /// <summary>A valid activity to spoil; half of them ask for replies in the response, half get them posted to the channel.</summary>
    JsonObject Base(string? text = null)
    {
        var activity = Activities.Message(text ?? "who is overdue?", Pick(["msteams", "webchat", "slack", "emulator", "directline", "unknownchannel"]),
            conversationId: $"fuzz-conversation-{random.Next(50)}", userId: $"fuzz-user-{random.Next(Users)}");
        activity["serviceUrl"] = serviceUrl;
        if (random.Next(2) == 0) activity.Remove("deliveryMode");
        return activity;
    }

    static FuzzedActivity Json(string category, JsonNode node) => new(category, Encoding.UTF8.GetBytes(node.ToJsonString()));

    JsonNode WrongValue() => random.Next(7) switch
    {
        0 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => new JsonArray(JsonValue.Create(HostileString()), JsonValue.Create(1), null),
        3 => new JsonObject { ["$where"] = HostileString(), ["id"] = new JsonArray() },
        4 => JsonValue.Create(1e308),
        5 => JsonValue.Create(HostileString())!,
        _ => new JsonObject(),
    };

    FuzzedActivity BrokenJson()
    {
        var valid = Base().ToJsonString();
        return random.Next(7) switch
        {
            0 => new("broken json: truncated", Encoding.UTF8.GetBytes(valid[..random.Next(1, valid.Length - 1)])),
            1 => new("broken json: random bytes", RandomBytes(random.Next(1, 2000))),
            2 => new("broken json: not an object", Encoding.UTF8.GetBytes(Pick(["null", "[]", "\"text\"", "42", "true", "", " ", "[{}]"]))),
            3 => new("broken json: invalid utf-8", [.. Encoding.UTF8.GetBytes(valid[..20]), 0xC3, 0x28, 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(valid[20..])]),
            4 => new("broken json: duplicate keys", Encoding.UTF8.GetBytes(valid.TrimEnd('}') + ",\"type\":\"invoke\",\"text\":{\"a\":1}}")),
            5 => new("broken json: wrong content type", Encoding.UTF8.GetBytes(valid), Pick(["text/plain", "application/xml", "multipart/form-data", "application/x-www-form-urlencoded"])),
            _ => new("broken json: trailing garbage", Encoding.UTF8.GetBytes(valid + Pick(["}", "]]]", ",", "\u0000", "{\"type\":\"message\"}"]))),
        };
    }

    byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    FuzzedActivity WrongType()
    {
        var activity = Base();
        var field = Pick(Fields);
        activity[field] = WrongValue();
        return Json($"wrong type: {field}", activity);
    }

    FuzzedActivity MissingFields()
    {
        var activity = Base(Pick(["who is overdue?", "log démarche to Togo on 3 May 2018 about initial report", "remind me daily at 9"]));
        var removed = new List<string>();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var field = Pick(["type", "id", "from", "conversation", "channelId", "serviceUrl", "recipient", "text", "deliveryMode"]);
            activity.Remove(field);
            removed.Add(field);
        }
        if (random.Next(3) == 0 && activity["from"] is JsonObject from) from.Remove("id");
        if (random.Next(3) == 0 && activity["conversation"] is JsonObject conversation) conversation.Remove("id");
        return Json($"missing: {removed[0]}", activity);
    }

    FuzzedActivity Huge()
    {
        var activity = Base();
        switch (random.Next(4))
        {
            case 0:
                activity["text"] = Pick(Prefixes) + new string('x', random.Next(5_000, 400_000));
                return Json("huge: text", activity);
            case 1:
                activity["attachments"] = new JsonArray(Enumerable.Range(0, random.Next(6, 60)).Select(i => (JsonNode)new JsonObject
                    { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = new string('y', 3000), ["name"] = $"a{i}" }).ToArray());
                return Json("huge: attachments", activity);
            case 2:
                activity["value"] = new JsonObject { ["action"] = "outreach.save", ["summary"] = new string('z', random.Next(10_000, 200_000)), ["states"] = "Togo", ["date"] = "2018-05-03", ["kind"] = "Letter" };
                return Json("huge: card field", activity);
            default:
                activity["entities"] = new JsonArray(Enumerable.Range(0, 2000).Select(_ => (JsonNode)new JsonObject { ["type"] = "mention", ["text"] = "<at>x</at>" }).ToArray());
                return Json("huge: entities", activity);
        }
    }

    FuzzedActivity DeeplyNested()
    {
        var depth = random.Next(65, 20_000);
        var field = Pick(["value", "channelData", "text", "from", "attachments"]);
        var nested = random.Next(2) == 0 ? new string('[', depth) + new string(']', depth) : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
        var activity = Base().ToJsonString();
        activity = activity.Insert(1, $"\"{field}\":{nested},");
        return new($"deeply nested: {field}", Encoding.UTF8.GetBytes(activity));
    }

    FuzzedActivity HostileText()
    {
        var text = Pick(Prefixes) + HostileString() + (random.Next(2) == 0 ? " " + HostileString() : "");
        return Json("hostile text", Base(text));
    }

    FuzzedActivity ForgedCardSubmit()
    {
        var value = new JsonObject { ["action"] = Pick(CardActions) };
        for (var n = random.Next(0, 10); n > 0; n--) value[Pick(CardFields)] = random.Next(3) == 0 ? WrongValue() : JsonValue.Create(HostileString());
        if (random.Next(4) == 0) value[$"extra{random.Next(100)}"] = WrongValue();
        var activity = Base(random.Next(2) == 0 ? null : "");
        activity.Remove("text");
        activity["value"] = value;
        if (random.Next(3) == 0)
        {
            activity["type"] = "invoke";
            activity["name"] = "adaptiveCard/action";
            activity.Remove("value");
            activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = Pick(CardActions), ["data"] = value } };
            return Json("forged card: invoke", activity);
        }
        return Json("forged card: submit", activity);
    }

    FuzzedActivity UnknownTypeOrInvoke()
    {
        var activity = Base();
        activity["type"] = Pick(ActivityTypes);
        if ((string?)activity["type"] == "invoke" || random.Next(3) == 0) activity["name"] = Pick(InvokeNames);
        if (random.Next(2) == 0) activity["value"] = WrongValue();
        if (random.Next(3) == 0) activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = HostileString() }, WrongValue());
        return Json($"type: {(string?)activity["type"]}", activity);
    }

    FuzzedActivity HostileEverywhere()
    {
        var activity = Base(Pick(Prefixes) + HostileString());
        activity["from"] = new JsonObject { ["id"] = "fuzz-" + HostileString(), ["name"] = HostileString(), ["aadObjectId"] = HostileString() };
        activity["conversation"] = new JsonObject { ["id"] = HostileString(), ["tenantId"] = HostileString(), ["conversationType"] = HostileString() };
        activity["localTimezone"] = HostileString();
        activity["locale"] = HostileString();
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = HostileString() }, ["ccmbotDeliveryId"] = HostileString() };
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = HostileString(), ["mentioned"] = new JsonObject { ["id"] = HostileString() } });
        return Json("hostile in every field", activity);
    }
}
