using System.Globalization;
using System.Text.RegularExpressions;
using CcmBot.Core.Text;

namespace CcmBot.Core.Outreach;

/// <summary><see cref="Confirm"/>: "log it", "save that" — the line CcmBot just offered the asker, sent back as a yes.</summary>
public enum OutreachAction { None, Log, OpenForm, Edit, Close, Reopen, Delete, Show, History, Confirm }

/// <summary>
/// An outreach command read from a chat line: what to do, to which contact, with which fields.
/// <see cref="LatestOfMine"/>: "delete my last contact" — the asker's latest contact, found in the log.
/// </summary>
public sealed record OutreachCommand(OutreachAction Action, int? ContactId, ContactDraft Draft, bool LatestOfMine = false)
{
    /// <summary>"close contacts 3, 4 and 7": every contact the line names, <see cref="ContactId"/> first.</summary>
    public IReadOnlyList<int> ContactIds { get; init; } = ContactId is { } id ? [id] : [];

    /// <summary>"close all my contacts with Kenya": every open contact with the States in <see cref="ContactDraft.States"/>, found in the log.</summary>
    public bool AllWithStates { get; init; }

    /// <summary>With <see cref="AllWithStates"/>: only those the asker recorded ("my").</summary>
    public bool MineOnly { get; init; }

    /// <summary>"Set a follow-up for Togo next Friday": the latest open contact with each State in <see cref="ContactDraft.States"/>, found in the log.</summary>
    public bool LatestWithStates { get; init; }
}

/// <summary>
/// Reads one-line outreach commands:
/// "log démarche to Togo and Benin on 3 May 2018 about overdue initial report, outcome: committed to submit, follow up 1 June";
/// "log outreach" (opens the form); "edit contact 12: outcome submitted"; "close contact 12"; "history of contact 12".
/// </summary>
public static partial class OutreachCommands
{
    const string Labels = "outcome|counterpart|summary|notes?|area|mandate|chases|status|kind|date|states?|follow[- ]?up";
    static readonly TimeSpan Timeout = Patterns.Timeout;

