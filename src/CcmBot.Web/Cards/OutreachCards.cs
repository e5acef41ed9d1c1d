using System.Text.Json;
using System.Text.Json.Nodes;
using CcmBot.Core.Outreach;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Web.Cards;

/// <summary>An input of the outreach form; the form is rebuilt with what was typed when a field is wrong.</summary>
public abstract record InputElement(string Id, string Label) : CardElement;

public sealed record TextInput(string Id, string Label, string? Value, string? Placeholder = null, bool Multiline = false, int? MaxLength = null) : InputElement(Id, Label)
{
    public override void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "Input.Text"u8);
        json.WriteString("id"u8, Id);
        json.WriteString("label"u8, Label);
        if (Value is not null) json.WriteString("value"u8, Value);
        if (Placeholder is not null) json.WriteString("placeholder"u8, Placeholder);
        if (Multiline) json.WriteBoolean("isMultiline"u8, true);
        if (MaxLength is { } max) json.WriteNumber("maxLength"u8, max);
        json.WriteEndObject();
    }
}

public sealed record ChoiceInput(string Id, string Label, IReadOnlyList<(string Title, string Value)> Choices, string? Value, bool Multiple = false) : InputElement(Id, Label)
{
    public override void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "Input.ChoiceSet"u8);
        json.WriteString("id"u8, Id);
        json.WriteString("label"u8, Label);
        json.WriteString("style"u8, Multiple ? "expanded" : "compact");
        json.WriteBoolean("isMultiSelect"u8, Multiple);
        CardJson.WriteTitledValues(json, "choices"u8, Choices);
        if (Value is not null) json.WriteString("value"u8, Value);
        json.WriteEndObject();
    }
}

public sealed record TimeInput(string Id, string Label, string Value) : InputElement(Id, Label)
{
    public override void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "Input.Time"u8);
        json.WriteString("id"u8, Id);
        json.WriteString("label"u8, Label);
        json.WriteString("value"u8, Value);
        json.WriteEndObject();
    }
}

/// <summary>A button that sends data back to the bot (outreach actions), as Action.Submit.</summary>
public sealed record SubmitAction(string Title, JsonObject Data) : CardAction
{
    public override void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, "Action.Submit"u8);
        json.WriteString("title"u8, Title);
        json.WritePropertyName("data"u8);
        Data.WriteTo(json);
        json.WriteEndObject();
    }
}

public static class OutreachCards
{
    public static AdaptiveCard Form(ContactDraft draft, int? contactId, string formId, IReadOnlyList<FieldError> errors, string? intro = null)
    {
        var body = new List<CardElement> { new TextBlock(contactId is { } id ? $"Edit contact #{id}" : "Log outreach", TextSize.Large, true) };
        if (intro is not null) body.Add(new TextBlock(intro, Subtle: true));
        if (errors.Count > 0)
            body.Add(new Container([
                new TextBlock("Please fix:", Bold: true, Color: TextColor.Attention),
                .. errors.Select(e => (CardElement)new TextBlock($"{FieldLabel(e.Field)}: {e.Message}", TextSize.Small, Color: TextColor.Attention)),
            ], "attention"));
        body.Add(new TextInput("states", "States (one or more, comma-separated)", draft.States, "Togo, Benin"));
        body.Add(new TextInput("date", "Date of the contact", draft.Date, "3 May 2018"));
        body.Add(new ChoiceInput("kind", "Kind", Enum.GetValues<ContactKind>().Select(k => (OutreachText.Label(k), k.ToString())).ToList(), Canonical<ContactKind>(draft.Kind, ContactValidator.ReadKind)));
        body.Add(new ChoiceInput("area", "Thematic area", Enum.GetValues<ThematicArea>().Select(a => (OutreachText.Label(a), a.ToString())).ToList(), Canonical<ThematicArea>(draft.Area, ContactValidator.ReadArea)));
        body.Add(new TextInput("chases", "Obligation or action-plan item it chases", draft.Chases, "Art. 7 initial report; LAP Action 47"));
        body.Add(new TextInput("mandate", "On behalf of (mandate)", draft.Mandate, "Transparency coordinator"));
        body.Add(new TextInput("counterpart", "Counterpart", draft.Counterpart, "Permanent Mission, Geneva"));
        body.Add(new TextInput("summary", "Summary", draft.Summary, null, Multiline: true, MaxLength: ContactValidator.MaxSummary));
        body.Add(new ChoiceInput("outcome", "Outcome", [("not yet known", NotKnown), .. Enum.GetValues<ContactOutcome>().Select(o => (OutreachText.Label(o), o.ToString()))], OutcomeValue(draft.Outcome)));
        body.Add(new TextInput("followUp", "Follow-up date", draft.FollowUp, "1 June 2018"));
        if (contactId is not null)
            body.Add(new ChoiceInput("status", "Status", [("open", "Open"), ("done", "Done")], string.Equals(draft.Status, "done", StringComparison.OrdinalIgnoreCase) ? "Done" : "Open"));
        var data = new JsonObject { ["action"] = "outreach.save", ["formId"] = formId };
        if (contactId is { } edit) data["id"] = edit;
        return new AdaptiveCard(body, [new SubmitAction("Save", data)]);
    }

