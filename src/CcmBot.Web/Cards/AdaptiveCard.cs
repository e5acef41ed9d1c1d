using System.Text.Json.Nodes;

namespace CcmBot.Web.Cards;

/// <summary>
/// A small typed model of the Adaptive Card 1.5 elements CcmBot uses; it writes the JSON Teams,
/// Web Chat and the Bot Framework Emulator render. Nothing else builds card JSON.
/// </summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body, IReadOnlyList<CardAction>? Actions = null)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    public JsonObject ToJson()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray(Body.Select(e => (JsonNode)e.ToJson()).ToArray()),
        };
        if (Actions is { Count: > 0 }) card["actions"] = new JsonArray(Actions.Select(a => (JsonNode)a.ToJson()).ToArray());
        return card;
    }

    /// <summary>Whether a text block of the card, at any depth, reads exactly this text.</summary>
    public bool Shows(string text) => Shows(Body, text);

    static bool Shows(IEnumerable<CardElement> elements, string text) => elements.Any(e => e switch
    {
        TextBlock block => block.Text == text,
        Container container => Shows(container.Items, text),
        _ => false,
    });
}

public abstract record CardElement
{
    public abstract JsonObject ToJson();
}

public enum TextSize { Default, Small, Medium, Large }
public enum TextColor { Default, Good, Warning, Attention, Accent }

public sealed record TextBlock(string Text, TextSize Size = TextSize.Default, bool Bold = false, bool Subtle = false, TextColor Color = TextColor.Default) : CardElement
{
    public override JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "TextBlock", ["text"] = Text, ["wrap"] = true };
        if (Size != TextSize.Default) json["size"] = Size.ToString();
        if (Bold) json["weight"] = "Bolder";
        if (Subtle) json["isSubtle"] = true;
        if (Color != TextColor.Default) json["color"] = Color.ToString();
        return json;
    }
}

public sealed record FactSet(IReadOnlyList<(string Title, string Value)> Facts) : CardElement
{
    public override JsonObject ToJson() => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(Facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };
}

/// <summary>A 1.5 Table; cells hold plain text.</summary>
public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int>? Widths = null) : CardElement
{
    public override JsonObject ToJson()
    {
        var widths = Widths ?? Headers.Select(_ => 1).ToList();
        JsonObject Row(IEnumerable<string> cells, bool header) => new()
        {
            ["type"] = "TableRow",
            ["cells"] = new JsonArray(cells.Select(c => (JsonNode)new JsonObject
            {
                ["type"] = "TableCell",
                ["items"] = new JsonArray(new TextBlock(c, TextSize.Default, header).ToJson()),
            }).ToArray()),
        };
        var rows = new JsonArray(Row(Headers, true));
        foreach (var row in Rows) rows.Add(Row(row, false));
        return new JsonObject
        {
            ["type"] = "Table",
            ["firstRowAsHeader"] = true,
            ["gridStyle"] = "accent",
            ["columns"] = new JsonArray(widths.Select(w => (JsonNode)new JsonObject { ["width"] = w }).ToArray()),
            ["rows"] = rows,
        };
    }
}

public sealed record Container(IReadOnlyList<CardElement> Items, string? Style = null, bool Separator = false) : CardElement
{
    public override JsonObject ToJson()
    {
        var json = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray(Items.Select(i => (JsonNode)i.ToJson()).ToArray()) };
        if (Style is not null) json["style"] = Style;
        if (Separator) json["separator"] = true;
        return json;
    }
}

public sealed record ActionSetElement(IReadOnlyList<CardAction> Actions) : CardElement
{
    public override JsonObject ToJson() => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray(Actions.Select(a => (JsonNode)a.ToJson()).ToArray()),
    };
}

public abstract record CardAction
{
    public abstract JsonObject ToJson();
}

/// <summary>
/// A button that asks a question. Teams posts the text back as if typed (imBack); other channels
/// send the submit data, which carries the same question.
/// </summary>
public sealed record AskAction(string Title, string Question) : CardAction
{
    public override JsonObject ToJson() => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = Title,
        ["data"] = new JsonObject
        {
            ["action"] = "ask",
            ["question"] = Question,
            ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = Question },
        },
    };
}
