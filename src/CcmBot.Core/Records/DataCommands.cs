using System.Globalization;
using System.Text.RegularExpressions;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Records;

/// <summary><see cref="UndoWhich"/>: "undo that" — a data change or a contact, the line does not say; <see cref="UndoThat"/> weighs the asker's latest of each.</summary>
public enum DataAction { None, Record, OpenForm, StateHistory, Changes, ShowChange, Revert, Conflicts, Export, Backup, Import, UndoWhich }

public enum ImportKind { Receipts, Membership }

/// <summary>A data-keeping command read from a chat line.</summary>
public sealed record DataCommand(DataAction Action)
{
    public FactDraft? Draft { get; init; }
    public string? Subject { get; init; }
    public DateWindow? Window { get; init; }
    public int? ChangeId { get; init; }
    public ImportKind? Import { get; init; }
    public bool DryRun { get; init; }
    public string? CsvText { get; init; }
    /// <summary>The line began with a command ("record …", "note that …"): it is meant as a statement even when it cannot be read as one.</summary>
    public bool Explicit { get; init; }

    public static readonly DataCommand None = new(DataAction.None);
}

/// <summary>
/// Reads statements of fact ("Togo submitted its initial report on 3 May 2018", "Nigeria ratified on
/// 28 Feb 2023", "Chile's Article 4 deadline extended to 1 June 2026 by the 11MSP") and the commands
/// that keep data ("history of Togo", "what changed this week", "revert change 12", "import receipts").
/// Questions are left alone: a line that asks ("has Togo submitted…?") is not a statement.
/// </summary>
public static class DataCommands
{
    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    static Regex R(string pattern) => new(pattern, Options, Patterns.Timeout);

    static readonly Regex Interrogative = R(@"^\s*(?:has|have|had|did|does|do|is|are|was|were|which|who|whom|whose|when|what|how|why|where|list|show|tell|give|can|could|should|will|would|may|might|any)\b");
    static readonly Regex CommandPrefix = R(@"^\s*(?:please\s+)?(?:record|log|note|register|enter|add|(?<correct>correct(?:ion)?|fix|amend))\s*(?:that\s+|:\s*)?");

