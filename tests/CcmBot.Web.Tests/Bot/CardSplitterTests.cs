using System.Text.Json.Nodes;
using CcmBot.Web.Cards;
using CcmBot.Web.Tests.Support;

namespace CcmBot.Web.Tests.Bot;

/// <summary>Cards too large for one Teams message are sent in parts, each under the limit, with nothing lost or repeated.</summary>
public sealed class CardSplitterTests
{
    [Fact]
    public void A_card_that_fits_is_one_message_with_the_same_json()
    {
        var card = new AdaptiveCard([new TextBlock("Overdue reports", TextSize.Large, true), new Table(["State", "Deadline"], [["Togo", "1 May 2018"]])],
            [new AskAction("Profile", "tell me about Togo")]);

        var messages = CardSplitter.ToMessages(card);

        Assert.Equal([card.ToJsonString()], messages);
    }

    [Fact]
    public void A_long_table_goes_on_in_parts_with_its_headers_repeated_and_every_row_once_in_order()
    {
        var rows = Enumerable.Range(1, 600).Select(i => (IReadOnlyList<string>)[$"State {i}", "overdue", $"{i} days", "recorded as not submitted on 30 Jun 2017 — 7MSP progress report §84"]).ToList();
        var card = new AdaptiveCard([
            new TextBlock("Overdue Article 7 reports", TextSize.Large, true),
            new Container([new TextBlock("Initial report overdue (600)", TextSize.Medium, true), new Table(["State", "Status", "Overdue", "Source"], rows, [3, 2, 2, 5])], Separator: true),
            new Container([new TextBlock("Sources", TextSize.Small, true), new TextBlock("7MSP progress report", TextSize.Small)], "emphasis", Separator: true),
        ], [new AskAction("Signatories", "which signatories are overdue?")]);

        var parts = CardSplitter.ToMessages(card).Select(json => JsonNode.Parse(json)!.AsObject()).ToList();

        Assert.True(parts.Count > 1);
        Assert.All(parts, part => Assert.True(part.ToJsonString().Length <= CardSplitter.MaxChars, $"a part of {part.ToJsonString().Length} characters"));
        var tables = parts.SelectMany(Descendants).Where(e => Type(e) == "Table").ToList();
        Assert.All(tables, table => Assert.Equal(["State", "Status", "Overdue", "Source"], Cells(table["rows"]![0]!.AsObject())));
        Assert.Equal(rows.Select(r => r[0]), tables.SelectMany(t => t["rows"]!.AsArray().Skip(1).Select(r => Cells(r!.AsObject())[0])));
        // The title opens the first part, the sources close the last, the buttons come with the last part only.
        Assert.Equal("Overdue Article 7 reports", parts[0]["body"]![0]!["text"]!.GetValue<string>());
        Assert.Contains(Descendants(parts[^1]), e => e["text"]?.GetValue<string>() == "7MSP progress report");
        Assert.All(parts.SkipLast(1), part => Assert.Null(part["actions"]));
        Assert.Equal("which signatories are overdue?", parts[^1]["actions"]![0]!["data"]!["question"]!.GetValue<string>());
        Assert.All(parts.Skip(1).Select((part, i) => (part, i)), p => Assert.Equal($"Part {p.i + 2} of {parts.Count}", p.part["body"]![0]!["text"]!.GetValue<string>()));
    }

    [Fact]
    public void A_text_too_long_for_one_message_is_cut_between_words_and_keeps_every_word()
    {
        var words = Enumerable.Range(1, 12_000).Select(i => $"word{i}").ToList();
        var card = new AdaptiveCard([new TextBlock(string.Join(' ', words))]);

        var parts = CardSplitter.Split(card);

        Assert.True(parts.Count > 1);
        Assert.All(parts, part => Assert.True(part.ToJsonString().Length <= CardSplitter.MaxChars));
        var text = parts.SelectMany(p => p.Body.OfType<TextBlock>()).Where(t => !t.Text.StartsWith("Part ", StringComparison.Ordinal)).Select(t => t.Text);
        Assert.Equal(words, text.SelectMany(t => t.Split(' ')));
    }

    [Fact]
    public void Random_cards_split_into_parts_under_the_limit_that_keep_every_text_in_order()
    {
        var random = new Random(20261202);
        for (var run = 0; run < 200; run++)
        {
            var card = RandomCard(random);
            var limit = random.Next(2_500, 20_000);

            var parts = CardSplitter.Split(card, limit);

            Assert.All(parts, part => Assert.True(part.ToJsonString().Length <= limit, $"run {run}: a part of {part.ToJsonString().Length} characters, limit {limit}"));
            // Word by word, as a long text is cut between words; tables' header rows, repeated on purpose, left out.
            var after = parts.SelectMany(p => Texts(p.ToJson())).Where(t => !(t.StartsWith("Part ", StringComparison.Ordinal) && t.Contains(" of ", StringComparison.Ordinal)));
            Assert.Equal(Words(Texts(card.ToJson())), Words(after));
        }
    }

