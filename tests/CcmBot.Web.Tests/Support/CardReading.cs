using System.Text.Json.Nodes;
using CcmBot.Web.Cards;

namespace CcmBot.Web.Tests.Support;

/// <summary>A card or element read back from the JSON it writes, to look inside it.</summary>
public static class CardReading
{
    public static JsonObject ToJson(this AdaptiveCard card) => JsonNode.Parse(card.ToJsonString())!.AsObject();

    public static JsonObject ToJson(this CardElement element) => JsonNode.Parse(CardJson.Text(element.Write))!.AsObject();
}