    static readonly Regex FormRequest = R(@"^\s*(?:please\s+)?(?:record|enter|add|update|correct)\s+(?:a\s+|the\s+|some\s+)?(?:data|fact|facts|change|correction|report receipt|receipt|membership change)(?:\s+(?:form|card))?\s*[.!]?\s*$");
    static readonly Regex StateHistory = R(@"^\s*(?:show\s+(?:me\s+)?)?(?:the\s+)?(?:history|audit(?:\s+trail)?|change\s*log|changes|edits|corrections)\s+(?:of|for|to|on)\s+(?!contact\b|outreach\b|record\b)(?<subject>.{2,120}?)\s*[?.!]?\s*$");
    static readonly Regex Changes = R(@"^\s*(?:show\s+(?:me\s+)?(?:the\s+)?|list\s+(?:the\s+)?)?(?:what(?:'s|\s+has|\s+have)?\s+changed|what\s+(?:data\s+)?changes(?:\s+(?:have|has)\s+been\s+made|\s+were\s+made|\s+(?:have|were)\s+(?:recorded|entered))?|(?:(?:any|were\s+there\s+any|have\s+there\s+been\s+any)\s+)?(?:recent\s+|latest\s+|new\s+|data\s+)?changes|what\s+was\s+(?:changed|recorded|corrected)|who\s+(?:has\s+|have\s+)?(?:made|recorded|entered|changed|corrected|edited)\s+(?:the\s+|any\s+)?(?:data\s+)?(?:changes|corrections|edits|data|records))\b(?<rest>.*)$");
    /// <summary>"Who changed Togo's data?", "who edited the record for Chile?": that State's history of changes.</summary>
    static readonly Regex WhoChanged = R(@"^\s*who\s+(?:has\s+)?(?:(?:changed|edited|corrected|updated|touched|modified)\s+|(?:entered|added|input|recorded)\s+(?=(?:the\s+)?(?:data|records?|facts?|entries|details)\s+(?:for|of|on|about)\s))(?:the\s+)?(?:(?:data|record|records|facts?|entry|entries|details)\s+(?:for|of|on|about)\s+)?(?<subject>[^?!.]{2,80}?)(?:['’]s?)?(?:\s+(?:data|record|records|facts?|entry|entries|details))?\s*[?.!]*\s*$");
    /// <summary>"Revert my last change", "undo the last change": the asker's latest change still in effect.</summary>
    static readonly Regex RevertLast = R(@"^\s*(?:please\s+)?(?:revert|undo|roll\s*back|cancel)\s+(?:my\s+|the\s+)?(?:last|latest|previous|most\s+recent)\s+(?:data\s+)?(?:change|correction|record|entry)\s*[.!]?\s*$");
    static readonly Regex UndoThat = R(@"^\s*(?:please\s+)?(?:undo|revert|roll\s*back|take\s+back|reverse)(?:\s+(?:that|it|this|the\s+last\s+one))?(?:\s+please)?\s*[.!]?\s*$");
    static readonly Regex ShowChange = R(@"^\s*(?:show|view|open)\s+change\s*#?(?<id>\d{1,9})\s*[?.!]?\s*$");
    static readonly Regex Revert = R(@"^\s*(?:revert|undo|roll\s*back|cancel)\s+change\s*#?(?<id>\d{1,9})\s*[.!]?\s*$");
    static readonly Regex Conflicts = R(@"^\s*(?:show\s+|list\s+|any\s+)?(?:data\s+)?conflicts(?:\s+with\s+(?:the\s+)?shipped\s+data)?\s*[?.!]?\s*$");
    static readonly Regex Export = R(@"^\s*export\s+(?:the\s+|all\s+)?(?:data|store|database)(?:\s+(?:as|to|in)\s+(?<format>csv|json))?\s*[.!]?\s*$");
    static readonly Regex Backup = R(@"^\s*(?:back\s*up|take\s+a\s+backup(?:\s+of)?|make\s+a\s+backup(?:\s+of)?)(?:\s+(?:the\s+)?(?:store|data|database))?(?:\s+now)?\s*[.!]?\s*$");
    static readonly Regex SubjectWords = R(@"^\s*(?:(?:for|to|of|about|regarding|in|on|at|the|data|recorded|were|was|have|has|been)\b\s*)+");
    static readonly Regex ImportLine = R(@"^\s*import\s+(?<kind>receipts?|report\s+receipts?|reports|membership(?:\s+changes)?)(?<dry>\s+(?:dry[\s-]?run|preview|test|check))?\s*[:.]?\s*(?:\r?\n|$)");

    // Milestones: "NIM-2016 concept note 3.1 completed on 1 December 2016", "mark DAP action 4.1(a) done today",
    // "add milestone to the victim assistance plan: hold a regional workshop, by end June 2027, responsible: VA coordinators".
    const string PlanName = @"(?:DAP|LAP|NIM(?:[-\s](?:\d{4}|LAP))?(?:\s+concept\s+note)?|1RC\s+decision|[\p{L}][\p{L}\d\-]*(?:\s+[\p{L}\d\-]+){0,4}?\s+plan)";
    const string ActionId = @"#?(?<id>\d{1,3}(?:\.\d{1,3}){0,2}(?:\s?\([a-z]\))?)";
    static readonly Regex MilestoneDone = R($@"^\s*(?:please\s+)?(?:(?:record|mark|note)\s+(?:that\s+)?)?(?:the\s+)?(?:(?<keyword>milestone|action)\s+(?<plan>[\p{{L}}][\p{{L}}\d\-]*(?:\s+[\p{{L}}\d\-]+){{0,5}}?)|(?<plan>{PlanName}))\s+(?:action\s+|milestone\s+)?{ActionId}\s+(?:(?:is|was|has\s+been|as)\s+)?(?:completed|complete|done|achieved|met|finished|delivered)\b(?<rest>.*)$");
    static readonly Regex MilestoneAdd = R(@"^\s*(?:please\s+)?(?:add|new|record|create)\s+(?:a\s+)?(?:new\s+)?milestone\s+(?:to|for|in|under)\s+(?:the\s+|my\s+|our\s+)?(?<plan>[^:]{2,60}?)\s*:\s*(?<title>.{3,300}?)\s*[,;]?\s+(?:by|due(?:\s+(?:by|on))?|before|target(?:\s*:)?)\s+(?<target>[^,;]{2,60}?)(?:\s*[,;]\s*responsible\s*[:=]?\s*(?<responsible>.{2,200}?))?\s*[.!]?\s*$");

