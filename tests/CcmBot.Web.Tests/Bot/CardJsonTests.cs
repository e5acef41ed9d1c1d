using System.Text.Json.Nodes;
using CcmBot.Web.Cards;
using CcmBot.Web.Tests.Support;

namespace CcmBot.Web.Tests.Bot;

/// <summary>The card model writes Adaptive Card 1.5 JSON directly; these read what it wrote back.</summary>
public class CardJsonTests
{
    [Fact]
    public void A_card_carries_its_schema_and_version_and_writes_only_the_options_set()
    {
        var card = new AdaptiveCard([new TextBlock("Plain"), new TextBlock("Title", TextSize.Large, Bold: true, Subtle: true, Color: TextColor.Attention)]).ToJson();

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)card["$schema"]);
        Assert.Null(card["actions"]);
        var plain = card["body"]![0]!.AsObject();
        Assert.Equal(["type", "text", "wrap"], plain.Select(p => p.Key));
        Assert.True((bool)plain["wrap"]!);
        var title = card["body"]![1]!;
        Assert.Equal("Large", (string?)title["size"]);
        Assert.Equal("Bolder", (string?)title["weight"]);
        Assert.True((bool)title["isSubtle"]!);
        Assert.Equal("Attention", (string?)title["color"]);
    }

    [Fact]
    public void A_table_has_a_header_row_then_one_row_per_line_with_its_widths()
    {
        var table = new Table(["State", "Due"], [["Chile", "30 Apr 2027"], ["Peru", "unknown"]], [3, 2]).ToJson();

        Assert.Equal([3, 2], table["columns"]!.AsArray().Select(c => (int)c!["width"]!));
        var rows = table["rows"]!.AsArray();
        Assert.Equal(3, rows.Count);
        Assert.True((bool)table["firstRowAsHeader"]!);
        Assert.Equal("Bolder", (string?)rows[0]!["cells"]![0]!["items"]![0]!["weight"]);
        Assert.Equal("Peru", (string?)rows[2]!["cells"]![0]!["items"]![0]!["text"]);
        Assert.Null(rows[2]!["cells"]![0]!["items"]![0]!["weight"]);
    }

    [Fact]
    public void A_card_inside_a_show_card_button_leaves_schema_and_version_to_the_outer_card()
    {
        var inner = new AdaptiveCard([new DateInput("until", "Snooze until")], [new SubmitAction("Snooze", new JsonObject { ["action"] = "reminder.snooze" })]);
        var card = new AdaptiveCard([new TextBlock("Digest")], [new ShowCardAction("Snooze…", inner)]).ToJson();

        var shown = card["actions"]![0]!["card"]!.AsObject();
        Assert.Equal("AdaptiveCard", (string?)shown["type"]);
        Assert.False(shown.ContainsKey("$schema"));
        Assert.False(shown.ContainsKey("version"));
        Assert.Equal("Input.Date", (string?)shown["body"]![0]!["type"]);
        Assert.Equal("reminder.snooze", (string?)shown["actions"]![0]!["data"]!["action"]);
    }

    [Fact]
    public void An_execute_button_takes_its_verb_from_the_action_and_falls_back_to_a_submit_with_the_same_data()
    {
        var data = new JsonObject { ["action"] = "reminder.done", ["key"] = "LAO|art7" };
        var card = new AdaptiveCard([], [new ExecuteAction("Done", data)]).ToJson();

        var button = card["actions"]![0]!;
        Assert.Equal("Action.Execute", (string?)button["type"]);
        Assert.Equal("reminder.done", (string?)button["verb"]);
        Assert.True(JsonNode.DeepEquals(data, button["data"]));
        Assert.Equal("Action.Submit", (string?)button["fallback"]!["type"]);
        Assert.True(JsonNode.DeepEquals(data, button["fallback"]!["data"]));
    }

    [Fact]
    public void Quotes_and_non_ASCII_text_come_back_unchanged_and_the_length_used_to_split_cards_is_the_length_sent()
    {
        const string text = "Côte d’Ivoire — \"Article 7\" <report> & 'Türkiye' \u200F";
        var card = new AdaptiveCard([new TextBlock(text), new FactSet([("État", text)]), new Container([new TextBlock(text)], "emphasis", Separator: true)],
            [new AskAction("Ask “again”", text)]);

        var json = card.ToJsonString();
        Assert.Equal(text, (string?)JsonNode.Parse(json)!["body"]![0]!["text"]);
        Assert.Equal(text, (string?)JsonNode.Parse(json)!["actions"]![0]!["data"]!["msteams"]!["value"]);
        Assert.Equal(json.Length, CardJson.Length(w => card.Write(w)));
        Assert.All(json, c => Assert.True(c < 128, "escaped to ASCII"));
    }
}
