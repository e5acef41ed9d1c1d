using System.Text.Json;

namespace CcmBot.Web.Bot;

/// <summary>
/// The fields every channel sends and the turn pipeline relies on, checked before the SDK sees the request.
/// The SDK refuses bodies it cannot deserialise with 400, but an activity without a service URL, conversation
/// or sender, or with one of them of the wrong type, fails deep inside the turn as a 500.
/// </summary>
public static class ActivityEnvelope
{
    static readonly string[] StringFields = ["type", "id", "channelId", "serviceUrl", "text", "locale", "localTimezone", "textFormat", "name", "replyToId", "deliveryMode", "timestamp", "localTimestamp"];
    static readonly string[] ObjectFields = ["from", "recipient", "conversation"];
    static readonly string[] ArrayFields = ["attachments", "entities", "membersAdded", "membersRemoved"];

    /// <summary>Ids end up in store keys and indexes (LiteDB keys are at most 1,023 bytes); real channel ids are far shorter.</summary>
    public const int MaxIdBytes = 512;

    /// <summary>Null when the body is a usable activity; otherwise what is wrong with it, for a 400.</summary>
    public static string? Problem(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return "the body is not a JSON object";
            foreach (var field in StringFields)
                if (root.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    return $"\"{field}\" must be a string";
            foreach (var field in ObjectFields)
                if (root.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Object)
                    return $"\"{field}\" must be an object";
            foreach (var field in ArrayFields)
                if (root.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.Array or JsonValueKind.Null))
                    return $"\"{field}\" must be an array";
            if (!NonEmptyString(root, "type")) return "\"type\" is missing";
            if (!NonEmptyString(root, "channelId")) return "\"channelId\" is missing";
            if (!root.TryGetProperty("serviceUrl", out var serviceUrl) || serviceUrl.ValueKind != JsonValueKind.String
                || !Uri.TryCreate(serviceUrl.GetString(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                return "\"serviceUrl\" must be an absolute http(s) address";
            foreach (var party in ObjectFields)
                if (!root.TryGetProperty(party, out var value) || !NonEmptyString(value, "id")) return $"\"{party}.id\" is missing";
                else if (TooLong(value.GetProperty("id").GetString())) return $"\"{party}.id\" is longer than {MaxIdBytes} bytes";
            // The connector sends the conversation id back in an HTTP header, which allows printable ASCII only; channels' ids are.
            if (root.GetProperty("conversation").GetProperty("id").GetString()!.Any(c => c is < ' ' or > '~'))
                return "\"conversation.id\" must be printable ASCII";
            foreach (var field in (string[])["id", "channelId", "replyToId"])
            {
                if (!root.TryGetProperty(field, out var value)) continue;
                if (TooLong(value.GetString())) return $"\"{field}\" is longer than {MaxIdBytes} bytes";
                // The reply goes to .../activities/{id}: a control character there makes the channel refuse it.
                if (value.GetString() is { } text && text.Any(char.IsControl)) return $"\"{field}\" must not contain control characters";
            }
            return null;
        }
        catch (JsonException)
        {
            return "the body is not valid JSON (or is nested more than 64 levels deep)";
        }
    }

    static bool TooLong(string? id) => id is not null && System.Text.Encoding.UTF8.GetByteCount(id) > MaxIdBytes;

    static bool NonEmptyString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString());
}