    /// <summary>"add a milestone: hold a workshop by June 2027 (universalization plan)", "… for the VA plan": the plan said last.</summary>
    static readonly Regex MilestoneAddPlanLast = R(@"^\s*(?:please\s+)?(?:add|record|create)\s+(?:a\s+)?(?:new\s+)?milestone\s*[:\-–—]?\s*(?<title>.{3,300}?)\s*[,;]?\s+(?:by|due(?:\s+(?:by|on))?|before|target(?:\s*:)?)\s+(?<target>[^,;()]{2,60}?)\s*(?:\((?:for\s+|in\s+|under\s+|to\s+)?(?:the\s+|my\s+|our\s+)?(?<plan>[^)]{2,60})\)|[,;]?\s+(?:for|in|under|to)\s+(?:the\s+|my\s+|our\s+)(?<plan>[^,;]{2,60}?\bplan))?(?:\s*[,;]\s*responsible\s*[:=]?\s*(?<responsible>.{2,200}?))?\s*[.!]?\s*$");
    /// <summary>"Add a plan for victim assistance with milestone workshop by June 2027": a coordinator's plan is made by its first milestone.</summary>
    static readonly Regex PlanAdd = R(@"^\s*(?:please\s+)?(?:add|create|start|set\s+up|make|new)\s+(?:a\s+|an\s+|our\s+|my\s+)?(?:new\s+)?(?:action\s+)?plan\s+(?:for|on|called|named|about)\s+(?:the\s+)?(?<plan>[^,:;]{2,60}?)(?:\s*(?:[,:;]\s*|\s+)(?:with\s+)?(?:(?:a|the|first|one)\s+)?milestones?\s*[:\-–—]?\s*(?<title>.{3,300}?)\s*[,;]?\s+(?:by|due(?:\s+(?:by|on))?|before|target(?:\s*:)?)\s+(?<target>[^,;]{2,60}?)(?:\s*[,;]\s*responsible\s*[:=]?\s*(?<responsible>.{2,200}?))?)?\s*[.!]?\s*$");
    /// <summary>Any other line that sets out to add a milestone: read as far as it goes, so the answer says what is missing.</summary>
    static readonly Regex MilestoneAddAny = R(@"^\s*(?:please\s+)?(?:add|create)\s+(?:a\s+)?(?:new\s+)?milestone\b\s*[:\-–—]?\s*(?<title>.*?)\s*[.!]?\s*$");

    // Statement kinds, most specific first.
    static readonly Regex CoverageWords = R(@"\b(?:coverage|(?:reporting|report|receipts?)\s+(?:data\s+)?(?:is\s+|are\s+)?(?:complete|completed|recorded|up\s+to\s+date|current))\b");
    static readonly Regex ReportWord = R(@"\breports?\b");
    static readonly Regex ReceiptVerb = R(@"\b(?:submitted|submits|received|receipt|handed\s+in|delivered|sent|filed|provided|transmitted|arrived|lodged|came\s+in)\b");
    static readonly Regex WithdrawalWords = R(@"\b(?:withdr[ae]w\w*|withdrawal|denounce[sd]?|denunciation)\b");
    static readonly Regex YearDeadline = R(@"\b(?:to|until|till)\s+(?:the\s+end\s+of\s+)?(?<year>(?:19|20)\d{2})\b(?!\s*[-/.]\d)");
    static readonly Regex ExtensionWords = R(@"\b(?:extension|extended|extends)\b");
    static readonly Regex RequestWords = R(@"\b(?:request(?:ed|s)?|asked\s+for|applied\s+for|submitted\s+(?:an?\s+)?extension\s+request)\b");
    static readonly Regex GrantedWords = R(@"\b(?:granted|approved|agreed|accepted|decided)\b");
    static readonly Regex CompletionWords = R(@"\b(?:complet(?:ed|es|ion)|finished|fulfilled)\b");
    static readonly Regex FocalPointWords = R(@"\bfocal\s+point\b");
    static readonly Regex Article9Words = R(@"\b(?:article\s*9|art\.?\s*9|national\s+(?:implementation\s+)?measures|implementing\s+legislation|legislation|\bnim\b)\b");
    static readonly Regex DeclaredWords = R(@"\b(?:declared|declares|reported|found|discovered|identified|holds?|has)\b.*\b(?:stockpiles?|stocks|contaminat\w*|remnants)\b");
    static readonly Regex Instrument = R(@"\b(?<word>ratif\w*|accession|acceded|accedes|accede|joined|acceptance|accepted|approval|approved|signed|signs|signature)\b");

