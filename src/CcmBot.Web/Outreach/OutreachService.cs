using System.Text.Json.Nodes;
using CcmBot.Core.Access;
using CcmBot.Core.Answers;
using CcmBot.Core.Outreach;
using CcmBot.Core.Treaties;
using CcmBot.Web.Answers;
using CcmBot.Web.Cards;
using CcmBot.Web.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace CcmBot.Web.Outreach;

/// <summary>
/// Recording and changing outreach contacts, from a chat line or a card submit. Channel-neutral:
/// the bot glue hands in the text or the submitted values and the person, and sends what comes back.
/// </summary>
public sealed class OutreachService(OutreachStore store, TreatyDataCache data, TimeProvider clock, IMemoryCache offers)
{
    /// <summary>How long "log it" can take up a line CcmBot offered: long enough to read it, short enough not to surprise.</summary>
    public static readonly TimeSpan OfferLifetime = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The line last offered to one person ("To log it, send: …"), kept in memory only: a restart forgets
    /// it and "log it" then says so. <see cref="ConfirmedBy"/>: the message that used it, so a channel's
    /// retry of that message gets the same answer while a second "log it" logs nothing twice.
    /// </summary>
    sealed class Offer(string line)
    {
        public string Line { get; } = line;
        public string? ConfirmedBy { get; set; }
    }

    static string OfferKey(Person user) => "outreach-offer:" + user.Id;