    [Fact]
    public async Task The_list_of_all_States_Parties_reaches_Teams_in_parts_each_under_the_limit_with_every_State()
    {
        using var folder = new TempFolder();
        using var factory = new CcmBotFactory(folder.File("store.db"));

        var replies = await factory.AskAsync("list all States Parties", channelId: "msteams");
        var plain = Assert.Single(await factory.AskAsync("list all States Parties", channelId: "slack"));

        Assert.True(replies.Count > 1, "expected the answer in several parts");
        // Teams counts a message as UTF-16: two bytes a character.
        Assert.All(replies, reply => Assert.True(reply.ToJsonString().Length * 2 <= 40 * 1024, $"a message of {reply.ToJsonString().Length * 2} bytes as UTF-16"));
        var cards = replies.Select(r => r.Card()!).ToList();
        // The first part reads the answer's first line itself, so nothing is shown above it.
        Assert.Equal("", replies[0].Text());
        Assert.Contains(Descendants(cards[0]), e => e["text"]?.GetValue<string>() == plain.Text().Split('\n')[0].TrimEnd('\r'));
        // Each group title says how many rows it has; the parts together hold exactly that many.
        var promised = cards.SelectMany(Descendants).Select(e => e["text"]?.GetValue<string>() ?? "")
            .Select(t => System.Text.RegularExpressions.Regex.Match(t, @"\((\d+)\)$")).Where(m => m.Success).Sum(m => int.Parse(m.Groups[1].Value));
        var delivered = cards.SelectMany(Descendants).Where(e => Type(e) == "Table").Sum(t => t["rows"]!.AsArray().Count - 1);
        Assert.True(promised > 100, $"{promised} rows promised");
        Assert.Equal(promised, delivered);
        Assert.Contains(cards.SelectMany(Descendants), e => e["text"]?.GetValue<string>() == "Lao People's Democratic Republic");
    }

    static AdaptiveCard RandomCard(Random random)
    {
        string Words(int most) => string.Join(' ', Enumerable.Range(0, random.Next(1, most)).Select(_ => random.Next(5) == 0 ? "démarche—§" : $"w{random.Next(100_000)}"));
        CardElement Element(int depth) => random.Next(depth > 1 ? 3 : 4) switch
        {
            0 => new TextBlock(Words(random.Next(2) == 0 ? 20 : 3_000)),
            1 => new FactSet(Enumerable.Range(0, random.Next(1, 120)).Select(_ => (Words(4), Words(30))).ToList()),
            2 => new Table(["A", "B", "C"], Enumerable.Range(0, random.Next(1, 300)).Select(_ => (IReadOnlyList<string>)[Words(4), Words(8), Words(40)]).ToList(), [1, 2, 3]),
            _ => new Container(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Element(depth + 1)).ToList(), random.Next(2) == 0 ? "emphasis" : null, random.Next(2) == 0),
        };
        return new AdaptiveCard(Enumerable.Range(0, random.Next(1, 8)).Select(_ => Element(0)).ToList(),
            random.Next(2) == 0 ? [new AskAction("Next", "what is overdue?")] : null);
    }

    static List<string> Words(IEnumerable<string> texts) => texts.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

    static List<string> Texts(JsonNode? node) => node switch
    {
        JsonObject table when Type(table) == "Table" => table["rows"]!.AsArray().Skip(1).SelectMany(Texts).ToList(),
        JsonObject o => o.SelectMany(p => p.Key is "text" or "title" or "value" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : Texts(p.Value)).ToList(),
        JsonArray a => a.SelectMany(Texts).ToList(),
        _ => [],
    };

    static IEnumerable<JsonObject> Descendants(JsonObject node)
    {
        yield return node;
        foreach (var (_, value) in node)
        {
            var children = value switch
            {
                JsonObject o => [o],
                JsonArray a => a.OfType<JsonObject>().ToList(),
                _ => new List<JsonObject>(),
            };
            foreach (var child in children)
                foreach (var d in Descendants(child)) yield return d;
        }
    }

    static string? Type(JsonObject element) => element["type"]?.GetValue<string>();

    static List<string> Cells(JsonObject row) => row["cells"]!.AsArray().Select(c => c!["items"]![0]!["text"]!.GetValue<string>()).ToList();
}
