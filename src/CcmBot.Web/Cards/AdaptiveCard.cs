using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CcmBot.Web.Cards;

/// <summary>
/// A small typed model of the Adaptive Card 1.5 elements CcmBot uses; it writes the JSON Teams,
/// Web Chat and the Bot Framework Emulator render. Nothing else builds card JSON.
/// Elements write straight to a <see cref="Utf8JsonWriter"/>: building a JSON tree first cost about
/// ten times as much time and memory for a profile's card, and a card is written on every contact logged.
/// </summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body, IReadOnlyList<CardAction>? Actions = null)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    /// <summary>The card's JSON, as sent.</summary>
    public string ToJsonString() => CardJson.Text(json => Write(json));

    /// <param name="embedded">Inside an Action.ShowCard: the outer card carries the schema and version.</param>
    public void Write(Utf8JsonWriter json, bool embedded = false)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "AdaptiveCard"u8);
        if (!embedded)
        {
            json.WriteString("$schema"u8, "http://adaptivecards.io/schemas/adaptive-card.json"u8);
            json.WriteString("version"u8, Version);
        }
        json.WriteStartArray("body"u8);
        foreach (var element in Body) element.Write(json);
        json.WriteEndArray();
        if (Actions is { Count: > 0 })
        {
            json.WriteStartArray("actions"u8);
            foreach (var action in Actions) action.Write(json);
            json.WriteEndArray();
        }
        json.WriteEndObject();
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

/// <summary>Writing card JSON to text, and measuring it, without a JSON tree in between.</summary>
public static class CardJson
{
    public static string Text(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer)) write(json);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>An array of {"title", "value"} pairs: the facts of a fact set, the choices of a choice input.</summary>
    public static void WriteTitledValues(Utf8JsonWriter json, ReadOnlySpan<byte> name, IEnumerable<(string Title, string Value)> items)
    {
        json.WriteStartArray(name);
        foreach (var (title, value) in items)
        {
            json.WriteStartObject();
            json.WriteString("title"u8, title);
            json.WriteString("value"u8, value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>Characters of the JSON written (the writer escapes every non-ASCII character, so bytes and characters agree).</summary>
    public static int Length(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer)) write(json);
        return Encoding.UTF8.GetCharCount(buffer.WrittenSpan);
    }
}

public abstract record CardElement
{
    public abstract void Write(Utf8JsonWriter json);
}

public enum TextSize { Default, Small, Medium, Large }
public enum TextColor { Default, Good, Warning, Attention, Accent }

public sealed record TextBlock(string Text, TextSize Size = TextSize.Default, bool Bold = false, bool Subtle = false, TextColor Color = TextColor.Default) : CardElement
{
    public override void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "TextBlock"u8);
        json.WriteString("text"u8, Text);
        json.WriteBoolean("wrap"u8, true);
        if (Size != TextSize.Default) json.WriteString("size"u8, Size.ToString());
        if (Bold) json.WriteString("weight"u8, "Bolder"u8);
        if (Subtle) json.WriteBoolean("isSubtle"u8, true);
        if (Color != TextColor.Default) json.WriteString("color"u8, Color.ToString());
        json.WriteEndObject();
    }
}

public sealed record FactSet(IReadOnlyList<(string Title, string Value)> Facts) : CardElement
{
    public override void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "FactSet"u8);
        CardJson.WriteTitledValues(json, "facts"u8, Facts);
        json.WriteEndObject();
    }
}

/// <summary>A 1.5 Table; cells hold plain text.</summary>
public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int>? Widths = null) : CardElement
{
    public override void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "Table"u8);
        json.WriteBoolean("firstRowAsHeader"u8, true);
        json.WriteString("gridStyle"u8, "accent"u8);
        json.WriteStartArray("columns"u8);
        foreach (var width in Widths ?? Headers.Select(_ => 1).ToList())
        {
            json.WriteStartObject();
            json.WriteNumber("width"u8, width);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("rows"u8);
        WriteRow(json, Headers, header: true);
        foreach (var row in Rows) WriteRow(json, row, header: false);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    static void WriteRow(Utf8JsonWriter json, IEnumerable<string> cells, bool header)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "TableRow"u8);
        json.WriteStartArray("cells"u8);
        foreach (var cell in cells)
        {
            json.WriteStartObject();
            json.WriteString("type"u8, "TableCell"u8);
            json.WriteStartArray("items"u8);
            new TextBlock(cell, TextSize.Default, header).Write(json);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}

public sealed record Container(IReadOnlyList<CardElement> Items, string? Style = null, bool Separator = false) : CardElement
{
    public override void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "Container"u8);
        json.WriteStartArray("items"u8);
        foreach (var item in Items) item.Write(json);
        json.WriteEndArray();
        if (Style is not null) json.WriteString("style"u8, Style);
        if (Separator) json.WriteBoolean("separator"u8, true);
        json.WriteEndObject();
    }
}

public sealed record ActionSetElement(IReadOnlyList<CardAction> Actions) : CardElement
{
    public override void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "ActionSet"u8);
        json.WriteStartArray("actions"u8);
        foreach (var action in Actions) action.Write(json);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}

public abstract record CardAction
{
    public abstract void Write(Utf8JsonWriter json);
}

/// <summary>
/// A button that asks a question. Teams posts the text back as if typed (imBack); other channels
/// send the submit data, which carries the same question.
/// </summary>
public sealed record AskAction(string Title, string Question) : CardAction
{
    public override void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "Action.Submit"u8);
        json.WriteString("title"u8, Title);
        json.WriteStartObject("data"u8);
        json.WriteString("action"u8, "ask"u8);
        json.WriteString("question"u8, Question);
        json.WriteStartObject("msteams"u8);
        json.WriteString("type"u8, "imBack"u8);
        json.WriteString("value"u8, Question);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