    void Remember(Person user, string line) =>
        offers.Set(OfferKey(user), new Offer(line), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = OfferLifetime });

    RenderedAnswer Confirmed(Person user, Role role, string sourceKey)
    {
        if (!offers.TryGetValue(OfferKey(user), out Offer? offer) || offer is null)
            return Refused("Nothing is waiting to be logged: \"log it\" saves the line CcmBot has just offered you (it is kept for 30 minutes). Send the line itself, or \"log outreach\" for the form.");
        lock (offer)
        {
            if (offer.ConfirmedBy is { } earlier && earlier != sourceKey)
                return Refused("That was saved already, from your earlier \"log it\"; nothing was saved twice. \"show my latest contact\" shows it.");
            offer.ConfirmedBy = sourceKey;
        }
        return TryCommand(offer.Line, user, role, sourceKey) ?? Refused("That line no longer reads as a command; nothing was saved.");
    }

    /// <summary>Fields a card submit may carry; anything else means the payload was not made by our card.</summary>
    static readonly HashSet<string> FormFields = ["states", "date", "kind", "area", "chases", "mandate", "counterpart", "summary", "outcome", "followUp", "status"];
    static readonly HashSet<string> ControlFields = ["action", "id", "formId", "msteams"];
    const int MaxFieldLength = 4000;

    DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);


    /// <summary>A chat line that is an outreach command, or null when it is a question.</summary>
    public RenderedAnswer? TryCommand(string text, Person user, Role role, string sourceKey)
    {
        var command = OutreachCommands.Parse(text);
        if (command.Action == OutreachAction.None)
        {
            if (OutreachNarrative.ReplyFrom(text, data.Current.Resolver) is { } answering)
                return AccessPolicy.Allows(role, Permission.EditOwnOutreach) ? ReplyProposed(answering, text, user) : Refused(AccessPolicy.Refusal(role, Permission.EditOwnOutreach) + " Nothing was saved.");
            // "log: met the Ghana mission today …": the coordinator asked for it to be logged, so it is saved (or the form shows what is missing).
            var toLog = OutreachNarrative.ToLog(text);
            if (OutreachNarrative.Read(toLog ?? text, Today, data.Current.Resolver) is not { } told) return null;
            if (!AccessPolicy.Allows(role, Permission.LogOutreach)) return Refused(AccessPolicy.Refusal(role, Permission.LogOutreach) + " Nothing was saved.");
            return toLog is null ? Proposed(told, user) : Save(told, null, user, sourceKey, fromChat: true);
        }
        if (command.Action == OutreachAction.Confirm) return Confirmed(user, role, sourceKey);
        return Run(command, text, user, role, sourceKey);
    }

    /// <summary>The asker's latest contact still in the log, for "undo that" to weigh against their latest data change.</summary>
    public Contact? LatestRecordedBy(Person user) => store.All().Where(c => !c.Deleted && c.Author.Id == user.Id).MaxBy(c => c.Id);

    /// <summary>"Undo that" when the asker's latest action was logging a contact: deleted as "delete my last contact" would.</summary>
    public RenderedAnswer DeleteLatestOfMine(Person user, Role role, string sourceKey) =>
        Run(new OutreachCommand(OutreachAction.Delete, null, new ContactDraft(), LatestOfMine: true), "delete my last contact", user, role, sourceKey)!;

    RenderedAnswer? Run(OutreachCommand command, string text, Person user, Role role, string sourceKey)
    {
        var needed = command.Action is OutreachAction.Log or OutreachAction.OpenForm ? Permission.LogOutreach : Permission.EditOwnOutreach;
        if (!AccessPolicy.Allows(role, needed)) return Refused(AccessPolicy.Refusal(role, needed) + " Nothing was changed.");
        var canEditAny = AccessPolicy.Allows(role, Permission.EditAnyOutreach);
        if (command.LatestOfMine)
        {
            // "delete my last contact": the asker's most recently recorded contact still in the log.
            var mine = store.All().Where(c => !c.Deleted && c.Author.Id == user.Id).MaxBy(c => c.Id);
            if (mine is null) return Refused("You have not recorded any contact yet, so there is no last one. \"my contacts\" lists what you recorded.");
            command = command with { ContactId = mine.Id };
        }
        if (command.AllWithStates)
        {
            // "close all my contacts with Kenya": the open ones with those States, each closed in turn like a list of ids.
            var states = data.Current.Resolver.FindAll(command.Draft.States ?? "").Where(m => m.Exact).Select(m => m.State).DistinctBy(s => s.Iso3).ToList();
            if (states.Count == 0) return Refused($"\"{command.Draft.States}\" names no State I know; nothing was closed.");
            var names = string.Join(" and ", states.Select(s => s.Name));
            var open = store.All().Where(c => !c.Deleted && c.Status == ContactStatus.Open && c.States.Any(s => states.Any(x => x.Iso3 == s))
                                              && (!command.MineOnly || c.Author.Id == user.Id)).Select(c => c.Id).ToList();
            if (open.Count == 0) return Refused($"No open contacts with {names}{(command.MineOnly ? " recorded by you" : "")}; nothing was closed.");
            command = command with { ContactId = open[0], ContactIds = open };
        }
        if (command.LatestWithStates) return FollowUpOnLatest(command, user, sourceKey, canEditAny);
        // "close contacts 3, 4 and 7": each in turn, each result on its own line; one refused does not stop the others.
        if (command.ContactIds.Count > 1 || command.AllWithStates)
            return RenderedAnswer.Plain(string.Join(command.Action == OutreachAction.Show ? "\n\n" : "\n", command.ContactIds.Select(id =>
                On(command with { ContactId = id }, user, sourceKey, canEditAny)!.Answer.Text is var text && command.Action == OutreachAction.Show ? text : text.Split('\n')[0])));
        return On(command, user, sourceKey, canEditAny, text);
    }

    /// <summary>
    /// "Set a follow-up for Togo next Friday", "push the Chile follow-up to January": the latest open contact with each State named
    /// that the asker may change gets the new day; a State with none says why, and what to do instead.
    /// </summary>
    RenderedAnswer FollowUpOnLatest(OutreachCommand command, Person user, string sourceKey, bool canEditAny)
    {
        var states = data.Current.Resolver.FindAll(command.Draft.States ?? "").Where(m => m.Exact).Select(m => m.State).DistinctBy(s => s.Iso3).ToList();
        if (states.Count == 0)
            return Refused($"\"{Clip(command.Draft.States ?? "")}\" names no State I know, so no follow-up was set. Name the State (\"set a follow-up for Togo next Friday\") or the contact (\"move the follow-up on contact 12 to 15 January\").");
        var lines = new List<string>();
        var changed = new HashSet<int>();
        RenderedAnswer? only = null;
        // One read of the log: the changes below touch follow-up days only, never which contact is latest or open.
        var log = store.All().Where(c => !c.Deleted).ToList();
        foreach (var state in states)
        {
            var withState = log.Where(c => c.States.Contains(state.Iso3)).ToList();
            var latest = withState.Where(c => c.Status == ContactStatus.Open && (canEditAny || c.Author.Id == user.Id)).MaxBy(c => (c.Date, c.Id));
            if (latest is not null)
            {
                // One contact with two States named is changed once.
                if (!changed.Add(latest.Id)) continue;
                only = On(command with { ContactId = latest.Id, ContactIds = [latest.Id], Draft = command.Draft with { States = null } }, user, sourceKey, canEditAny)!;
                lines.Add(only.Answer.Text.Split('\n')[0]);
                continue;
            }
            var newest = withState.MaxBy(c => (c.Date, c.Id));
            lines.Add(newest is null
                ? $"No contact with {state.Name} is in the outreach log, so there is no follow-up to set: log one with it (\"log letter to {state.Name} today about …, follow up {command.Draft.FollowUp}\")."
                : withState.Any(c => c.Status == ContactStatus.Open)
                    ? $"The open contacts with {state.Name} were recorded by others, and you may change only your own; nothing was changed for {state.Name}."
                    : $"Every contact with {state.Name} is closed (the latest: #{newest.Id}, {Dates.Format(newest.Date)}); \"reopen contact {newest.Id}\" first, or log a new contact with its follow-up. Nothing was changed for {state.Name}.");
        }
        // One contact changed and nothing else to say: its own reply, card and all.
        return lines.Count == 1 && only is not null ? only : RenderedAnswer.Plain(string.Join("\n", lines));
    }

    /// <param name="line">The chat line a log command came in, read as a sentence where its fields cannot be.</param>
    RenderedAnswer? On(OutreachCommand command, Person user, string sourceKey, bool canEditAny, string? line = null)
    {
        return command.Action switch
        {
            OutreachAction.None => null,
            OutreachAction.OpenForm => Form(command.Draft, null, []),
            OutreachAction.Log => Save(command.Draft, null, user, sourceKey, fromChat: true, line),
            OutreachAction.Edit => Edit(command.ContactId!.Value, command.Draft, user, canEditAny),
            OutreachAction.Close => Status(command.ContactId!.Value, ContactStatus.Done, user, canEditAny),
            OutreachAction.Reopen => Status(command.ContactId!.Value, ContactStatus.Open, user, canEditAny),
            OutreachAction.Delete => Delete(command.ContactId!.Value, user, canEditAny),
            OutreachAction.Show => Show(command.ContactId!.Value),
            _ => History(command.ContactId!.Value),
        };
    }

    /// <summary>The values an outreach card sent back (Action.Submit or a Teams invoke).</summary>
    public RenderedAnswer Submit(JsonObject value, Person user, Role role)
    {
        if (!AccessPolicy.Allows(role, Permission.LogOutreach)) return Refused(AccessPolicy.Refusal(role, Permission.LogOutreach) + " Nothing was changed.");
        var canEditAny = AccessPolicy.Allows(role, Permission.EditAnyOutreach);
        var action = value["action"] is JsonValue a && a.TryGetValue<string>(out var name) ? name : "";
        int? id = null;
        if (value["id"] is JsonNode idNode)
        {
            if (idNode is JsonValue v && (v.TryGetValue<int>(out var number) || v.TryGetValue<string>(out var s) && int.TryParse(s, out number)) && number > 0) id = number;
            else return Refused("The card sent a contact number that is not a number; nothing was changed.");
        }
        switch (action)
        {
            case "outreach.form":
                if (id is { } editId)
                {
                    var contact = store.Get(editId);
                    return contact is null ? Refused($"There is no contact #{editId} in the outreach log.") : Form(ToDraft(contact), editId, []);
                }
                return Form(new ContactDraft(), null, []);
            case "outreach.close" when id is { } closeId: return Status(closeId, ContactStatus.Done, user, canEditAny);
            case "outreach.reopen" when id is { } reopenId: return Status(reopenId, ContactStatus.Open, user, canEditAny);
            case "outreach.history" when id is { } historyId: return History(historyId);
            case "outreach.show" when id is { } showId: return Show(showId);
            case "outreach.save":
                var (draft, problems) = ReadForm(value);
                if (problems.Count > 0) return Refused("The card's data could not be used: " + string.Join(" ", problems) + " Nothing was saved.");
                var formId = value["formId"] is JsonValue f && f.TryGetValue<string>(out var fid) && fid.Length is > 0 and <= 64 ? fid : null;
                if (formId is null) return Refused("The card's data has no form id; open a new form with \"log outreach\". Nothing was saved.");
                return id is { } contactId ? Edit(contactId, draft, user, canEditAny, formId, replaceAll: true) : Save(draft, formId, user, $"form:{formId}", fromChat: false);
            default:
                return Refused("That card action is not one CcmBot knows; nothing was changed.");
        }
    }

    static (ContactDraft Draft, List<string> Problems) ReadForm(JsonObject value)
    {
        var problems = new List<string>();
        var fields = new Dictionary<string, string?>();
        foreach (var (key, node) in value)
        {
            if (ControlFields.Contains(key)) continue;
            if (!FormFields.Contains(key)) { problems.Add($"unexpected field \"{Clip(key)}\"."); continue; }
            if (node is null) { fields[key] = null; continue; }
            if (node is not JsonValue text || !text.TryGetValue<string>(out var s)) { problems.Add($"field \"{key}\" must be text."); continue; }
            if (s.Length > MaxFieldLength) { problems.Add($"field \"{key}\" is {s.Length} characters, more than a form field can hold ({MaxFieldLength})."); continue; }
            fields[key] = s;
        }
        string? F(string key) => fields.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;
        return (new ContactDraft
        {
            States = F("states"), Date = F("date"), Kind = F("kind"), Area = F("area"), Chases = F("chases"), Mandate = F("mandate"),
            Counterpart = F("counterpart"), Summary = F("summary"), Outcome = F("outcome"), FollowUp = F("followUp"), Status = F("status"),
        }, problems);
    }

    /// <param name="line">
    /// The chat line, when the draft came from one: "log: phone call with the Ugandan mission this morning …", which the command's
    /// own fields cannot read, is read as the sentence it is. Only on that failure, so a line the fields read is validated once.
    /// </param>
    RenderedAnswer Save(ContactDraft draft, string? formId, Person user, string sourceKey, bool fromChat, string? line = null)
    {
        // "Letter to all overdue States": the group's States on the contact's day.
        (draft, var groupProblem) = StateGroups.Expand(draft, data.Current, Today);
        if (groupProblem is not null) return Refused(groupProblem);
        var (values, errors) = ContactValidator.Validate(draft, data.Current.Resolver, Today);
        if (values is null && line is not null && OutreachNarrative.ToLog(line) is { } told && OutreachNarrative.Read(told, Today, data.Current.Resolver) is { } read
            && StateGroups.Named(read.States) is null && ContactValidator.Validate(read, data.Current.Resolver, Today) is { Values: not null } readValues)
            (draft, values, errors) = (read, readValues.Values, readValues.Errors);
        if (values is null)
        {
            var intro = fromChat ? "Some of that could not be read. Fix what is marked and save; everything else is kept as you typed it." : null;
            return Form(draft, null, errors, intro, formId);
        }
        var (contact, created) = store.Create(values, user, sourceKey, clock.GetUtcNow());
        var headline = created ? $"Contact #{contact.Id} recorded" : $"Contact #{contact.Id} was already recorded from this message";
        return Render(headline, OutreachCards.Contact(contact, data.Current, headline), Line(contact, headline));
    }

    RenderedAnswer Edit(int id, ContactDraft changes, Person user, bool canEditAny, string? formId = null, bool replaceAll = false)
    {
        var existing = store.Get(id);
        if (existing is null) return Refused($"There is no contact #{id} in the outreach log.");
        var merged = replaceAll ? changes : Merge(ToDraft(existing), changes);
        var (values, errors) = ContactValidator.Validate(merged, data.Current.Resolver, Today);
        if (values is null) return Form(merged, id, errors, "Nothing was changed yet. Fix what is marked and save.", formId);
        return Result(store.Update(id, values, user, clock.GetUtcNow(), canEditAny), $"Contact #{id} updated");
    }

    RenderedAnswer Status(int id, ContactStatus status, Person user, bool canEditAny) =>
        Result(store.SetStatus(id, status, user, clock.GetUtcNow(), canEditAny), status == ContactStatus.Done ? $"Contact #{id} marked done" : $"Contact #{id} reopened");

    RenderedAnswer Delete(int id, Person user, bool canEditAny)
    {
        var result = store.Delete(id, user, clock.GetUtcNow(), canEditAny);
        return result.Kind == ChangeResultKind.Done
            ? RenderedAnswer.Plain($"Contact #{id} deleted" + (result.Contact is { } c ? $" ({OutreachText.Label(c.Kind)} {OutreachText.Preposition(c.Kind)} {OutreachAnswers.Names(data.Current, c)} on {Dates.Format(c.Date)})" : "") +
                                   $". It no longer appears in answers; its history is kept (\"history of contact {id}\").")
            : RenderedAnswer.Plain(result.Message);
    }

    RenderedAnswer Show(int id)
    {
        var contact = store.Get(id);
        if (contact is null) return Refused($"There is no contact #{id} in the outreach log.");
        var headline = $"Contact #{id}";
        // Shown on its own, the whole record: who was met and what was said too.
        var details = (contact.Counterpart is { } counterpart ? $"\nCounterpart: {counterpart}" : "") + (contact.Summary is { } summary ? $"\nSummary: {summary}" : "") +
                      (contact.OutcomeNote is { } note && contact.Outcome is { } outcome && !string.Equals(note, OutreachText.Label(outcome), StringComparison.OrdinalIgnoreCase) ? $"\nOutcome as written: {note}" : "");
        return Render(headline, OutreachCards.Contact(contact, data.Current, headline), Line(contact, headline) + details);
    }

    RenderedAnswer History(int id)
    {
        var changes = store.History(id);
        var contact = store.Get(id);
        if (changes.Count == 0 || contact is null && changes.All(c => c.Action != "deleted")) return Refused($"There is no contact #{id} in the outreach log.");
        var text = $"History of contact #{id} ({changes.Count} entries):" + Environment.NewLine +
                   string.Join(Environment.NewLine, changes.Select(c => $"- {c.At:yyyy-MM-dd HH:mm} UTC, {c.By.Name}: {c.Action}" +
                       (c.Field is { } field && c.Action != "created" ? $" {field}: \"{c.OldValue ?? ""}\" -> \"{c.NewValue ?? ""}\"" : c.NewValue is { } n ? $" ({n})" : "")));
        var card = contact is null ? null : OutreachCards.History(contact, changes);
        return RenderedAnswer.Of(new Answer(text, new MessageModel(text)), card);
    }

    RenderedAnswer Result(ChangeResult result, string headline) => result.Kind switch
    {
        ChangeResultKind.Done => Render(headline, OutreachCards.Contact(result.Contact!, data.Current, headline), Line(result.Contact!, headline)),
        _ => RenderedAnswer.Plain(result.Message),
    };

    RenderedAnswer Form(ContactDraft draft, int? contactId, IReadOnlyList<FieldError> errors, string? intro = null, string? formId = null)
    {
        var card = OutreachCards.Form(draft, contactId, formId ?? Guid.NewGuid().ToString("N"), errors, intro);
        var text = errors.Count == 0
            ? (contactId is { } id ? $"Edit contact #{id} in the form." : "Fill in the form to log a contact, or type it in one line: \"log démarche to Togo on 3 May 2018 about overdue initial report, outcome: committed, follow up 1 June\".")
            : "Not saved yet. Please fix: " + string.Join(" ", errors.Select(e => $"{OutreachCards.FieldLabel(e.Field)}: {e.Message}"));
        return RenderedAnswer.Of(new Answer(text, new MessageModel(text)), card);
    }

    /// <summary>
    /// Outreach told in a sentence: shown filled in, to check and save, never saved as it stands (the
    /// sentence may be a plan or hearsay). Channels without cards get the one-line command that logs it.
    /// </summary>
    RenderedAnswer Proposed(ContactDraft draft, Person user)
    {
        (draft, var groupProblem) = StateGroups.Expand(draft, data.Current, Today);
        if (groupProblem is not null) return Refused(groupProblem);
        var (values, errors) = ContactValidator.Validate(draft, data.Current.Resolver, Today);
        const string NotSaved = "That reads like outreach, so nothing was saved yet.";
        var card = OutreachCards.Form(draft, null, Guid.NewGuid().ToString("N"), errors,
            NotSaved + (errors.Count == 0 ? " Check the details and save." : " Fill in what is marked and save; the rest is taken from your message."));
        if (values is { } offered) Remember(user, CommandFor(offered));
        var text = values is { } v
            ? $"{NotSaved}\nTo log it, say \"log it\", or send (changed as needed):\n{CommandFor(v)}"
            : $"{NotSaved}\nTo log it, send \"log <kind> to <State> on <date> about <topic>\"; still to say: " +
              string.Join(" ", errors.Select(e => $"{OutreachCards.FieldLabel(e.Field)}: {e.Message}"));
        return RenderedAnswer.Of(new Answer(text, new MessageModel(text)), card);
    }

    /// <summary>
    /// "Togo replied, they will submit by January": the answer belongs to the latest open contact with
    /// that State, as its outcome. Nothing is saved until the coordinator sends the command given.
    /// </summary>
    RenderedAnswer ReplyProposed(StateInfo state, string said, Person user)
    {
        var latest = store.LatestWith(state.Iso3, Today, 10).Latest;
        var open = latest.FirstOrDefault(c => c.Status == ContactStatus.Open);
        var words = said.Trim().TrimEnd('.', '!');
        if (open is null)
        {
            var came = OutreachNarrative.ReplyCame(said, Today);
            var text = latest.Count == 0
                ? $"That reads like a reply from {state.Name}, but the outreach log has no contact with {state.Name} to attach it to, so nothing was saved.\n" +
                  $"To log the exchange, send: log {OutreachText.Label(came.Kind)} {OutreachText.Preposition(came.Kind)} {state.Name} on {Dates.Format(came.Day)} about <topic>, outcome: {words}"
                : $"That reads like a reply from {state.Name}; its latest contacts in the log are closed (the most recent: #{latest[0].Id}), so nothing was saved.\n" +
                  $"To add it to that contact, send: contact {latest[0].Id} outcome: {words}\nor reopen it first with \"reopen contact {latest[0].Id}\".";
            return RenderedAnswer.Plain(text);
        }
        Remember(user, $"contact {open.Id} outcome: {words}");
        return RenderedAnswer.Plain(
            $"That reads like {state.Name}'s reply to contact #{open.Id} ({OutreachText.Label(open.Kind)} on {Dates.Format(open.Date)}" +
            (open.Chases is { } chases ? $", chasing {chases}" : "") + "), so nothing was saved yet.\n" +
            $"To record it as that contact's outcome, say \"save it\", or send: contact {open.Id} outcome: {words}" +
            (open.FollowUp is { } f ? $"\nIts follow-up is {Dates.Format(f)}; \"mark contact {open.Id} as done\" closes it." : ""));
    }

    /// <summary>The one-line command that logs these values; it reads back to the same contact.</summary>
    string CommandFor(ContactValues v) =>
        $"log {OutreachText.Label(v.Kind)} {OutreachText.Preposition(v.Kind)} {string.Join(" and ", v.States.Select(s => s.Name))} on {Dates.Format(v.Date)}" +
        (v.Chases is { } chases ? $" about {chases}" : "") + $", area: {OutreachText.Label(v.Area)}" +
        // The answer told ("they promised …", "no reply yet") as its outcome; the words themselves stay in the summary.
        (v.Outcome is { } outcome ? $", outcome: {OutreachText.Label(outcome)}" : "") +
        (v.FollowUp is { } f ? $", follow up {Dates.Format(f)}" : "") + (v.Summary is { } summary ? $", summary: {summary}" : "");

    static RenderedAnswer Render(string headline, AdaptiveCard card, string text) =>
        RenderedAnswer.Of(new Answer(text, new MessageModel(headline)), card);


    static RenderedAnswer Refused(string text) => RenderedAnswer.Plain(text);

    string Line(Contact c, string headline) =>
        $"{headline}: {OutreachText.Label(c.Kind)} {OutreachText.Preposition(c.Kind)} {OutreachAnswers.Names(data.Current, c)} on {Dates.Format(c.Date)}{(c.Counterpart is { } who ? $" (with {who})" : "")}, {OutreachText.Label(c.Area)}" +
        (c.Chases is { } ch ? $", chasing {ch}" : "") + (c.Outcome is { } o ? $"; outcome: {OutreachText.Label(o)}" : "") +
        (c.FollowUp is { } f ? $"; follow up {Dates.Format(f)}" : "") + $"; status {(c.Status == ContactStatus.Open ? "open" : "done")}. Recorded by {c.Author.Name}.";

    ContactDraft ToDraft(Contact c) => new()
    {
        States = string.Join(", ", c.States.Select(s => data.Current.State(s)?.Name ?? s)), Date = Dates.Iso(c.Date), Kind = c.Kind.ToString(), Area = c.Area.ToString(), Chases = c.Chases,
        Mandate = c.Mandate, Counterpart = c.Counterpart, Summary = c.Summary, Outcome = c.OutcomeNote ?? c.Outcome?.ToString(),
        FollowUp = c.FollowUp is { } f ? Dates.Iso(f) : null, Status = c.Status.ToString(),
    };

    static ContactDraft Merge(ContactDraft current, ContactDraft changes) => new()
    {
        States = changes.States ?? current.States, Date = changes.Date ?? current.Date, Kind = changes.Kind ?? current.Kind, Area = changes.Area ?? current.Area,
        Chases = changes.Chases ?? current.Chases, Mandate = changes.Mandate ?? current.Mandate, Counterpart = changes.Counterpart ?? current.Counterpart,
        Summary = changes.AddNote is { } note ? string.Join(Environment.NewLine, new[] { changes.Summary ?? current.Summary, note.Trim() }.Where(t => !string.IsNullOrWhiteSpace(t)))
            : changes.Summary ?? current.Summary,
        Outcome = changes.Outcome ?? current.Outcome, FollowUp = changes.FollowUp ?? current.FollowUp,
        Status = changes.Status ?? current.Status,
    };

    static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