    static readonly Regex ArticleNumber = R(@"\b(?:article|art\.?)\s*(?<n>[34])\b");
    static readonly Regex StockpileWords = R(@"\b(?:stockpiles?|stocks|destruction|destroy\w*)\b");
    static readonly Regex ClearanceWords = R(@"\b(?:clearance|clear(?:ed|ing)?|contaminat\w*|remnants|land\s+release)\b");
    static readonly Regex Meeting = R(@"\b(?:(?:by|at|during|from|of)\s+)?(?:the\s+)?(?<m>(?:\d{1,2}\s*(?:st|nd|rd|th)?\s*msp|\d\s*(?:st|nd|rd|th)?\s*rc|(?:first|second|third)\s+review\s+conference|\d{1,2}(?:st|nd|rd|th)\s+meeting\s+of\s+(?:the\s+)?states\s+parties))\b");
    static readonly Regex Reference = R(@"(?:[,;(]\s*|\s)(?:ref(?:erence)?|doc(?:ument)?|symbol|link|source|see|url)\s*[:=#]\s*(?<ref>[^;)]+?)\s*\)?\s*$|(?<url>https?://\S+)");
    static readonly Regex NewState = R(@"(?<name>\p{Lu}[\p{L}'’\- ]{1,60}?)\s*\(\s*(?<iso>[A-Z]{3})\s*(?:,\s*(?<region>[\p{L} ]{2,40}))?\s*\)");
    /// <summary>Words that make what follows a subject of talks: "about ratification", "to encourage accession".</summary>
    static readonly Regex TopicBefore = R(@"\b(?:about|re|regarding|concerning|on|towards?|for|discuss(?:ed|ing)?|encourag(?:e|ed|ing)|urg(?:e|ed|ing)|promot(?:e|ed|ing)|push(?:ed|ing)?\s+for|consider(?:s|ed|ing)?|plans?\s+(?:for|to)|prospects?\s+(?:of|for))\s+(?:(?:its|their|the|a|an|possible|early|future|swift|eventual|prompt)\s+)*$");
    static readonly Regex InitialWord = R(@"\binitial\b");
    static readonly Regex AnnualWithYear = R(@"(?<y>(?:19|20)\d{2})\s+annual|annual\s+(?:art(?:icle|\.)?\s*7\s+)?(?:transparency\s+)?reports?\s+(?:for|of|covering)\s+(?:calendar\s+year\s+|the\s+year\s+)?(?<y2>(?:19|20)\d{2})|annual\s+(?:transparency\s+)?reports?\s+(?<y3>(?:19|20)\d{2})|(?<y4>(?:19|20)\d{2})\s+(?:transparency\s+)?reports?|\breports?\s+(?:for|of|covering)\s+(?:calendar\s+year\s+|the\s+year\s+)?(?<y5>(?:19|20)\d{2})");
    static readonly Regex AnnualWord = R(@"\bannual\b");

    static readonly (Regex Pattern, string Status)[] Article9Statuses =
    [
        (R(@"assistance\s+requested|request(?:ed|s)?\s+assistance|seek(?:s|ing)?\s+assistance"), "in_process_assistance_requested"),
        (R(@"existing\s+(?:law|laws|legislation)\s+(?:is\s+|are\s+)?(?:deemed\s+|considered\s+|judged\s+)?(?:sufficient|adequate|enough)|no\s+new\s+legislation\s+(?:is\s+)?(?:needed|required|necessary)"), "existing_law_sufficient"),
        (R(@"incomplete\s+information"), "incomplete_information"),
        (R(@"no\s+information"), "no_information"),
        (R(@"in\s+(?:process|progress)|being\s+drafted|drafting|draft\s+(?:law|legislation|bill)|under\s+(?:way|preparation|review)|underway|pending|before\s+parliament"), "in_process"),
        (R(@"specific\s+legislation|adopted\s+(?:(?:a|new|its|national|implementing|domestic|dedicated)\s+){0,2}(?:law|legislation)|(?:law|legislation)\s+(?:was\s+|has\s+been\s+)?(?:adopted|enacted|passed)|enacted|passed\s+(?:(?:a|new|its|national|implementing|domestic|dedicated)\s+){0,2}(?:law|legislation)"), "specific_legislation"),
    ];

