namespace CcmBot.Web.Cards;

/// <summary>
/// Teams refuses a bot message over its size limit (413, MessageSizeTooBig) and the person who asked
/// sees nothing. The documented limit has moved between 28 and 100 KB over the years and counts the
/// message as UTF-16; 40 KB is the figure documented for bots the longest. A card whose JSON is longer
/// than <see cref="MaxChars"/> is therefore sent as several cards, each under it (and so under the
/// 28 KB of JSON a digest is held to): nothing is dropped, tables go on with their headers repeated,
/// and the buttons come with the last part.
/// </summary>
public static class CardSplitter
{
    /// <summary>Characters of card JSON per message: 36 KB as UTF-16, the rest of 40 KB left for the message's text and envelope.</summary>
    public const int MaxChars = 18_000;

    /// <summary>Room kept on every part for its "Part 2 of 3" line.</summary>
    const int PartLabelRoom = 160;

    /// <summary>The card as the JSON of one or more messages, in order; one serialisation when it fits.</summary>
    public static IReadOnlyList<string> ToMessages(AdaptiveCard card, int maxChars = MaxChars)
    {
        var whole = card.ToJsonString();
        return whole.Length <= maxChars ? [whole] : Split(card, maxChars).Select(part => part.ToJsonString()).ToList();
    }

    /// <summary>The card in parts whose JSON is at most <paramref name="maxChars"/> long (the card itself when it fits).</summary>
    public static IReadOnlyList<AdaptiveCard> Split(AdaptiveCard card, int maxChars = MaxChars)
    {
        if (Length(card) <= maxChars) return [card];
        var actions = card.Actions is { Count: > 0 } ? Length(new AdaptiveCard([], card.Actions)) - Length(new AdaptiveCard([])) : 0;
        var budget = maxChars - Length(new AdaptiveCard([])) - PartLabelRoom - actions;
        if (budget < 1_000) throw new ArgumentOutOfRangeException(nameof(maxChars), maxChars, "too small to hold a part of a card");
        var parts = Pack(card.Body.SelectMany(element => Pieces(element, budget)), budget);
        return parts.Select((body, i) => new AdaptiveCard(
                i == 0 ? body : [new TextBlock($"Part {i + 1} of {parts.Count}", TextSize.Small, Subtle: true), .. body],
                i == parts.Count - 1 ? card.Actions : null))
            .ToList();
    }

    /// <summary>An element as pieces that each fit the budget: containers by their items, tables by rows, fact sets by facts, text by words.</summary>
    static IEnumerable<CardElement> Pieces(CardElement element, int budget)
    {
        if (Length(element) <= budget) return [element];
        return element switch
        {
            Container container => ContainerPieces(container, budget),
            Table table => Chunks(table.Rows, rows => table with { Rows = rows }, budget),
            FactSet facts => Chunks(facts.Facts, some => facts with { Facts = some }, budget),
            TextBlock text => TextPieces(text, budget),
            // An action set holds at most five buttons: always far under the budget.
            _ => [element],
        };
    }

    static IEnumerable<CardElement> ContainerPieces(Container container, int budget)
    {
        var room = budget - Length(container with { Items = [] });
        var groups = Pack(container.Items.SelectMany(item => Pieces(item, room)), room);
        // The separator belongs above the first part only; the rest continue it.
        return groups.Select((items, i) => (CardElement)(container with { Items = items, Separator = container.Separator && i == 0 }));
    }

    /// <summary>Consecutive runs of items, each run as large as fits; one item too large alone is cut further by its own kind.</summary>
    static IEnumerable<CardElement> Chunks<T>(IReadOnlyList<T> items, Func<IReadOnlyList<T>, CardElement> make, int budget)
    {
        var empty = Length(make([]));
        var run = new List<T>();
        var size = empty;
        foreach (var item in items)
        {
            var length = Length(make([item])) - empty + 1;
            if (run.Count > 0 && size + length > budget)
            {
                yield return make(run);
                run = [];
                size = empty;
            }
            run.Add(item);
            size += length;
        }
        if (run.Count > 0) yield return make(run);
    }

    /// <summary>A text too long for one part, cut between words (or anywhere, for a single word that long).</summary>
    static IEnumerable<CardElement> TextPieces(TextBlock text, int budget)
    {
        if (Length(text) <= budget || text.Text.Length < 2) return [text];
        var middle = text.Text.Length / 2;
        var cut = text.Text.LastIndexOf(' ', middle);
        if (cut <= 0) cut = text.Text.IndexOf(' ', middle);
        if (cut <= 0) cut = middle;
        return TextPieces(text with { Text = text.Text[..cut].TrimEnd() }, budget)
            .Concat(TextPieces(text with { Text = text.Text[cut..].TrimStart() }, budget));
    }

    /// <summary>Elements in order, grouped greedily so that each group's JSON fits the budget.</summary>
    static List<IReadOnlyList<CardElement>> Pack(IEnumerable<CardElement> elements, int budget)
    {
        var groups = new List<IReadOnlyList<CardElement>>();
        var group = new List<CardElement>();
        var size = 0;
        foreach (var element in elements)
        {
            var length = Length(element) + 1;
            if (group.Count > 0 && size + length > budget)
            {
                groups.Add(group);
                group = [];
                size = 0;
            }
            group.Add(element);
            size += length;
        }
        if (group.Count > 0) groups.Add(group);
        return groups;
    }

    static int Length(AdaptiveCard card) => CardJson.Length(json => card.Write(json));

    static int Length(CardElement element) => CardJson.Length(element.Write);
}
