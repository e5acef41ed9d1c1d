using System.Text.Json;
using System.Text.Json.Nodes;
using CcmBot.Core.Reminders;
using CcmBot.Core.Treaties;

namespace CcmBot.Web.Cards;

/// <summary>Action.Execute (Teams universal actions) with an Action.Submit fallback for hosts without it.</summary>
public sealed record ExecuteAction(string Title, JsonObject Data) : CardAction
{
    public override void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "Action.Execute"u8);
        json.WriteString("title"u8, Title);
        json.WriteString("verb"u8, Data["action"]?.GetValue<string>() ?? "reminder");
        json.WritePropertyName("data"u8);
        Data.WriteTo(json);
        json.WriteStartObject("fallback"u8);
        json.WriteString("type"u8, "Action.Submit"u8);
        json.WriteString("title"u8, Title);
        json.WritePropertyName("data"u8);
        Data.WriteTo(json);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}

/// <summary>A button that opens a small form inside the card (here: a date to snooze until).</summary>
public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardAction
{
    public override void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "Action.ShowCard"u8);
        json.WriteString("title"u8, Title);
        json.WritePropertyName("card"u8);
        Card.Write(json, embedded: true);
        json.WriteEndObject();
    }
}

public sealed record DateInput(string Id, string Label) : CardElement
{
    public override void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "Input.Date"u8);
        json.WriteString("id"u8, Id);
        json.WriteString("label"u8, Label);
        json.WriteEndObject();
    }
}

public static class DigestCards
{
    /// <summary>A one-off note when its day comes: what it says, who set it and when.</summary>
    public static string NoteText(Subscription note) =>
        $"Reminder: {note.Note} (set by {note.Owner.Name} on {note.CreatedAt:d MMM yyyy}).";

    public static AdaptiveCard NoteCard(Subscription note) => new([
        new TextBlock("Reminder", TextSize.Large, true),
        new TextBlock(note.Note ?? ""),
        new TextBlock($"Set by {note.Owner.Name} on {note.CreatedAt:d MMM yyyy}.", Subtle: true),
    ]);

    /// <summary>Items shown per topic; the digest text carries them all and says how to see the rest.</summary>
    public const int ItemsPerTopic = 3;

    static string Label(ReminderTopic topic) => topic switch
    {
        ReminderTopic.OverdueReports => "Overdue reports",
        ReminderTopic.TreatyDeadlines => "Article 3 and 4 deadlines",
        ReminderTopic.Milestones => "Action-plan milestones",
        _ => "Outreach follow-ups",
    };

    static string Question(ReminderTopic topic) => topic switch
    {
        ReminderTopic.OverdueReports => "who still owes an initial report?",
        ReminderTopic.TreatyDeadlines => "Article 4 deadlines before 2027",
        ReminderTopic.Milestones => "what is overdue in the NIM plan?",
        _ => "follow-ups due this week",
    };

    public static string Text(Digest digest) =>
        $"CcmBot digest for {Dates.Format(digest.Today)}: {digest.Items.Count} item{(digest.Items.Count == 1 ? "" : "s")} (" +
        string.Join(", ", digest.ByTopic.Select(g => $"{Label(g.Key).ToLowerInvariant()} {g.Count()}")) + ")." + Environment.NewLine +
        string.Join(Environment.NewLine, digest.ByTopic.SelectMany(g => g.Select(i =>
            $"- {i.Title}" + (i.Deadline is { } d ? $"; due {Dates.Format(d)}" : "") + (i.DaysOverdue is { } o ? "; " + Dates.DaysOverdue(o) : "") + $" [{i.Rule}; {i.Source}]")));

    public static AdaptiveCard Card(Digest digest)
    {
        var subscription = digest.Subscription;
        var body = new List<CardElement>
        {
            new TextBlock($"CcmBot digest, {Dates.Format(digest.Today)}", TextSize.Large, true),
            new TextBlock($"{digest.Items.Count} items: {subscription.DescribeTopics()}. Sent {subscription.Schedule.Describe()}.", TextSize.Small, Subtle: true),
        };
        var shown = 0;
        foreach (var group in digest.ByTopic)
        {
            body.Add(new TextBlock($"{Label(group.Key)} ({group.Count()})", TextSize.Medium, true));
            foreach (var item in group.Take(ItemsPerTopic)) body.AddRange(Item(subscription.Id, item, ++shown));
            if (group.Count() > ItemsPerTopic)
                body.Add(new ActionSetElement([new AskAction($"All {group.Count()} {Label(group.Key).ToLowerInvariant()}", Question(group.Key))]));
        }
        body.Add(new TextBlock("Snooze or mark an item done and it leaves your digests (a done item comes back if its status changes). \"show my reminders\" lists your subscriptions; \"stop reminders\" ends them.", TextSize.Small, Subtle: true));
        return new AdaptiveCard(body);
    }

    static IEnumerable<CardElement> Item(string subscriptionId, DigestItem item, int index)
    {
        var facts = new List<(string, string)>();
        if (item.Deadline is { } d) facts.Add(("Due", Dates.Format(d) + (item.DaysOverdue is { } o ? $" ({Dates.DaysOverdue(o)})" : "")));
        // Teams takes about 28 KB per message: the citation of the rule and the start of the source on the card, all of it in the text.
        var citation = item.Rule.LastIndexOf(" — ", StringComparison.Ordinal) is var dash and >= 0 ? item.Rule[(dash + 3)..] : item.Rule;
        facts.Add(("Rule", citation.Length <= 80 ? citation : citation[..77] + "..."));
        facts.Add(("Source", item.Source.Length <= 90 ? item.Source : item.Source[..87] + "..."));
        JsonObject Data(string action, int? days = null)
        {
            var data = new JsonObject { ["action"] = action, ["subscription"] = subscriptionId, ["key"] = item.Key };
            if (days is { } n) data["days"] = n;
            return data;
        }
        var actions = new List<CardAction>
        {
            new ExecuteAction("Snooze 1 day", Data("reminder.snooze", 1)),
            new ExecuteAction("Snooze 1 week", Data("reminder.snooze", 7)),
            // Input ids are unique across a card: each item's date has its own, named in the action's data.
            new ShowCardAction("Snooze until...", new AdaptiveCard([new DateInput($"until{index}", "Snooze until")],
                [new ExecuteAction("Snooze", Data("reminder.snooze").Also(d => d["untilField"] = $"until{index}"))])),
            new ExecuteAction(item.ContactId is null ? "Done" : "Close follow-up", Data("reminder.done")),
        };
        var more = new List<CardAction>();
        if (item.Iso3 is { } iso3)
        {
            more.Add(new AskAction("Profile", $"tell me about {iso3}"));
            more.Add(new AskAction("Log outreach", $"log outreach for {iso3}"));
        }
        yield return new Container([new TextBlock(item.Title, Bold: true), new FactSet(facts), new ActionSetElement(actions), .. more.Count > 0 ? new CardElement[] { new ActionSetElement(more) } : []], Separator: true);
    }
}

static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject json, Action<JsonObject> change)
    {
        change(json);
        return json;
    }
}