    public static DataCommand Parse(string? text, DateOnly today)
    {
        var line = (text ?? "").Trim();
        if (line.Length == 0 || line.Length > 200_000) return DataCommand.None;
        try
        {
            return ParseLine(line, today);
        }
        catch (RegexMatchTimeoutException)
        {
            return DataCommand.None;
        }
    }

    static DataCommand ParseLine(string line, DateOnly today)
    {
        if (ImportLine.Match(line) is { Success: true } import)
        {
            var kind = import.Groups["kind"].Value.StartsWith("member", StringComparison.OrdinalIgnoreCase) ? ImportKind.Membership : ImportKind.Receipts;
            return new(DataAction.Import) { Import = kind, DryRun = import.Groups["dry"].Success, CsvText = line[(import.Index + import.Length)..] };
        }
        if (line.Length > 2_000) return DataCommand.None;
        if (FormRequest.IsMatch(line)) return new(DataAction.OpenForm) { Draft = new FactDraft() };
        if (Revert.Match(line) is { Success: true } revert) return new(DataAction.Revert) { ChangeId = Id(revert) };
        if (RevertLast.IsMatch(line)) return new(DataAction.Revert);
        if (UndoThat.IsMatch(line)) return new(DataAction.UndoWhich);
        if (ShowChange.Match(line) is { Success: true } show) return new(DataAction.ShowChange) { ChangeId = Id(show) };
        if (Conflicts.IsMatch(line)) return new(DataAction.Conflicts);
        if (Export.Match(line) is { Success: true } export) return new(DataAction.Export) { Subject = export.Groups["format"].Success ? export.Groups["format"].Value.ToLowerInvariant() : null };
        if (Backup.IsMatch(line)) return new(DataAction.Backup);
        if (Changes.Match(line) is { Success: true } changes)
        {
            var rest = changes.Groups["rest"].Value;
            var dates = DateExpressions.Find(rest, today);
            // "what changed for Togo" is Togo's history; "what changed this week" a period.
            var subject = SubjectWords.Replace(dates.Rest, "").Trim(' ', '?', '.', '!');
            // "What changed since the 2RC?" names a time no date reader here knows, not a State: a question for the answers.
            if (TimeWord.IsMatch(subject)) return DataCommand.None;
            if (subject.Length > 1) return new(DataAction.StateHistory) { Subject = subject };
            var window = dates.Window ?? (dates.AsOf is { } day ? new DateWindow(day, day, dates.AsOfText ?? "") : null);
            return new(DataAction.Changes) { Window = window, Subject = rest.Trim(' ', '?', '.', '!') };
        }
        if (WhoChanged.Match(line) is { Success: true } who)
            return new(DataAction.StateHistory) { Subject = who.Groups["subject"].Value.Trim() };
        if (StateHistory.Match(line) is { Success: true } history)
        {
            var subject = history.Groups["subject"].Value.Trim();
            var dates = DateExpressions.Find(subject, today);
            if (dates.Window is not null || dates.AsOf is not null && SubjectWords.Replace(dates.Rest, "").Trim().Length == 0)
                return new(DataAction.Changes) { Window = dates.Window ?? new DateWindow(dates.AsOf, dates.AsOf, dates.AsOfText ?? "") };
            return new(DataAction.StateHistory) { Subject = subject };
        }

        if (Milestone(line, today) is { } milestone) return new(DataAction.Record) { Draft = milestone, Explicit = true };
        // "Correct: …" marks a correction but, unlike "record: …", does not claim the line for data: "correct contact 3 outcome: …" is outreach.
        return Statement(line, today) is { } draft ? new(DataAction.Record) { Draft = draft, Explicit = CommandPrefix.Match(line) is { Success: true } p && !p.Groups["correct"].Success } : DataCommand.None;
    }

    static readonly Regex TimeWord = R(@"^(?:since|after|before|during|until|till|over)\b");