    public static AdaptiveCard Contact(Contact c, TreatyData data, string headline)
    {
        var facts = new List<(string, string)>
        {
            ("States", OutreachAnswers.Names(data, c)), ("Date", Dates.Format(c.Date)), ("Kind", OutreachText.Label(c.Kind)), ("Area", OutreachText.Label(c.Area)),
        };
        if (c.Chases is { } chases) facts.Add(("Chases", chases));
        facts.Add(("Recorded by", c.Author.Name + (c.Mandate is { } m ? $" ({m})" : "")));
        if (c.Counterpart is { } cp) facts.Add(("Counterpart", cp));
        if (c.Outcome is { } o) facts.Add(("Outcome", OutreachText.Label(o) + (c.OutcomeNote is { } n && !string.Equals(n, OutreachText.Label(o), StringComparison.OrdinalIgnoreCase) ? $" ({n})" : "")));
        if (c.FollowUp is { } f) facts.Add(("Follow-up", Dates.Format(f)));
        facts.Add(("Status", c.Status == ContactStatus.Open ? "open" : "done"));
        var body = new List<CardElement> { new TextBlock(headline, TextSize.Large, true), new FactSet(facts) };
        if (c.Summary is { } summary) body.Add(new TextBlock(summary));
        body.Add(new TextBlock($"Recorded {c.CreatedAt:d MMM yyyy HH:mm} UTC; last changed {c.UpdatedAt:d MMM yyyy HH:mm} UTC. Source: CcmBot outreach log.", TextSize.Small, Subtle: true));
        var actions = new List<CardAction>
        {
            new SubmitAction("Edit", new JsonObject { ["action"] = "outreach.form", ["id"] = c.Id }),
            new SubmitAction(c.Status == ContactStatus.Open ? "Mark done" : "Reopen", new JsonObject { ["action"] = c.Status == ContactStatus.Open ? "outreach.close" : "outreach.reopen", ["id"] = c.Id }),
            new SubmitAction("History", new JsonObject { ["action"] = "outreach.history", ["id"] = c.Id }),
        };
        if (c.States.FirstOrDefault() is { } first && data.State(first) is { } state) actions.Add(new AskAction($"Profile of {state.Name}", $"tell me about {state.Name}"));
        return new AdaptiveCard(body, actions);
    }

    public static AdaptiveCard History(Contact c, IReadOnlyList<ContactChange> changes)
    {
        var rows = changes.Select(ch => (IReadOnlyList<string>)[$"{ch.At:yyyy-MM-dd HH:mm}", ch.By.Name, ch.Action, ch.Field ?? "-", ch.OldValue ?? "-", ch.NewValue ?? "-"]).ToList();
        return new AdaptiveCard([
            new TextBlock($"History of contact #{c.Id}", TextSize.Large, true),
            new Table(["When (UTC)", "Who", "What", "Field", "Old", "New"], rows, [2, 2, 1, 1, 2, 2]),
        ], [new SubmitAction("Show contact", new JsonObject { ["action"] = "outreach.show", ["id"] = c.Id })]);
    }

    /// <summary>The form's "not yet known" outcome; the validator reads it as no outcome.</summary>
    public const string NotKnown = "NotKnown";

    public static string FieldLabel(string field) => field switch
    {
        "states" => "States", "date" => "Date", "kind" => "Kind", "area" => "Thematic area", "chases" => "Chases", "mandate" => "Mandate",
        "counterpart" => "Counterpart", "summary" => "Summary", "outcome" => "Outcome", "followUp" => "Follow-up date", "status" => "Status",
        _ => field,
    };

    static string? Canonical<T>(string? text, Func<string?, T?> read) where T : struct, Enum =>
        text is null ? null : read(text)?.ToString();

    static string? OutcomeValue(string? outcome)
    {
        if (string.IsNullOrWhiteSpace(outcome)) return NotKnown;
        return EnumNames.TryRead<ContactOutcome>(outcome.Replace(" ", ""), out var o) ? o.ToString() : null;
    }
}
