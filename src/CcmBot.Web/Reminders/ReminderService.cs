using System.Text.Json.Nodes;
using CcmBot.Core.Access;
using CcmBot.Core.Answers;
using CcmBot.Core.Outreach;
using CcmBot.Core.Reminders;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;
using CcmBot.Web.Answers;
using CcmBot.Web.Cards;
using CcmBot.Web.Storage;
using Microsoft.Extensions.Options;

namespace CcmBot.Web.Reminders;

public sealed class ReminderOptions
{
    public const string Section = "Reminders";
    /// <summary>How often the worker looks for due digests.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>For conversations whose channel does not say its time zone (Teams does).</summary>
    public string DefaultTimeZone { get; set; } = "UTC";
    /// <summary>Off only where something else drives the sweeps (tests call them directly).</summary>
    public bool RunWorker { get; set; } = true;
}

/// <summary>Subscriptions in chat, the digests, and the sweep that sends each due digest exactly once. Channel-neutral.</summary>
public sealed class ReminderService(
    ReminderStore store, TreatyDataCache data, OutreachStore outreach, IReminderSender sender, TimeProvider clock,
    IOptions<ReminderOptions> options, ILogger<ReminderService> logger)
{
    DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<RenderedAnswer?> TryCommandAsync(string text, Person user, Role role, string conversationKey, CancellationToken cancellationToken)
    {
        var command = ReminderCommands.Parse(text);
        switch (command.Action)
        {
            case ReminderAction.None:
                return null;
            case ReminderAction.Show:
                return Show(conversationKey);
            case ReminderAction.Briefing:
                return Briefing(user, role, command.AsOfText);
            case ReminderAction.Preview:
                return Preview(conversationKey, user, role, null);
        }
        if (!AccessPolicy.Allows(role, Permission.ManageOwnReminders)) return RenderedAnswer.Plain(AccessPolicy.Refusal(role, Permission.ManageOwnReminders));
        switch (command.Action)
        {
            case ReminderAction.Stop:
                var chosenToStop = Selected(conversationKey, command.Selector);
                if (chosenToStop is null) return NoneSelected(conversationKey, "stop");
                var active = chosenToStop.Where(s => s.Active).ToList();
                foreach (var s in active) store.Deactivate(s.Id, $"{StoppedBy}{user.Name} on {Dates.Format(Today)}");
                if (active.Count == 0)
                    return RenderedAnswer.Plain(command.Selector?.Any == true ? "That reminder is already stopped. \"show my reminders\" lists them; \"resume reminders\" starts stopped ones again." : "There are no active reminders in this conversation.");
                var stoppedWhat = command.Selector?.Any == true ? ": " + string.Join("; ", active.Select(s => $"{ReminderStore.ToSubscription(s).DescribeTopics()}, {ReminderStore.ToSubscription(s).Schedule.Describe()}")) : "";
                var stillActive = store.ForConversation(conversationKey).Count(s => s.Active);
                // "Pause reminders until January": a note on that day to start them again (reminders never restart unasked).
                var resumeNote = command.ResumeWhen is { } resumeWhen
                    ? " " + CreateNote(new NoteRequest(resumeWhen, null, "your reminders were paused until today; say \"resume reminders\" to start them again"), user, conversationKey).Answer.Text
                    : "";
                return RenderedAnswer.Plain($"Stopped {active.Count} reminder{(active.Count == 1 ? "" : "s")} in this conversation{stoppedWhat}. \"resume reminders\" starts {(active.Count == 1 ? "it" : "them")} again." +
                    (stillActive > 0 ? $" {stillActive} other{(stillActive == 1 ? " is" : "s are")} still active." : "") + resumeNote);
            case ReminderAction.Resume:
                // Only those someone stopped: a reminder the channel refused stays off until it is set up again.
                var chosenToResume = Selected(conversationKey, command.Selector);
                if (chosenToResume is null) return NoneSelected(conversationKey, "resume");
                var stopped = chosenToResume.Where(s => !s.Active && s.InactiveReason?.StartsWith(StoppedBy, StringComparison.Ordinal) == true).ToList();
                // A one-off note whose day passed while it was stopped has nothing left to send: it stays off, and the answer says so.
                var passed = stopped.Select(ReminderStore.ToSubscription).Where(s => s.Note is not null && NextOf(s) is null).ToList();
                foreach (var note in passed) store.Deactivate(note.Id, $"its day passed while it was stopped ({note.Schedule.Describe()}); not sent");
                stopped = stopped.Where(s => passed.All(p => p.Id != s.Id)).ToList();
                foreach (var s in stopped) store.Reactivate(s.Id, clock.GetUtcNow());
                var missedNotes = passed.Count == 0 ? "" : Environment.NewLine +
                    $"Not started again: {string.Join("; ", passed.Select(n => $"the note \"{n.Note}\" ({n.Schedule.Describe()})"))} — {(passed.Count == 1 ? "its day" : "their days")} passed while stopped; set {(passed.Count == 1 ? "it" : "them")} again with a new day.";
                if (stopped.Count == 0 && passed.Count > 0) return RenderedAnswer.Plain(missedNotes.TrimStart());
                return stopped.Count == 0
                    ? RenderedAnswer.Plain("There are no stopped reminders in this conversation to start again. \"show my reminders\" lists them; \"remind me every Monday at 9:00\" sets one up.")
                    : RenderedAnswer.Plain($"Started {stopped.Count} reminder{(stopped.Count == 1 ? "" : "s")} again; digests missed while {(stopped.Count == 1 ? "it was" : "they were")} stopped are not sent." + missedNotes + Environment.NewLine + Show(conversationKey).Answer.Text);
            case ReminderAction.Change:
                return ChangeReminder(command, user, conversationKey);
            case ReminderAction.SendNow:
                return await SendNowAsync(conversationKey, user, role, cancellationToken);
            case ReminderAction.Note:
                return command.Problem is { } noteProblem ? RenderedAnswer.Plain(noteProblem + " Nothing was set up.") : CreateNote(command.Note!, user, conversationKey);
        }
        if (command.Problem is { } problem) return RenderedAnswer.Plain(problem + " Nothing was set up.");
        if (FormRequest.IsMatch(text)) return Form(store.Conversation(conversationKey)?.TimeZone ?? options.Value.DefaultTimeZone);
        return Create(command.Request!, user, conversationKey);
    }

    /// <summary>
    /// "Move my digest to Fridays at 10": the one reminder chosen changes in place and keeps its number, its owner and whether it
    /// is active. Occurrences of the new schedule before now are not sent late.
    /// </summary>
    RenderedAnswer ChangeReminder(ReminderCommand command, Person user, string conversationKey)
    {
        var all = store.ForConversation(conversationKey);
        if (all.Count == 0) return NoneSelected(conversationKey, "change");
        if (command.Problem is { } problem) return RenderedAnswer.Plain(problem + " Nothing was changed." + Environment.NewLine + Show(conversationKey).Answer.Text);
        var chosen = Selected(conversationKey, command.Selector);
        if (chosen is null) return NoneSelected(conversationKey, "change");
        var digests = chosen.Where(d => d.Note is null).ToList();
        if (digests.Count == 0)
            return RenderedAnswer.Plain("A one-off note keeps its day; set a new one (\"remind me on Friday to call Togo\") and stop the old one (\"stop the note about Togo\"). Nothing was changed.");
        if (digests.Count > 1)
            return RenderedAnswer.Plain($"{digests.Count} reminders in this conversation could be meant, so nothing was changed. Say which by its number, e.g. \"move reminder 1 to Fridays\"." +
                                        Environment.NewLine + Show(conversationKey).Answer.Text);
        var document = digests[0];
        var position = all.TakeWhile(d => d.Id != document.Id).Count() + 1;
        var before = ReminderStore.ToSubscription(document);
        var (schedule, topics, within, plan) = command.Change!.Apply(before);
        if (!ScheduleCalculator.TryFindZone(schedule.TimeZone, out var zone))
            return RenderedAnswer.Plain($"\"{schedule.TimeZone}\" is not a time zone I know; use an IANA name such as Europe/Zurich (Geneva), America/New_York or Asia/Vientiane. Nothing was changed.");
        var now = clock.GetUtcNow();
        // "Every other Monday": the weeks are counted from the changed reminder's first send.
        schedule = ScheduleCalculator.CountingWeeksFrom(schedule, now, zone);
        var after = before with { Schedule = schedule with { TimeZone = zone.Id }, Topics = topics, WithinDays = within, Plan = plan };
        var (scheduleWas, scheduleNow) = (before.Schedule.Describe(), after.Schedule.Describe());
        var (topicsWas, topicsNow) = (before.DescribeTopics(), after.DescribeTopics());
        if (scheduleWas == scheduleNow && topicsWas == topicsNow) return RenderedAnswer.Plain($"Reminder {position} already is {topicsNow}, {scheduleNow}; nothing changed.");
        store.Reschedule(document.Id, after, now);
        var what = (scheduleWas == scheduleNow ? "" : $" {scheduleWas} \u2192 {scheduleNow}.") + (topicsWas == topicsNow ? "" : $" About {topicsWas} \u2192 about {topicsNow}.");
        var next = after.Active ? ScheduleCalculator.NextAfter(after.Schedule, now, zone) : null;
        return RenderedAnswer.Plain($"Changed reminder {position}{(topicsWas == topicsNow ? $" ({topicsNow})" : "")}, by {user.Name}:{what}" +
                                    (next is { } n ? $" The next digest comes {TimeZoneInfo.ConvertTime(n, zone):ddd d MMM yyyy HH:mm} ({zone.Id})." : after.Active ? "" : " It is stopped; \"resume reminders\" starts it again."));
    }

    const string StoppedBy = "stopped by ";

    static readonly System.Text.RegularExpressions.Regex FormRequest = new(@"^\s*(set up|create|new|add|start)\s+(a\s+|an\s+)?(reminders?|digests?)\s*(form|card)?\s*[.!?]?\s*$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    static RenderedAnswer Form(string timeZone)
    {
        static (string, string) Day(DayOfWeek d) => (d.ToString(), d.ToString());
        var card = new AdaptiveCard([
            new TextBlock("Set up a reminder", TextSize.Large, true),
            new TextBlock("A digest of what is overdue or coming, sent to this conversation.", Subtle: true),
            new ChoiceInput("frequency", "How often", [("Every day", "Daily"), ("Every week", "Weekly"), ("Every month", "Monthly")], "Weekly"),
            new ChoiceInput("days", "On (weekly)", Enum.GetValues<DayOfWeek>().Select(Day).ToList(), "Monday", Multiple: true),
            new ChoiceInput("everyWeeks", "Repeat (weekly)", [("Every week", "1"), ("Every other week", "2"), ("Every 3 weeks", "3"), ("Every 4 weeks", "4")], "1"),
            new TextInput("dayOfMonth", "Day of the month (monthly)", "1"),
            new TimeInput("time", "At", "09:00"),
            new TextInput("timeZone", "Time zone (IANA)", timeZone),
            new ChoiceInput("topics", "About", [("Overdue reports", "OverdueReports"), ("Art. 3/4 deadlines", "TreatyDeadlines"), ("Action-plan milestones", "Milestones"), ("Outreach follow-ups", "FollowUps")],
                "OverdueReports,TreatyDeadlines,Milestones,FollowUps", Multiple: true),
            new ChoiceInput("plan", "Milestones of", [("all plans", "all"), ("the NIM concept notes", "NIM"), ("the Dubrovnik Action Plan", "DAP"), ("the Lausanne Action Plan", "LAP")], "all"),
            new TextInput("withinDays", "Deadlines and milestones within (days)", "90"),
            new ChoiceInput("followUps", "Follow-ups", [("everyone's", "all"), ("mine only", "mine")], "all"),
        ], [new SubmitAction("Set up", new JsonObject { ["action"] = "reminder.subscribe" })]);
        const string text = "Fill in the form, or type it in one line: \"remind me every Monday at 9:00 about overdue reports and NIM milestones\".";
        return RenderedAnswer.Of(new Answer(text, new MessageModel(text)), card);
    }

    /// <summary>The set-up form's values, read as strictly as a chat line.</summary>
    public RenderedAnswer Subscribe(JsonObject value, Person user, Role role, string conversationKey)
    {
        if (!AccessPolicy.Allows(role, Permission.ManageOwnReminders)) return RenderedAnswer.Plain(AccessPolicy.Refusal(role, Permission.ManageOwnReminders));
        string F(string key) => value[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : "";
        if (!EnumNames.TryRead<Frequency>(F("frequency"), out var frequency) || frequency == Frequency.Once) return RenderedAnswer.Plain("Choose how often: every day, week or month. Nothing was set up.");
        var days = F("days").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => EnumNames.TryRead<DayOfWeek>(d, out var day) ? day : (DayOfWeek?)null).ToList();
        var topics = F("topics").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => EnumNames.TryRead<ReminderTopic>(t, out var topic) ? topic : (ReminderTopic?)null).ToList();
        if (days.Any(d => d is null) || topics.Any(t => t is null)) return RenderedAnswer.Plain("The form sent a day or a topic CcmBot does not know; nothing was set up.");
        if (frequency == Frequency.Weekly && days.Count == 0) return RenderedAnswer.Plain("Choose at least one day for a weekly reminder. Nothing was set up.");
        if (topics.Count == 0) return RenderedAnswer.Plain("Choose at least one topic. Nothing was set up.");
        if (!TimeOnly.TryParse(F("time"), System.Globalization.CultureInfo.InvariantCulture, out var at)) return RenderedAnswer.Plain("Give the time as 09:00. Nothing was set up.");
        if (!int.TryParse(F("dayOfMonth") is { Length: > 0 } dm ? dm : "1", out var dayOfMonth) || dayOfMonth is < 1 or > 31) return RenderedAnswer.Plain("The day of the month is a number from 1 to 31. Nothing was set up.");
        if (!int.TryParse(F("withinDays") is { Length: > 0 } wd ? wd : "90", out var within) || within is < 1 or > 365) return RenderedAnswer.Plain("\"Within\" is a number of days from 1 to 365. Nothing was set up.");
        if (!int.TryParse(F("everyWeeks") is { Length: > 0 } ew ? ew : "1", out var everyWeeks) || everyWeeks < 1 || everyWeeks > Schedule.MaxEveryWeeks)
            return RenderedAnswer.Plain($"\"Repeat\" is every week or every 2 to {Schedule.MaxEveryWeeks} weeks. Nothing was set up.");
        if (everyWeeks > 1 && frequency != Frequency.Weekly) return RenderedAnswer.Plain("Every 2 to 4 weeks goes with \"Every week\" as how often. Nothing was set up.");
        var plan = F("plan") is "NIM" or "DAP" or "LAP" ? F("plan") : null;
        var request = new SubscriptionRequest(frequency, days.Select(d => d!.Value).ToHashSet(), dayOfMonth, at, F("timeZone") is { Length: > 0 } z ? z : null,
            new HashSet<DayOfWeek>(), topics.Select(t => t!.Value).ToHashSet(), within, plan, F("followUps") == "mine", EveryWeeks: everyWeeks);
        return Create(request, user, conversationKey);
    }

    RenderedAnswer Create(SubscriptionRequest request, Person user, string conversationKey)
    {
        // Without an address (the command line) no digest could ever arrive: refused, as a one-off note is.
        if (store.Conversation(conversationKey) is not { } conversation) return RenderedAnswer.Plain(NoAddress);
        var zoneName = request.TimeZone ?? conversation.TimeZone ?? options.Value.DefaultTimeZone;
        if (!ScheduleCalculator.TryFindZone(zoneName, out var zone))
            return RenderedAnswer.Plain($"\"{zoneName}\" is not a time zone I know; use an IANA name such as Europe/Zurich (Geneva), America/New_York or Asia/Vientiane. Nothing was set up.");
        var document = new SubscriptionDocument
        {
            Id = Guid.NewGuid().ToString("N")[..10], ConversationKey = conversationKey, OwnerId = user.Id, OwnerName = user.Name,
            Frequency = request.Frequency.ToString(), Days = request.Days.Select(d => d.ToString()).ToList(), DayOfMonth = request.DayOfMonth, WeekOfMonth = request.WeekOfMonth,
            LocalTime = request.At.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), TimeZone = zone.Id,
            QuietDays = request.QuietDays.Select(d => d.ToString()).ToList(), Topics = request.Topics.Select(t => t.ToString()).ToList(),
            WithinDays = request.WithinDays, Plan = request.Plan, OwnFollowUpsOnly = request.OwnFollowUpsOnly, CreatedAt = clock.GetUtcNow().UtcDateTime,
            EveryWeeks = Math.Clamp(request.EveryWeeks, 1, Schedule.MaxEveryWeeks),
        };
        // "Every other Monday": the weeks are counted from the one it first fires in, the next such day from now.
        if (ScheduleCalculator.CountingWeeksFrom(ReminderStore.ToSubscription(document).Schedule, clock.GetUtcNow(), zone).FirstWeek is { } firstWeek)
            document.FirstWeek = firstWeek.ToDateTime(TimeOnly.MinValue);
        store.Add(document);
        var subscription = ReminderStore.ToSubscription(document);
        var next = ScheduleCalculator.NextAfter(subscription.Schedule, clock.GetUtcNow(), zone);
        return RenderedAnswer.Plain($"Reminder set: {subscription.DescribeTopics()}, {subscription.Schedule.Describe()}." +
                     (next is { } n ? $" The first digest comes {TimeZoneInfo.ConvertTime(n, zone):ddd d MMM yyyy HH:mm} ({zone.Id})." : "") +
                     " \"send my digest now\" shows one at once; \"stop reminders\" ends it.");
    }

    const string NoAddress = "I have no address to send to in this conversation (the command line, for one, cannot receive proactive messages). Ask again from Teams, Slack or the local chat page. Nothing was set up.";

    /// <summary>"Remind me tomorrow to call Togo": a note for this conversation on that day (09:00 unless a time is said), sent once.</summary>
    RenderedAnswer CreateNote(NoteRequest note, Person user, string conversationKey)
    {
        // Without an address (the command line) the note could never arrive: refused, as "send my digest now" is.
        if (store.Conversation(conversationKey) is not { } conversation) return RenderedAnswer.Plain(NoAddress);
        var zoneName = conversation.TimeZone ?? options.Value.DefaultTimeZone;
        if (!ScheduleCalculator.TryFindZone(zoneName, out var zone)) zone = TimeZoneInfo.Utc;
        var now = clock.GetUtcNow();
        var localToday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var when = note.When.ToLowerInvariant();
        // "Tonight", "this afternoon": today, at the part of the day named unless a time is said.
        var partOfDay = when switch { "tonight" or "this evening" => new TimeOnly(18, 0), "this afternoon" => new TimeOnly(14, 0), "this morning" => new TimeOnly(9, 0), _ => (TimeOnly?)null };
        DateOnly day;
        if (partOfDay is not null || when is "today" or "later today") day = localToday;
        // "15 December", "Dec 20": a day written without its year is read in this year first (and moved on below once passed).
        else if (!DateExpressions.TryReadDay(note.When, localToday, future: true, out day)
                 && !DateExpressions.TryReadDay($"{note.When} {localToday.Year}", localToday, future: true, out day) && !TryDayOfMonth(note.When, localToday, out day))
            return RenderedAnswer.Plain($"\"{note.When}\" is not a day I can read; say it like \"tomorrow\", \"next Tuesday\" or \"15 December\". Nothing was set up.");
        // A day written without its year that has passed ("3 May" in December) is next year's.
        if (day < localToday && !Patterns.Get(@"\b(?:19|20)\d{2}\b").IsMatch(note.When)) day = day.AddYears(1);
        var at = note.At ?? partOfDay ?? (when is "today" or "later today" ? TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime).AddHours(2) : new TimeOnly(9, 0));
        var instant = ScheduleCalculator.ToUtc(day, at, zone);
        if (instant <= now)
            return RenderedAnswer.Plain($"{day:d MMM yyyy} at {at:HH\\:mm} ({zone.Id}) has already passed; say a later day or time. Nothing was set up.");
        if (day > localToday.AddYears(2)) return RenderedAnswer.Plain("A note can be set up to two years ahead. Nothing was set up.");
        var document = new SubscriptionDocument
        {
            Id = Guid.NewGuid().ToString("N")[..10], ConversationKey = conversationKey, OwnerId = user.Id, OwnerName = user.Name,
            Frequency = nameof(Frequency.Once), OnDate = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Note = note.What,
            LocalTime = at.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), TimeZone = zone.Id, CreatedAt = now.UtcDateTime,
        };
        store.Add(document);
        return RenderedAnswer.Plain($"Noted: on {TimeZoneInfo.ConvertTime(instant, zone):ddd d MMM yyyy} at {at:HH\\:mm} ({zone.Id}) I will remind this conversation: \"{note.What}\". " +
                                    "\"show my reminders\" lists it; \"stop reminders\" cancels it with the others.");
    }

    /// <summary>"On the 15th": that day of this month, or of the next when it has passed.</summary>
    static bool TryDayOfMonth(string when, DateOnly today, out DateOnly day)
    {
        day = default;
        if (Patterns.Get(@"^(?i:the\s+)?(\d{1,2})(?i:st|nd|rd|th)$").Match(when.Trim()) is not { Success: true } m) return false;
        var n = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (n is < 1 or > 31) return false;
        var month = new DateOnly(today.Year, today.Month, 1);
        if (n < today.Day) month = month.AddMonths(1);
        if (n > DateTime.DaysInMonth(month.Year, month.Month)) return false;
        day = new DateOnly(month.Year, month.Month, n);
        return true;
    }

    DateTimeOffset? NextOf(Subscription s)
    {
        ScheduleCalculator.TryFindZone(s.Schedule.TimeZone, out var zone);
        return ScheduleCalculator.NextAfter(s.Schedule, clock.GetUtcNow(), zone);
    }

    /// <summary>The conversation's reminders the selector picks, by their place in the list as shown; all of them when it picks nothing; null when it matches none.</summary>
    IReadOnlyList<SubscriptionDocument>? Selected(string conversationKey, ReminderSelector? selector)
    {
        var all = store.ForConversation(conversationKey);
        if (selector is not { Any: true }) return all;
        var chosen = all.Where((d, i) => selector.Matches(ReminderStore.ToSubscription(d), i + 1)).ToList();
        return chosen.Count == 0 ? null : chosen;
    }

    RenderedAnswer NoneSelected(string conversationKey, string verb) =>
        RenderedAnswer.Plain(store.ForConversation(conversationKey).Count == 0
            ? "No reminders in this conversation. Try \"remind me every Monday at 9:00 about overdue reports and NIM milestones\"."
            : $"No reminder in this conversation matches that, so nothing was changed. Say which by its number, e.g. \"{verb} reminder 1\"{(verb == "change" ? "" : $", or \"{verb} all reminders\"")}." +
              Environment.NewLine + Show(conversationKey).Answer.Text);

    RenderedAnswer Show(string conversationKey)
    {
        var subscriptions = store.ForConversation(conversationKey);
        if (subscriptions.Count == 0) return RenderedAnswer.Plain("No reminders in this conversation. Try \"remind me every Monday at 9:00 about overdue reports and NIM milestones\".");
        var lines = subscriptions.Select((d, position) =>
        {
            var s = ReminderStore.ToSubscription(d);
            var state = s.Active ? "active" : $"inactive: {s.InactiveReason}";
            var last = store.DeliveriesOf(s.Id).LastOrDefault(x => x.State is "sent" or "empty");
            ScheduleCalculator.TryFindZone(s.Schedule.TimeZone, out var zone);
            var next = s.Active ? ScheduleCalculator.NextAfter(s.Schedule, clock.GetUtcNow(), zone) : null;
            return $"{position + 1}. {s.DescribeTopics()}, {s.Schedule.Describe()} ({state}; set by {s.Owner.Name})" +
                   (last is not null ? $"; last {(last.State == "sent" ? "sent" : "had nothing to send")} for {last.Occurrence:yyyy-MM-dd HH:mm} UTC" : "") +
                   (next is { } n ? $"; next {TimeZoneInfo.ConvertTime(n, zone):ddd d MMM HH:mm}" : "");
        });
        return RenderedAnswer.Plain("Reminders in this conversation:" + Environment.NewLine + string.Join(Environment.NewLine, lines));
    }

    /// <summary>How far ahead a briefing looks for deadlines, milestones and follow-ups.</summary>
    public const int BriefingDays = 30;

    /// <summary>
    /// "What needs my attention?": today's digest for the asker, asked for in the moment — overdue reports,
    /// deadlines and milestones in the next 30 days, and their own open follow-ups (for those who may read the log).
    /// </summary>
    RenderedAnswer Briefing(Person user, Role role, string? asOfText = null)
    {
        // "As of 30 June 2017": that day's briefing, from what was known and logged by then.
        var found = asOfText is null ? null : CcmBot.Core.Text.DateExpressions.Find(asOfText, Today);
        var day = found is null ? Today : found.AsOf ?? found.Window?.To ?? Today;
        if (day > Today) return RenderedAnswer.Plain($"A briefing is for today or a day past; {Dates.Format(day)} is ahead. For what falls due then, ask \"what's due by {Dates.Format(day)}?\"");
        var readsLog = AccessPolicy.Allows(role, Permission.LogOutreach);
        var topics = Enum.GetValues<ReminderTopic>().Where(t => readsLog || t != ReminderTopic.FollowUps).ToHashSet();
        var request = new Subscription("briefing", "", user, Schedule.Daily(new TimeOnly(9, 0), options.Value.DefaultTimeZone), topics, BriefingDays,
            null, OwnFollowUpsOnly: true, clock.GetUtcNow(), null, true, null);
        var log = LogFor(request);
        if (day < Today) log = new OutreachLog(log.Live.Where(c => c.Date <= day).ToList(), log.User);
        var digest = DigestRule.Build(request, data.Current, log, new Dictionary<string, ItemState>(), day);
        var standing = day == Today ? " To have this every morning: \"remind me every weekday at 9am\"." : "";
        if (digest.IsEmpty)
            return RenderedAnswer.Plain($"Nothing needs your attention as of {Dates.Format(day)}: no overdue reports recorded, no treaty deadline or milestone in the next {BriefingDays} days" +
                                        (readsLog ? ", and none of your follow-ups due." : ".") + standing);
        return RenderedAnswer.Plain(DigestCards.Text(digest) + (standing.Length > 0 ? Environment.NewLine + standing.Trim() : ""));
    }

    public Digest Build(Subscription subscription) =>
        DigestRule.Build(subscription, data.Current, LogFor(subscription), store.ItemStates(subscription.Id), Today);

    /// <summary>Only a digest with follow-ups reads the outreach log, which is read from the file.</summary>
    OutreachLog LogFor(Subscription subscription) =>
        new(subscription.Topics.Contains(ReminderTopic.FollowUps) ? outreach.All() : [], subscription.Owner);

    /// <summary>
    /// "What's in my digest?": each active digest of the conversation as it would be sent now, in the reply.
    /// Nothing is claimed or marked, so the scheduled digest still comes and still carries the same items.
    /// </summary>
    RenderedAnswer Preview(string conversationKey, Person user, Role role, string? lead)
    {
        var subscriptions = ActiveDigests(conversationKey);
        if (subscriptions.Count == 0)
            return RenderedAnswer.Plain((lead is null ? "" : lead + Environment.NewLine) + "No digest is set up in this conversation; this is what needs your attention today." + Environment.NewLine + Briefing(user, role).Answer.Text);
        var parts = new List<string>();
        var cards = new List<string>();
        // Asked in the moment, a digest shows follow-ups only to someone who may read the outreach log, as a briefing does.
        var readsLog = AccessPolicy.Allows(role, Permission.LogOutreach);
        foreach (var subscribed in subscriptions)
        {
            var s = readsLog ? subscribed : subscribed with { Topics = subscribed.Topics.Where(t => t != ReminderTopic.FollowUps).ToHashSet() };
            var digest = Build(s);
            if (digest.IsEmpty) { parts.Add($"Your digest of {s.DescribeTopics()} ({s.Schedule.Describe()}): nothing to remind you of today."); continue; }
            parts.Add(DigestCards.Text(digest));
            cards.Add(DigestCards.Card(digest).ToJsonString());
        }
        // First, as the line a card channel shows above the card: what this is and that nothing changed.
        var text = (lead ?? $"A preview of {(parts.Count == 1 ? "this conversation's digest" : $"this conversation's {parts.Count} digests")}:") +
                   " nothing was sent or marked, and the scheduled digest comes as planned." + Environment.NewLine +
                   string.Join(Environment.NewLine + Environment.NewLine, parts);
        return new RenderedAnswer(new Answer(text, new MessageModel(text)), cards);
    }

    List<Subscription> ActiveDigests(string conversationKey) =>
        // Notes wait for their day; digests are what is previewed or sent now.
        store.ForConversation(conversationKey).Where(s => s.Active).Select(ReminderStore.ToSubscription).Where(s => s.Note is null).ToList();

    /// <summary>"send my digest now": every active subscription of the conversation, through the same proactive path as scheduled sends.</summary>
    async Task<RenderedAnswer> SendNowAsync(string conversationKey, Person user, Role role, CancellationToken cancellationToken)
    {
        var subscriptions = ActiveDigests(conversationKey);
        // Asked for now, with nothing set up: what a digest would hold today, as "digest" gives it.
        if (subscriptions.Count == 0)
            return RenderedAnswer.Plain("There are no active reminders in this conversation to send. This is what needs your attention today:" + Environment.NewLine + Briefing(user, role).Answer.Text);
        // A preview on request: no claim and no change to the schedule, so the next scheduled digest still comes.
        var conversation = store.Conversation(conversationKey);
        if (conversation is null)
            return Preview(conversationKey, user, role, "I have no address to send to in this conversation (the command line, for one, cannot receive proactive messages), so here it is as a reply:");
        int sent = 0, empty = 0;
        var failures = new List<string>();
        foreach (var s in subscriptions)
        {
            var digest = Build(s);
            if (digest.IsEmpty) { empty++; continue; }
            var result = await sender.SendAsync(conversation.Reference, DigestCards.Text(digest), DigestCards.Card(digest).ToJsonString(),
                $"{s.Id}|now|{Guid.NewGuid():N}", cancellationToken);
            if (result.Outcome == SendOutcome.Sent) { sent++; continue; }
            failures.Add(result.Reason ?? result.Outcome.ToString());
            if (result.Outcome == SendOutcome.Gone) store.Deactivate(s.Id, result.Reason ?? "the conversation can no longer be reached");
        }
        if (failures.Count > 0)
            return RenderedAnswer.Plain($"Sent {sent} digest{(sent == 1 ? "" : "s")}; {failures.Count} could not be delivered ({string.Join("; ", failures.Distinct())}). \"show my reminders\" shows their state.");
        return RenderedAnswer.Plain(sent == 0 ? "Nothing to remind you of right now: every digest would be empty." : $"Sent {sent} digest{(sent == 1 ? "" : "s")} to this conversation.");
    }

    /// <summary>One sweep: every due (subscription, occurrence) is claimed, built and sent, or skipped when another sweep has it.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = DueRule.Due(store.Active().Select(ReminderStore.ToSubscription), now, Zone);
        var handled = 0;
        foreach (var (subscription, occurrence) in due)
        {
            if (cancellationToken.IsCancellationRequested) break;
            if (await DeliverAsync(subscription, occurrence, cancellationToken) is not null) handled++;
        }
        return handled;
    }

    async Task<string?> DeliverAsync(Subscription subscription, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        if (!store.Claim(subscription.Id, occurrence, clock.GetUtcNow())) return null;
        try
        {
            // A one-off note goes through the same claim and outcomes as a digest, and is done once sent.
            var digest = subscription.Note is null ? Build(subscription) : null;
            if (digest is { IsEmpty: true })
            {
                store.Complete(subscription.Id, occurrence, "empty", null, 0, null);
                return "empty";
            }
            var (text, card, items) = digest is null
                ? (DigestCards.NoteText(subscription), DigestCards.NoteCard(subscription), 1)
                : (DigestCards.Text(digest), DigestCards.Card(digest), digest.Items.Count);
            var conversation = store.Conversation(subscription.ConversationKey);
            if (conversation is null)
            {
                store.Deactivate(subscription.Id, "the conversation's address is no longer known");
                store.Complete(subscription.Id, occurrence, "failed", null, 0, "no conversation address");
                return "failed";
            }
            var result = await sender.SendAsync(conversation.Reference, text, card.ToJsonString(),
                $"{subscription.Id}|{occurrence.UtcDateTime:yyyyMMddTHHmmssZ}", cancellationToken);
            switch (result.Outcome)
            {
                case SendOutcome.Sent:
                    store.Complete(subscription.Id, occurrence, "sent", result.ActivityId, items, null);
                    if (digest is null) store.Deactivate(subscription.Id, $"sent on {TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone(subscription.Schedule.TimeZone)):d MMM yyyy HH:mm}");
                    return "sent";
                case SendOutcome.Gone:
                    logger.LogWarning("Reminder {Subscription} deactivated: {Reason}", subscription.Id, result.Reason);
                    store.Deactivate(subscription.Id, result.Reason ?? "the conversation can no longer be reached");
                    store.Complete(subscription.Id, occurrence, "failed", null, items, result.Reason);
                    return "failed";
                default:
                    logger.LogWarning("Reminder {Subscription} for {Occurrence} not delivered, will retry: {Reason}", subscription.Id, occurrence, result.Reason);
                    store.Release(subscription.Id, occurrence);
                    return "retry";
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Reminder {Subscription} for {Occurrence} failed", subscription.Id, occurrence);
            store.Release(subscription.Id, occurrence);
            return "retry";
        }
    }

    /// <summary>Snooze or done from a digest card; the card is then updated in place.</summary>
    public async Task<RenderedAnswer> ActAsync(JsonObject value, Person user, Role role, CancellationToken cancellationToken)
    {
        string? Text(string key) => value[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var action = Text("action");
        var subscriptionId = Text("subscription");
        var key = Text("key");
        if (subscriptionId is null || key is null || key.Length > 200 || store.Get(subscriptionId) is not { } document)
            return RenderedAnswer.Plain("That reminder card is out of date or was not made by CcmBot; nothing was changed.");
        var subscription = ReminderStore.ToSubscription(document);
        if (subscription.Owner.Id != user.Id && !AccessPolicy.Allows(role, Permission.ManageRoles))
            return RenderedAnswer.Plain($"Only {subscription.Owner.Name}, who set up this reminder, or an ISU administrator can change what it shows.");
        var item = DigestRule.Build(subscription, data.Current, LogFor(subscription), new Dictionary<string, ItemState>(), Today).Items.FirstOrDefault(i => i.Key == key);
        string message;
        switch (action)
        {
            case "reminder.snooze":
                var until = value["days"] is JsonValue d && d.TryGetValue<int>(out var days) && days is > 0 and <= 366 ? Today.AddDays(days)
                    : DateOnly.TryParse(Text("until") ?? (Text("untilField") is { Length: <= 20 } field && field.StartsWith("until", StringComparison.Ordinal) ? Text(field) : null),
                        System.Globalization.CultureInfo.InvariantCulture, out var date) && date > Today && date <= Today.AddYears(1) ? date : (DateOnly?)null;
                if (until is null) return RenderedAnswer.Plain("Say how long to snooze: 1 day, 1 week, or a date within the next year.");
                store.SetItemState(subscription.Id, key, until, null);
                message = $"Snoozed until {Dates.Format(until.Value)}: {item?.Title ?? key}.";
                break;
            case "reminder.done":
                if (item?.ContactId is { } contactId)
                {
                    var closed = outreach.SetStatus(contactId, ContactStatus.Done, user, clock.GetUtcNow(), AccessPolicy.Allows(role, Permission.EditAnyOutreach));
                    if (closed.Kind is ChangeResultKind.NotAllowed or ChangeResultKind.NotFound) return RenderedAnswer.Plain(closed.Message);
                }
                store.SetItemState(subscription.Id, key, null, item?.Signature ?? "done");
                message = $"Marked done: {item?.Title ?? key}. It stays out of your digests until its status changes.";
                break;
            default:
                return RenderedAnswer.Plain("That card action is not one CcmBot knows; nothing was changed.");
        }
        var digest = Build(subscription);
        var card = digest.IsEmpty
            ? new AdaptiveCard([new TextBlock($"CcmBot digest, {Dates.Format(Today)}", TextSize.Large, true), new TextBlock("Nothing left in this digest.")])
            : DigestCards.Card(digest);
        var cardJson = card.ToJsonString();
        if (store.LatestSent(subscription.Id) is { ActivityId: { } activityId } && store.Conversation(subscription.ConversationKey) is { } conversation)
            await sender.UpdateAsync(conversation.Reference, activityId, digest.IsEmpty ? "Nothing left in this digest." : DigestCards.Text(digest), cardJson, cancellationToken);
        return new RenderedAnswer(new Answer(message, new MessageModel(message)), [cardJson]);
    }

    static TimeZoneInfo Zone(string id) => ScheduleCalculator.TryFindZone(id, out var zone) ? zone : TimeZoneInfo.Utc;

}

/// <summary>The loop: a sweep every interval, on the injected clock; each sweep's sends are made exactly once by the store's claims.</summary>
public sealed class ReminderWorker(ReminderService reminders, TimeProvider clock, IOptions<ReminderOptions> options, ILogger<ReminderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunWorker) return;
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        do
        {
            try
            {
                await reminders.SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Reminder sweep failed; the next one will try again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