    /// <summary>Verbs that tell of something that happened; a line with none of them and no day is a topic.</summary>
    static readonly Regex TellingVerb = R(@"\b(?:submit\w*|receiv\w*|ratif(?:ied|ies)|acced(?:ed|es)|sign(?:ed|s)|deposit\w*|grant\w*|request\w*|asked|applied|complet(?:ed|es)|finish\w*|declar\w*|adopt\w*|enact\w*|passed|designat\w*|appoint\w*|named|withdr\w*|denounc\w*|extend(?:ed|s)|notif\w*|reported|found|discovered|holds?|has|have|had|is|are|was|were|arrived|came|sent|filed|lodged|provided|delivered|joined|cleared|destroyed)\b");

    /// <summary>A statement without a day, a deadline or any verb ("Lebanon extension"): a topic to answer, not a fact to record.</summary>
    public static bool IsTopicOnly(string line, FactDraft draft) =>
        draft.Date is null && draft.Deadline is null && draft.EffectiveDate is null && (!TellingVerb.IsMatch(line) || AskingWord.IsMatch(line));

    /// <summary>"Laos extension request status", "latest on Chile's request?": asking about a topic, though a telling verb appears.</summary>
    static readonly Regex AskingWord = R(@"\b(?:status|latest|news|update|updates|progress|where\s+(?:does|do|is|are)|what\s+about)\b|\?\s*$");