    static readonly Regex Confirm = new(@"^\s*(?:(?:yes|yep|yeah|ok|okay|sure|right)\s*[,.!]?\s*)?(?:please\s+)?(?:go\s+ahead\s+and\s+)?(?:log|save|record|enter|add)\s+(?:it|that|this|the\s+contact|the\s+outcome)(?:\s+(?:please|now|for\s+me))?\s*[.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    static readonly Regex FormRequest = new(@"^\s*(?:log|record|add|new|register|enter)\s+(?:an?\s+|new\s+)?(?:outreach|contact)(?:\s+(?:form|card))?(?:\s+(?:for|to|with)\s+(?<states>.+?))?\s*[.!]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    /// <summary>A day written straight after the States, without "on": "log letter to Chad yesterday", "… to Peru 3 May 2019".</summary>
    const string BareDay = @"yesterday|today|tomorrow|next\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|this\s+(?:morning|afternoon|evening)|earlier\s+today|tonight|(?:last|this)\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|\d{1,3}\s+(?:days?|weeks?)\s+ago|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?";

    /// <summary>Where the States end: a day, a topic, a labelled field, or the end.</summary>
    const string StatesEnd = $@"(?=\s+on\s+|\s+dated\s+|\s+(?:about|re|regarding|concerning|with)\s+|\s*,?\s+(?:{BareDay})\b|\s*[,;]\s*(?:{Labels})\b|\s*$)";

    static readonly Regex LogLine = new($@"^\s*(?<verb>log|logged|record|recorded|add|register|note)\s*:?\s+(?:an?\s+)?(?<kind>[^,]+?)\s+(?:to|with|for)\s+(?<states>.+?){StatesEnd}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    /// <summary>"record démarche Togo 2 Dec 2026 …": a kind of contact straight before the States, without "to" or "with".</summary>
    static readonly Regex BareLogLine = new($@"^\s*(?:log|record|register|note)\s*:?\s+(?:an?\s+)?(?<kind>bilateral\s+meeting|phone\s+call|video\s+call|side\s+event|note\s+verbale|d[ée]marche|letter|meeting|bilateral|call|e-?mail|workshop|seminar)s?\s*,?\s+(?<states>(?-i:\p{{Lu}}).+?){StatesEnd}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    static readonly Regex SubjectThenDay = new($@"^(?<subject>.+?)\s+(?:on\s+)?(?<day>{BareDay})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    static readonly Regex LeadingDay = new($@"^\s*,?\s+(?:dated\s+)?(?<date>{BareDay})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    /// <summary>"mark contact 12 as done", "contact 12 outcome: committed", "add a note to contact 12: …".</summary>
    static readonly Regex MarkContact = new(@"^\s*mark\s+(?:(?:contact|outreach|record)\s*#?|#)(?<id>\d{1,9})\s+(?:as\s+)?(?<state>done|closed|complete|completed|finished|open|reopened|not\s+done)\s*[.!]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    /// <summary>"mark #12 as replied: bill in parliament", "contact 12 declined", "#12 replied - will report in May": the answer and what was said.</summary>
    static readonly Regex ContactAnswered = new(@"^\s*(?:(?:mark|set)\s+)?(?:(?:contact|outreach|record)\s*#?|#)(?<id>\d{1,9})\s+(?:as\s+|has\s+|have\s+)?(?<outcome>replied|answered|responded|acknowledged|declined|refused|committed|submitted|no\s+response|no\s+reply|positive|negative)\b\s*(?:[:\-–—,.]\s*(?<note>\S.*))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, Timeout);
    static readonly Regex ContactFields = new($@"^\s*(?:contact|outreach|record)\s*#?(?<id>\d{{1,9}})\s*[:,]?\s+(?<rest>(?:{Labels})\b.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    /// <summary>"postpone the follow-up on contact 12 to 15 December", "snooze contact 12's follow-up by a week".</summary>
    static readonly Regex MoveFollowUp = new(@"^\s*(?:postpone|move|push(?:\s+back)?|defer|reschedule|snooze|delay|change|set)\s+(?:(?:the\s+)?(?:follow[- ]?up|followup)\s+(?:on|for|of)\s+(?:contact|outreach|record)\s*#?(?<id>\d{1,9})|(?:contact|outreach|record)\s*#?(?<id>\d{1,9})(?:['’]s)?\s+(?:follow[- ]?up|followup))\s+(?<prep>to|until|till|for|by)\s+(?<when>[^,;]{2,40}?)\s*[.!]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    /// <summary>"By a week" counts from today, like a snooze; "to 15 December" is that day.</summary>
    static string When(Match move)
    {
        var when = move.Groups["when"].Value.Trim();
        return move.Groups["prep"].Value.ToLowerInvariant() is "by" or "for" && !when.StartsWith("in ", StringComparison.OrdinalIgnoreCase) ? "in " + when : when;
    }

    /// <summary>"Follow up on contact 12 …" names a contact by number, which the id commands read.</summary>
    static readonly Regex StartsWithContact = new(@"^(?:contact|outreach|record)?\s*#?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    /// <summary>"Set a follow-up for Togo next Friday", "follow up with Chile on 15 January": a State's latest open contact, not a contact number.</summary>
    static readonly Regex FollowUpWithState = new(@"^\s*(?:please\s+)?(?:(?:set|add|schedule|put|make|create|plan)\s+(?:a\s+|the\s+|another\s+)?(?:follow[- ]?up|followup)\s+(?:for|with|on)|(?:follow[- ]?up|check\s+back|check\s+in)\s+(?:with|on))\s+(?<states>[^,;]+?)\s+(?:(?:on|for|by|at)\s+)?(?<when>(?:in|next|this|tomorrow|\d+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|mon|tue|wed|thu|fri|sat|sun|end|early|mid|late|the\s+(?:end|beginning|start|middle|\d+))\b[^,;]{0,40}?)\s*[.!]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    /// <summary>"Push the Togo follow-up to January", "move Chile's follow-up to 20 December".</summary>
    static readonly Regex MoveStateFollowUp = new(@"^\s*(?:please\s+)?(?:postpone|move|push(?:\s+back)?|defer|reschedule|snooze|delay|change|set|bring\s+forward)\s+(?:the\s+|my\s+|our\s+)?(?!(?:a|an|another|new|one)\s)(?<states>[^,;#]+?)(?:['’]s?)?\s+(?:follow[- ]?up|followup)(?:\s+date)?\s+(?<prep>to|until|till|for|by)\s+(?<when>[^,;]{2,40}?)\s*[.!]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    static readonly Regex AddNote = new(@"^\s*(?:(?:add|append)\s+(?:a\s+|this\s+)?(?:note|comment)\s+(?:to|on)|(?:note|comment)\s+(?:on|for|to))\s+(?:contact|outreach|record)\s*#?(?<id>\d{1,9})\s*[:,\-]?\s*(?<note>.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, Timeout);
    /// <summary>"contact 12: they replied positively": words after the contact that name no field are a note on it.</summary>
    static readonly Regex FreeNote = new(@"^\s*(?:contact|outreach|record)\s*#?(?<id>\d{1,9})\s*[:\-]\s*(?<note>\S.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, Timeout);
    static readonly Regex OnDate = new($@"\s+on\s+(?<date>.+?)(?=\s+(?:about|re|regarding|concerning|on|with)\s+|\s*[,;]|\s*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    /// <summary>"… on 2 Dec 2026 with Ambassador Otieno about ratification": after the States, "with" names who was met.</summary>
    static readonly Regex WithWhom = new($@"^\s+with\s+(?<who>(?!(?:a|an|no|any|copy|cc|reference|regard)\b)[^,;]+?)(?=\s+(?:about|re|regarding|concerning|on|dated)\s+|\s*,?\s+(?:{BareDay})\b|\s*[,;]|\s*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    /// <summary>The topic runs to the next comma: "about universalization, positive, will revert in two weeks" — the rest are their own parts.</summary>
    static readonly Regex About = new(@"\s(?:about|re|regarding|concerning)\s+(?<about>.+?)(?=\s*[,;]|\s*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    static readonly Regex Labelled = new($@"(?:^|[,;:]\s*|\s)(?<label>{Labels})\s*(?:[:=]|\s(?:on|by|date)\s|\s)\s*(?<value>.+?)(?=\s*[,;]\s*(?:{Labels})\b|\s*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    static readonly Regex OnContact = new(@"^\s*(?<verb>edit|update|change|correct|fix|amend|set|close|complete|done|reopen|re-open|delete|remove|show|view|open|history|audit|history of|audit of|audit trail of)\s+(?:contact|outreach|record)\s*#?(?<id>\d{1,9})\b\s*[:,]?\s*(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    /// <summary>"close contacts 3, 4 and 7", "mark contacts 3 and 4 as done", "delete contacts 3 & 4".</summary>
    static readonly Regex CloseAllWith = new(@"^\s*(?:close|complete|finish)\s+(?:all\s+|every\s+)?(?:of\s+)?(?<mine>my\s+)?(?:open\s+)?(?:contacts?|outreach|records?)\s+(?:with|to|for|on)\s+(?<states>[^,;:]{2,200}?)\s*[.!]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    static readonly Regex OnMany = new(@"^\s*(?:(?<verb>close|complete|reopen|re-open|delete|remove|show|view)\s+(?:contacts?|records?)|mark\s+(?:contacts?|records?))\s*(?<ids>#?\d{1,9}(?:\s*(?:,|and|&)\s*#?\d{1,9})+)(?:\s+(?:as\s+)?(?<state>done|closed|complete|completed|finished|open|reopened|not\s+done))?\s*[.!]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    /// <summary>"what was the outcome of contact 12?", "what happened with contact 12?", "contact 12?": the contact shown.</summary>
    static readonly Regex AskContact = new(@"^\s*(?:(?:what(?:'s|\s+(?:was|is|were|are))\s+)?(?:the\s+)?(?:outcome|status|result|details?|summary|state)\s+(?:of|for|on)\s+|what\s+happened\s+(?:with|to|on|after)\s+|details\s+)?(?:contact|record)\s*#?(?<id>\d{1,9})\s*\??\s*$|^\s*(?:what(?:'s|\s+(?:was|is))\s+)?(?:the\s+)?(?:outcome|status|result|details?)\s+(?:of|for|on)\s+(?:contact|record)\s*#?(?<id>\d{1,9})\s*[?.]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    /// <summary>"delete my last contact", "show my latest contact", "edit my last contact: outcome: committed".</summary>
    static readonly Regex OnLatest = new(@"^\s*(?<verb>edit|update|change|set|close|complete|reopen|re-open|delete|remove|undo|show|view|open|history of|audit of|audit trail of)\s+(?:my\s+|the\s+)?(?:last|latest|most\s+recent|previous)\s+(?:contact|outreach|entry|log\s+entry|record|log)\b\s*[:,]?\s*(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    static OutreachAction ActionOf(string verb) => verb.ToLowerInvariant() switch
    {
        "close" or "complete" or "done" => OutreachAction.Close,
        "reopen" or "re-open" => OutreachAction.Reopen,
        // "Undo my last contact": the logging undone, as "delete" does.
        "delete" or "remove" or "undo" => OutreachAction.Delete,
        "show" or "view" or "open" => OutreachAction.Show,
        "edit" or "update" or "change" or "correct" or "fix" or "amend" or "set" => OutreachAction.Edit,
        _ => OutreachAction.History,
    };

    /// <summary>
    /// "log &lt;kind&gt; to &lt;States&gt; …", or the kind written straight before the States. "Add a plan for victim assistance …" is no
    /// contact: after "add" or "note", only a kind of contact makes a log line. "Logged a meeting with Liberia on 28 Nov, outcome
    /// positive" is a log line said in the past; "logged letters to Togo in 2026?" asks.
    /// </summary>
    static Match LogMatch(string line) =>
        LogLine.Match(line) is { Success: true } full
        && (full.Groups["verb"].Value.ToLowerInvariant() is not ("add" or "note" or "logged" or "recorded") || ContactValidator.ReadKind(full.Groups["kind"].Value) is not null)
        && (full.Groups["verb"].Value.ToLowerInvariant() is not ("logged" or "recorded") || !line.TrimEnd().EndsWith('?') && SaidDay.IsMatch(line))
            ? full : BareLogLine.Match(line);

    static readonly Regex TimeOfToday = new(@"^(?:this\s+(?:morning|afternoon|evening)|earlier\s+today|tonight)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    static readonly Regex SaidDay = new($@"\b(?:{BareDay})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// The kind of contact a "log &lt;kind&gt; to &lt;States&gt; …" line names, or null when the line is not one: what another reader
    /// needs to leave the line to outreach, without reading all its fields.
    /// </summary>
    public static string? LoggedKind(string line)
    {
        try
        {
            return LogMatch(line) is { Success: true } log ? log.Groups["kind"].Value.Trim() : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    public static OutreachCommand Parse(string? text)
    {
        var line = (text ?? "").Trim();
        if (line.Length == 0 || line.Length > 12_000) return new(OutreachAction.None, null, new ContactDraft());
        try
        {
            if (Confirm.IsMatch(line)) return new(OutreachAction.Confirm, null, new ContactDraft());
            if (CloseAllWith.Match(line) is { Success: true } all)
                return new(OutreachAction.Close, null, new ContactDraft { States = all.Groups["states"].Value.Trim() }) { AllWithStates = true, MineOnly = all.Groups["mine"].Success };
            if (OnMany.Match(line) is { Success: true } many)
            {
                var ids = Regex.Matches(many.Groups["ids"].Value, @"\d{1,9}", RegexOptions.None, Timeout).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct().ToList();
                var action = many.Groups["verb"].Success ? ActionOf(many.Groups["verb"].Value)
                    : many.Groups["state"].Value.ToLowerInvariant() is "open" or "reopened" or "not done" ? OutreachAction.Reopen : OutreachAction.Close;
                return new(action, ids[0], new ContactDraft()) { ContactIds = ids };
            }
            // "Set contact 3 as acknowledged" is an outcome (below); "set contact 3 outcome to …" names its field.
            if (OnContact.Match(line) is { Success: true } on && (!on.Groups["verb"].Value.Equals("set", StringComparison.OrdinalIgnoreCase) || NamesField.IsMatch(on.Groups["rest"].Value)))
            {
                var id = int.Parse(on.Groups["id"].Value, CultureInfo.InvariantCulture);
                var action = ActionOf(on.Groups["verb"].Value);
                return new(action, id, action == OutreachAction.Edit ? LabelledFields(ChangedTo(on.Groups["rest"].Value), new ContactDraft()) : new ContactDraft());
            }
            if (AskContact.Match(line) is { Success: true } asked)
                return new(OutreachAction.Show, int.Parse(asked.Groups["id"].Value, CultureInfo.InvariantCulture), new ContactDraft());
            if (OnLatest.Match(line) is { Success: true } latest && (!latest.Groups["verb"].Value.Equals("set", StringComparison.OrdinalIgnoreCase) || NamesField.IsMatch(latest.Groups["rest"].Value)))
            {
                var action = ActionOf(latest.Groups["verb"].Value);
                return new(action, null, action == OutreachAction.Edit ? LabelledFields(ChangedTo(latest.Groups["rest"].Value), new ContactDraft()) : new ContactDraft(), LatestOfMine: true);
            }
            if (MarkContact.Match(line) is { Success: true } mark)
                return new(mark.Groups["state"].Value.ToLowerInvariant() is "open" or "reopened" or "not done" ? OutreachAction.Reopen : OutreachAction.Close,
                    int.Parse(mark.Groups["id"].Value, CultureInfo.InvariantCulture), new ContactDraft());
            if (ContactAnswered.Match(line) is { Success: true } answered)
                return new(OutreachAction.Edit, int.Parse(answered.Groups["id"].Value, CultureInfo.InvariantCulture), new ContactDraft
                {
                    Outcome = answered.Groups["outcome"].Value.Trim(),
                    AddNote = answered.Groups["note"].Success ? answered.Groups["note"].Value.Trim() : null,
                });
            if (MoveFollowUp.Match(line) is { Success: true } move)
                return new(OutreachAction.Edit, int.Parse(move.Groups["id"].Value, CultureInfo.InvariantCulture), new ContactDraft { FollowUp = When(move) });
            if (MoveStateFollowUp.Match(line) is { Success: true } moveState && !StartsWithContact.IsMatch(moveState.Groups["states"].Value))
                return new(OutreachAction.Edit, null, new ContactDraft { States = moveState.Groups["states"].Value.Trim(), FollowUp = When(moveState) }) { LatestWithStates = true };
            if (FollowUpWithState.Match(line) is { Success: true } followUp && !StartsWithContact.IsMatch(followUp.Groups["states"].Value))
                return new(OutreachAction.Edit, null, new ContactDraft { States = followUp.Groups["states"].Value.Trim(), FollowUp = followUp.Groups["when"].Value.Trim() }) { LatestWithStates = true };
            if (AddNote.Match(line) is { Success: true } note)
                return new(OutreachAction.Edit, int.Parse(note.Groups["id"].Value, CultureInfo.InvariantCulture), new ContactDraft { AddNote = note.Groups["note"].Value.Trim() });
            if (ContactFields.Match(line) is { Success: true } fields)
                return new(OutreachAction.Edit, int.Parse(fields.Groups["id"].Value, CultureInfo.InvariantCulture), LabelledFields(fields.Groups["rest"].Value, new ContactDraft()));
            if (FreeNote.Match(line) is { Success: true } free)
                return new(OutreachAction.Edit, int.Parse(free.Groups["id"].Value, CultureInfo.InvariantCulture), new ContactDraft { AddNote = free.Groups["note"].Value.Trim() });
            if (FormRequest.Match(line) is { Success: true } form)
                return new(OutreachAction.OpenForm, null, new ContactDraft { States = NullIfEmpty(form.Groups["states"].Value) });
            if (LogMatch(line) is not { Success: true } log) return new(OutreachAction.None, null, new ContactDraft());

            var draft = new ContactDraft { Kind = log.Groups["kind"].Value.Trim(), States = log.Groups["states"].Value.Trim() };
            var afterStates = line[(log.Index + log.Length)..];
            // "… to Kenya yesterday on universalization": after a day, or where no day is meant, "on" names the subject.
            // "… with Ambassador Otieno yesterday": who was met may come before the day.
            var leadingWho = WithWhom.Match(afterStates);
            var leadingDay = LeadingDay.Match(leadingWho.Success ? afterStates[leadingWho.Length..] : afterStates);
            // "This morning", "earlier today": a time of today, which is the day.
            if (leadingDay.Success) draft = draft with { Date = TimeOfToday.IsMatch(leadingDay.Groups["date"].Value.Trim()) ? "today" : leadingDay.Groups["date"].Value.Trim() };
            // "… on 2 Dec on legislation": each "on" in turn, the day and the subject in either order.
            // "summary: wrote on 1 Dec asking them to ratify": a value written after "label:" is that field's, not a day or a topic.
            var explicitFields = Labelled.Matches(afterStates).Where(m => Patterns.Get(@"^\s*[:=]").IsMatch(afterStates[(m.Groups["label"].Index + m.Groups["label"].Length)..]))
                .Select(m => (Start: m.Index, End: m.Index + m.Length)).ToList();
            bool InAField(Match m) => explicitFields.Any(f => m.Index >= f.Start && m.Index < f.End);
            foreach (Match on2 in OnDate.Matches(afterStates).Where(m => !InAField(m)))
            {
                var value = on2.Groups["date"].Value.Trim();
                if (IsSubjectNotDay(value)) draft = draft with { Area = draft.Area ?? value, Chases = draft.Chases ?? value };
                // "on universalization today": the subject, then the day.
                else if (SubjectThenDay.Match(value) is { Success: true } both && IsSubjectNotDay(both.Groups["subject"].Value))
                    draft = draft with { Area = both.Groups["subject"].Value.Trim(), Chases = both.Groups["subject"].Value.Trim(), Date = draft.Date ?? both.Groups["day"].Value.Trim() };
                else if (draft.Date is null) draft = draft with { Date = value };
            }
            // Straight after the States or after the day only: "about coordination with UNDP" is what was discussed, not who.
            var whoAfterDay = OnDate.Matches(afterStates).Where(m => !InAField(m)).Select(m => WithWhom.Match(afterStates[(m.Index + m.Length)..])).FirstOrDefault(m => m.Success);
            if (draft.Counterpart is null && (leadingWho.Success ? leadingWho : whoAfterDay) is { Success: true } with)
                draft = draft with { Counterpart = with.Groups["who"].Value.Trim() };
            if (About.Matches(" " + afterStates).FirstOrDefault(m => !explicitFields.Any(f => m.Index - 1 >= f.Start && m.Index - 1 < f.End)) is { } about)
            {
                var topic = about.Groups["about"].Value.Trim();
                draft = draft with { Chases = topic, Summary = topic };
            }
            return new(OutreachAction.Log, null, UnlabelledFields(afterStates, LabelledFields(afterStates, draft)));
        }
        catch (RegexMatchTimeoutException)
        {
            return new(OutreachAction.None, null, new ContactDraft());
        }
    }

    /// <summary>"outcome: committed, follow up 1 June, counterpart: Ambassador X" into the draft.</summary>
    /// <summary>"Change contact 3 outcome to committed": in an edit, "to" and "as" after a field name only say what it becomes.</summary>
    static string ChangedTo(string rest) => FieldBecomes.Replace(rest, "${label}: ");

    static readonly Regex NamesField = new($@"^\s*(?:the\s+)?(?:{Labels})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    static readonly Regex FieldBecomes = new($@"(?<=^\s*|[,;]\s*)(?:the\s+)?(?<label>{Labels})\s+(?:to|as|is\s+now|now)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    static ContactDraft LabelledFields(string text, ContactDraft draft)
    {
        foreach (Match m in Labelled.Matches(text))
        {
            var value = m.Groups["value"].Value.Trim().TrimEnd('.');
            draft = m.Groups["label"].Value.ToLowerInvariant().Replace("-", " ").Replace("followup", "follow up") switch
            {
                "outcome" => draft with { Outcome = value },
                "counterpart" => draft with { Counterpart = value },
                "summary" or "note" or "notes" => draft with { Summary = value },
                "area" => draft with { Area = value },
                "mandate" => draft with { Mandate = value },
                "chases" => draft with { Chases = value },
                "status" => draft with { Status = value },
                "kind" => draft with { Kind = value },
                "date" => draft with { Date = value },
                "state" or "states" => draft with { States = value },
                _ => draft with { FollowUp = value },
            };
        }
        return draft;
    }

    /// <summary>
    /// "log: meeting with Kenya, 1 Dec 2026, universalization, positive": parts between commas that carry
    /// no label are read as the area or the outcome when they say one, and otherwise kept as the summary.
    /// </summary>
    static ContactDraft UnlabelledFields(string afterStates, ContactDraft draft)
    {
        var leftover = new List<string>();
        // A part inside a labelled value ("summary: asked for it, they said …") is that field's already.
        var labelled = Labelled.Matches(afterStates).Select(m => (Start: m.Index, End: m.Index + m.Length)).ToList();
        foreach (Match piece in Regex.Matches(afterStates, @"[^,;]+", RegexOptions.None, Timeout).Skip(1))
        {
            var part = piece.Value.Trim();
            if (part.Length == 0 || UnlabelledSkip.IsMatch(part) || labelled.Any(l => piece.Index >= l.Start && piece.Index < l.End)) continue;
            if (draft.Area is null && ContactValidator.ReadArea(part) is not null) draft = draft with { Area = part };
            else
            {
                var isOutcome = draft.Outcome is null && ContactValidator.SaysOutcome(part);
                if (isOutcome) draft = draft with { Outcome = part };
                // "they promised to reply by end of January": the outcome and the follow-up both.
                var promised = draft.FollowUp is null ? OutreachNarrative.FollowUpWords(part) : null;
                if (promised is not null) draft = draft with { FollowUp = promised };
                if (!isOutcome) leftover.Add(part);
            }
        }
        if (leftover.Count == 0) return draft;
        var rest = string.Join(", ", leftover);
        return draft with { Summary = draft.Summary is null ? rest : $"{draft.Summary}; {rest}" };
    }

    /// <summary>Parts already read: a labelled field, a day, a topic.</summary>
    static readonly Regex UnlabelledSkip = new($@"^(?:(?:{Labels})\b|(?:on\s+)?(?:{BareDay})\s*$|(?:about|re|regarding|concerning)\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    /// <summary>A thematic area with no day in it ("universalization", "Article 7 reporting"); the reference day only matters to "yesterday" and the like, which are days either way.</summary>
    static bool IsSubjectNotDay(string value) =>
        ContactValidator.ReadArea(value) is not null && DateExpressions.Days(value, new DateOnly(2000, 1, 1)).Count == 0;

    static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