    static int Id(Match m) => int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture);

    /// <summary>A milestone completed or added, as a draft; null when the line is about something else.</summary>
    static FactDraft? Milestone(string line, DateOnly today)
    {
        if (line.TrimEnd().EndsWith('?')) return null;
        if (MilestoneAdd.Match(line) is { Success: true } add)
            return new FactDraft
            {
                Kind = FactKind.MilestoneAdded, Plan = add.Groups["plan"].Value.Trim(), Title = add.Groups["title"].Value.Trim(),
                Deadline = add.Groups["target"].Value.Trim(), Responsible = add.Groups["responsible"].Success ? add.Groups["responsible"].Value.Trim() : null,
            };
        if (MilestoneAddPlanLast.Match(line) is { Success: true } last)
            return new FactDraft
            {
                Kind = FactKind.MilestoneAdded, Plan = last.Groups["plan"].Success ? last.Groups["plan"].Value.Trim() : null, Title = last.Groups["title"].Value.Trim(),
                Deadline = last.Groups["target"].Value.Trim(), Responsible = last.Groups["responsible"].Success ? last.Groups["responsible"].Value.Trim() : null,
            };
        if (PlanAdd.Match(line) is { Success: true } plan)
        {
            var name = plan.Groups["plan"].Value.Trim();
            return new FactDraft
            {
                Kind = FactKind.MilestoneAdded, Plan = name.EndsWith("plan", StringComparison.OrdinalIgnoreCase) ? name : name + " plan",
                Title = plan.Groups["title"].Success ? plan.Groups["title"].Value.Trim() : null, Deadline = plan.Groups["target"].Success ? plan.Groups["target"].Value.Trim() : null,
                Responsible = plan.Groups["responsible"].Success ? plan.Groups["responsible"].Value.Trim() : null,
            };
        }
        if (MilestoneAddAny.Match(line) is { Success: true } any && !line.TrimEnd().EndsWith('?'))
            return new FactDraft { Kind = FactKind.MilestoneAdded, Title = any.Groups["title"].Value.Trim() is { Length: > 0 } t ? t : null };
        if (MilestoneDone.Match(line) is not { Success: true } done) return null;
        var rest = done.Groups["rest"].Value;
        string? reference = null;
        if (Reference.Match(rest) is { Success: true } r)
        {
            reference = (r.Groups["ref"].Success ? r.Groups["ref"].Value : r.Groups["url"].Value).Trim();
            rest = rest.Remove(r.Index, r.Length);
        }
        var day = DateExpressions.Days(rest, today).FirstOrDefault();
        // "Mark NIM 3.1 as done", said with no day and nothing else: done now, so today (the reply says so); "NIM 3.1 was completed" still asks when.
        var doneNow = day is null && Patterns.Get(@"^\s*(?:please\s+)?mark\b").IsMatch(line) && Patterns.Get(@"^[\s.!]*(?:today|now|please)?[\s.!]*$").IsMatch(rest);
        return new FactDraft
        {
            Kind = FactKind.MilestoneCompleted, Plan = done.Groups["plan"].Value.Trim(), Action = done.Groups["id"].Value.Replace(" ", ""),
            Date = day is not null ? Dates.Iso(day.Date) : doneNow ? Dates.Iso(today) : null, Reference = reference, DatedToday = doneNow,
        };
    }

    /// <summary>A statement of fact as a draft, or null when the line is not one (a question, an outreach note, ...).</summary>
    static FactDraft? Statement(string line, DateOnly today)
    {
        if (line.TrimEnd().EndsWith('?') || Interrogative.IsMatch(line)) return null;
        // "log letter to Chile about its annual report, outcome: report received" is outreach, not a receipt.
        if (Outreach.OutreachCommands.LoggedKind(line) is { } contactKind && Outreach.ContactValidator.ReadKind(contactKind) is not null) return null;
        // "we met the Ugandan ambassador yesterday about ratification" tells of a meeting, not of a ratification.
        if (Outreach.OutreachNarrative.Tells(line) || Outreach.OutreachNarrative.TellsReply(line)) return null;
        var prefixed = CommandPrefix.Match(line);
        var body = prefixed.Success ? line[prefixed.Length..] : line;
        var correction = prefixed.Success && prefixed.Groups["correct"].Success;

        string? reference = null;
        if (Reference.Match(body) is { Success: true } r)
        {
            reference = (r.Groups["ref"].Success ? r.Groups["ref"].Value : r.Groups["url"].Value).Trim();
            body = body.Remove(r.Index, r.Length);
        }

        var kind = KindOf(body);
        if (kind is null) return null;
        // "… met Uganda's minister about ratification": the act is what was talked about, not what happened.
        if (kind is FactKind.Ratification or FactKind.Accession or FactKind.Acceptance or FactKind.Approval or FactKind.Signature
            && Instrument.Match(body) is { Success: true } act && TopicBefore.IsMatch(body[..act.Index])) return null;

        string? newName = null, newIso3 = null, newRegion = null;
        if (NewState.Match(body) is { Success: true } ns)
        {
            newName = ns.Groups["name"].Value.Trim();
            newIso3 = ns.Groups["iso"].Value;
            newRegion = ns.Groups["region"].Success ? ns.Groups["region"].Value.Trim() : null;
        }

        // Each day takes its role from the words before it.
        var days = DateExpressions.Days(body, today);
        string? date = null, deadline = null, effective = null;
        foreach (var day in days)
        {
            var before = body[..day.Index].TrimEnd().ToLowerInvariant();
            var iso = Dates.Iso(day.Date);
            if (before.EndsWith("effective") || before.EndsWith("effective from") || before.EndsWith("effective on") || before.EndsWith("taking effect") || before.EndsWith("takes effect") || before.EndsWith("taking effect on") || before.EndsWith("takes effect on"))
                effective ??= iso;
            else if (kind is FactKind.ExtensionGranted or FactKind.ExtensionRequested && deadline is null &&
                     (before.EndsWith(" to") || before.EndsWith("until") || before.EndsWith("deadline") || before.EndsWith("deadline of") || before.EndsWith("deadline is") || before.EndsWith("deadline now") || before.EndsWith("new deadline:") || before.EndsWith("deadline:")))
                deadline = iso;
            else
                date ??= iso;
        }
        // "Requested an extension to 2031 on 3 March 2025": a deadline given as a year only is kept as that year.
        if (kind is FactKind.ExtensionGranted or FactKind.ExtensionRequested && deadline is null && YearDeadline.Match(body) is { Success: true } year)
            deadline = year.Groups["year"].Value;
        if (kind is FactKind.ExtensionGranted or FactKind.ExtensionRequested && deadline is null && date is not null && days.Count == 1
            && !body[..days[0].Index].TrimEnd().EndsWith(" on", StringComparison.OrdinalIgnoreCase))
        {
            // "extended to 1 August 2026" with no grant date: the one day is the new deadline.
            deadline = date;
            date = null;
        }

        var withoutDays = body;
        foreach (var day in days.OrderByDescending(d => d.Index)) withoutDays = withoutDays.Remove(day.Index, day.Length).Insert(day.Index, " ");

        var meeting = Meeting.Match(withoutDays);
        return new FactDraft
        {
            Kind = kind,
            States = withoutDays,
            Date = date,
            Deadline = deadline,
            EffectiveDate = effective,
            Report = kind == FactKind.ReportReceived ? ReportOf(withoutDays) : null,
            Article = ArticleOf(withoutDays, kind.Value),
            GrantedBy = meeting.Success ? NormalizeMeeting(meeting.Groups["m"].Value) : null,
            Article9Status = kind == FactKind.Article9 ? Article9StatusOf(withoutDays) : null,
            Reference = reference,
            Correction = correction,
            NewStateName = newName,
            NewStateIso3 = newIso3,
            NewStateRegion = newRegion,
        };
    }

    static FactKind? KindOf(string body)
    {
        if (CoverageWords.IsMatch(body)) return FactKind.Coverage;
        if (FocalPointWords.IsMatch(body)) return FactKind.FocalPoint;
        if (ExtensionWords.IsMatch(body))
            return RequestWords.IsMatch(body) && !GrantedWords.IsMatch(body) ? FactKind.ExtensionRequested : FactKind.ExtensionGranted;
        if (ReportWord.IsMatch(body) && ReceiptVerb.IsMatch(body)) return FactKind.ReportReceived;
        if (WithdrawalWords.IsMatch(body)) return FactKind.Withdrawal;
        if (CompletionWords.IsMatch(body) && (ArticleNumber.IsMatch(body) || StockpileWords.IsMatch(body) || ClearanceWords.IsMatch(body))) return FactKind.Completed;
        if (Article9Words.IsMatch(body) && Article9Statuses.Any(s => s.Pattern.IsMatch(body))) return FactKind.Article9;
        if (DeclaredWords.IsMatch(body)) return FactKind.ObligationDeclared;
        if (Instrument.Match(body) is { Success: true } instrument)
        {
            var word = instrument.Groups["word"].Value.ToLowerInvariant();
            return word switch
            {
                _ when word.StartsWith("ratif") => FactKind.Ratification,
                "accession" or "acceded" or "accedes" or "accede" or "joined" => FactKind.Accession,
                "acceptance" or "accepted" => FactKind.Acceptance,
                "approval" or "approved" => FactKind.Approval,
                _ => FactKind.Signature,
            };
        }
        return null;
    }

    static string? ReportOf(string text)
    {
        if (InitialWord.IsMatch(text)) return "initial";
        if (AnnualWithYear.Match(text) is { Success: true } annual)
        {
            var year = new[] { "y", "y2", "y3", "y4", "y5" }.Select(g => annual.Groups[g]).First(g => g.Success).Value;
            return $"annual {year}";
        }
        return AnnualWord.IsMatch(text) ? "annual" : null;
    }

    static string? ArticleOf(string text, FactKind kind)
    {
        if (kind is not (FactKind.ExtensionGranted or FactKind.ExtensionRequested or FactKind.Completed or FactKind.ObligationDeclared)) return null;
        if (ArticleNumber.Match(text) is { Success: true } n) return n.Groups["n"].Value;
        if (StockpileWords.IsMatch(text)) return "3";
        if (ClearanceWords.IsMatch(text)) return "4";
        return null;
    }

    static string? Article9StatusOf(string text) => Article9Statuses.FirstOrDefault(s => s.Pattern.IsMatch(text)).Status;

    static readonly string[] Ordinals = ["first", "second", "third"];

    /// <summary>"11th MSP", "the 11 MSP", "Second Review Conference" → "11MSP", "2RC": the ids the meetings list uses.</summary>
    public static string NormalizeMeeting(string text)
    {
        var t = Patterns.Get(@"\s+").Replace(text.ToLowerInvariant(), " ").Trim();
        var number = Patterns.Get(@"\d+").Match(t);
        if (t.Contains("review conference") || t.EndsWith("rc"))
        {
            var n = number.Success ? number.Value : (Array.FindIndex(Ordinals, o => t.StartsWith(o, StringComparison.Ordinal)) + 1).ToString(CultureInfo.InvariantCulture);
            return $"{n}RC";
        }
        return number.Success ? $"{number.Value}MSP" : text.Trim();
    }
}
