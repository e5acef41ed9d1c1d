using System.Text.RegularExpressions;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Outreach;

/// <summary>
/// Outreach told the way people tell it, not as a command: "we met the Ugandan ambassador yesterday
/// about ratification", "Called Indonesia's mission today re universalization". Such a line is never
/// a fact about the State (the ambassador's visit is not a ratification) and is never saved as it
/// stands: it becomes a draft contact for the coordinator to check and save.
/// </summary>
public static class OutreachNarrative
{
    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Who acted, when the line names them: the first person, or a coordinator, the President, the ISU.</summary>
    const string Actor = @"(?:we|i|the\s+(?:co-?)?coordinators?|the\s+president(?:cy)?|the\s+isu|our\s+(?:team|mission|delegation|ambassador|embassy))";

    /// <summary>A time said before the action: "Yesterday, we met …", "This morning I called …".</summary>
    const string LeadingTime = @"(?:(?:today|yesterday|this\s+(?:morning|afternoon|week)|earlier\s+today|last\s+week|on\s+\w+(?:\s+\w+){0,2})\s*,?\s+)";

    /// <summary>The action, which also says the kind of contact where it can.</summary>
    const string Action =
        @"(?<verb>met(?:\s+with)?|meeting\s+with|called|phoned|rang|spoke\s+(?:with|to)|talked\s+(?:with|to)|wrote\s+(?:to|a\s+letter)|" +
        @"sent\s+(?:(?:a|an|the|our|another|two|three|four|five|several|\d{1,2})\s+)?(?:letters?|notes?\s+verbales?|reminders?|e-?mails?|messages?|d[ée]marches?)|e-?mailed|" +
        // Said the other way round, of one contact: "email sent to Tuvalu today", "letter delivered to the Chadian mission"
        // ("emails sent to Chad this month" asks about several, and is a question).
        @"(?:(?:a|an|the|our)\s+)?(?:letter|note\s+verbale|reminder|e-?mail|message|d[ée]marche)\s+(?:was\s+|has\s+been\s+)?(?:sent|delivered|made|handed\s+over)|" +
        @"(?:delivered|made|conducted)\s+(?:a|an|the|our)\s+d[ée]marche|d[ée]marched|" +
        @"had\s+(?:a|an)\s+(?:bilateral\s+(?:meeting\s+)?|(?:phone\s+|video\s+)?call|meeting|exchange)|" +
        @"held\s+(?:a|an)\s+(?:bilateral\s+(?:meeting\s+)?|meeting|call|workshop|seminar)|visited|briefed|approached|reached\s+out\s+to|" +
        // Diplomacy over a meal: "had lunch with the Thai ambassador", "caught up with Kenya's PR".
        @"had\s+(?:a\s+)?(?:working\s+)?(?:lunch|dinner|breakfast|coffee|drinks?)\s+with|caught\s+up\s+with|sat\s+down\s+with)\b";

    /// <summary>How close a demonym or possessive must come to a State's name: "ugandan" scores 0.98, "sudanese" 0.94.</summary>
    const double ClearMatch = 0.93;

    static readonly Regex Start = new($@"^\s*{LeadingTime}?(?:{Actor}\s+)?(?:(?:have|had|just|also|then|finally|again)\s+)*{Action}",
        Options, Patterns.Timeout);

    /// <summary>
    /// Outreach told by its noun, with the day it happened: "démarche to Indonesia on 1 Dec 2026 re universalization",
    /// "phone call with the Ugandan mission this morning". Without a day ("letters to Togo") it reads as a question.
    /// </summary>
    static readonly Regex NounLed = new(
        @"^\s*(?:(?:a|an|the|our|my)\s+)?(?<verb>(?:(?:phone|video|telephone)\s+)?call|(?:bilateral\s+)?meeting|d[ée]marche|letter|e-?mail|note\s+verbale)(?:\s+(?:with|to)\s+\S|\s*,?\s+(?-i:\p{Lu}))",
        Options, Patterns.Timeout);

    static readonly Regex DaySaid = new(
        @"\b(?:today|yesterday|this\s+(?:morning|afternoon|evening)|earlier\s+today|on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|" +
        // A note's bare day: "démarche Mongolia 2 Dec accession".
        @"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b",
        Options, Patterns.Timeout);

    /// <summary>"email from Togo today: they will submit next week", "a letter came in from Chad": a State's answer, told by what brought it.</summary>
    static readonly Regex ReplyByNoun = new(
        @"^\s*(?:(?:today|yesterday|this\s+(?:morning|afternoon|week))\s*,?\s+)?(?:(?:a|an|the)\s+)?(?:e-?mail|letter|note\s+verbale|message|(?:phone\s+)?call|reply|response|answer)\s+(?:came\s+in\s+|arrived\s+|received\s+)?from\s+(?<who>[^,;:.!?]{2,60}?)(?=\s+(?:today|yesterday|this\s+(?:morning|afternoon)|saying|says|said|to\s+say)\b|\s*[,;:.!?]|$)",
        Options, Patterns.Timeout);

    static readonly Regex Topic = new(
        @"\b(?:about|re|regarding|concerning|on\s+the\s+(?:subject|question|topic)\s+of|to\s+(?:discuss|encourage|urge|raise|push\s+for|follow\s+up\s+on)|on(?=\s+(?:its\s+|their\s+|the\s+)?(?:ratification|accession|signature|signing|(?:initial\s+|annual\s+|overdue\s+)*reports?|reporting|transparency|legislation|national\s+(?:implementation|measures)|clearance|stockpiles?|universali[sz]ation|victim|art(?:icle)?\b|extension)))\s*:?\s+(?<topic>[^;.!?]+?)(?=\s*(?:[;.!?]|,\s*(?:they|he|she|who|which|and|but|follow|outcome|next|no|still|awaiting|waiting|pending)\b|\s+(?:and|but)\s+(?:they|he|she)\b|$))",
        Options, Patterns.Timeout);

    /// <summary>"Asking them to ratify", "urging Kenya to submit its initial report": what the State was asked to do is the topic.</summary>
    static readonly Regex AskedToDo = new(
        @"\b(?:ask(?:ed|ing)?|urg(?:ed|ing|e)|encourag(?:ed|ing|e)|invit(?:ed|ing|e)|call(?:ed|ing)?\s+on|press(?:ed|ing)?|request(?:ed|ing)?|remind(?:ed|ing)?)\s+(?:(?:them|it|him|her|the\s+\w+|\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*)*)\s+)?to\s+(?<verb>ratify|accede|join|sign|submit|report|adopt|designate|destroy|clear)\b(?<rest>[^;.,!?()]*)",
        Options, Patterns.Timeout);

    static string? AskedTo(string text)
    {
        if (Safe(() => AskedToDo.Match(text)) is not { Success: true } asked) return null;
        var rest = asked.Groups["rest"].Value.Trim();
        return asked.Groups["verb"].Value.ToLowerInvariant() switch
        {
            "ratify" => "ratification",
            "accede" or "join" => "accession",
            "sign" => "signature",
            var verb => $"{verb} {rest}".Trim(),
        };
    }

    /// <summary>Words that put what follows in the future of the contact: a follow-up, a promised reply.</summary>
    const string PromiseWords = @"follow(?:ing)?[\s-]?up|revert|reply|answer|respond|back\s+to\s+us|get\s+back|chase|promis\w*|committed|will";

    static readonly Regex FollowUpDay = new($@"\b(?:{PromiseWords})\b[^;.]*?$", Options, Patterns.Timeout);

    /// <summary>
    /// A follow-up said as a span rather than a day: "follow up in two weeks", "they promised it by March",
    /// "will revert next month". By/before/until a span is its last day; in/next/on, its first.
    /// </summary>
    static readonly Regex FollowUpSpan = new(
        $@"\b(?:{PromiseWords})\b[^;.]*?\b(?<prep>by|before|until|till|in|within|next|on)\s+(?<when>[^,;.!?]{{2,40}}?)(?=\s*(?:[,;.!?]|\s+(?:and|but)\s|$))",
        Options, Patterns.Timeout);

    /// <summary>What the State answered, told after the contact: "…, they promised it by March", "… but no reply yet".</summary>
    static readonly Regex Answered = new(
        @"(?:[,;:.]|\s(?:and|but))\s*(?<said>(?:(?:they|he|she|it|the\s+(?:ambassador|mission|minister|delegation|embassy|government))\s+(?:have\s+|has\s+)?)?(?:promised|committed|agreed|undertook|will|would|said|declined|refused|won['’]t|cannot|can['’]t|acknowledged|thanked|noted|submitted|sent|no\s+(?:reply|response|answer))\b[^;.!?]*)",
        Options, Patterns.Timeout);

    /// <summary>"log: met the Ghana mission today …", "please record that we called Peru …": outreach told with an explicit wish to log it.</summary>
    static readonly Regex ExplicitLog = new(
        @"^\s*(?:please\s+)?(?:log|record|note(?:\s+down)?|add\s+to\s+(?:the\s+)?(?:outreach\s+)?log)\s*(?::|-|\s+that\b)\s*(?<rest>\S.*)$",
        Options | RegexOptions.Singleline, Patterns.Timeout);

    /// <summary>The outreach told after an explicit "log:"/"record that", or null when the line is not that.</summary>
    public static string? ToLog(string? line)
    {
        if (string.IsNullOrWhiteSpace(line) || line.Length > 2_000) return null;
        return Safe(() => ExplicitLog.Match(line)) is { Success: true } m && Tells(m.Groups["rest"].Value) ? m.Groups["rest"].Value.Trim() : null;
    }

    /// <summary>"Togo replied, they will submit by January", "the Kenyan mission confirmed …": a State answering, told at the start of the line.</summary>
    static readonly Regex ReplyStart = new(
        @"^\s*(?:(?:today|yesterday|this\s+(?:morning|afternoon|week))\s*,?\s+)?(?<who>[^,;:.!?]{2,60}?)\s+(?:has\s+|have\s+|just\s+|finally\s+)*(?:replied|responded|answered|wrote\s+back|got\s+back(?:\s+to\s+us)?|came\s+back(?:\s+to\s+us)?|confirmed|promised|committed|said|says|told\s+us|informed\s+us|agreed|declined|refused)\b",
        Options, Patterns.Timeout);

    /// <summary>
    /// A State's answer to outreach, told as news: the State it names at the start and the words that
    /// say what it answered; null for anything else (a question, a statement with no State first).
    /// </summary>
    public static StateInfo? ReplyFrom(string? line, StateResolver resolver)
    {
        if (string.IsNullOrWhiteSpace(line) || line.Length > 2_000 || line.TrimEnd().EndsWith('?')) return null;
        if (ReplyMatch(line) is not { } reply) return null;
        var who = reply.Groups["who"].Value;
        var named = resolver.FindAll(who).Where(m => m.Exact || m.Score >= ClearMatch).Select(m => m.State)
            .Concat(resolver.FindByAdjective(who)).DistinctBy(s => s.Iso3).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>
    /// How a reply told by its noun came, and the day it came: "email from Togo yesterday: …" is an email of yesterday; a reply told
    /// otherwise ("Togo replied …") a letter of the first past day it names, or today.
    /// </summary>
    public static (ContactKind Kind, DateOnly Day) ReplyCame(string line, DateOnly today)
    {
        var noun = Safe(() => ReplyByNoun.Match(line)) is { Success: true } m ? line[..m.Groups["who"].Index] : "";
        var kind = KindOf(noun) is { } k && Enum.TryParse<ContactKind>(k, out var read) ? read : ContactKind.Letter;
        var day = DateExpressions.Days(line, today).Select(d => d.Date).Where(d => d <= today)
            .Concat((Safe(() => DateExpressions.DayMonthsWithoutYear(line)) ?? []).Select(d => DateExpressions.LatestDayMonth(d.Text, today)).OfType<DateOnly>())
            .DefaultIfEmpty(today).First();
        return (kind, day);
    }

    /// <summary>Whether the line is told as a State's answer to outreach ("Togo replied …", "email from Chad: …"), whoever it names.</summary>
    public static bool TellsReply(string? line) =>
        !string.IsNullOrWhiteSpace(line) && line.Length <= 2_000 && !line.TrimEnd().EndsWith('?') && ReplyMatch(line) is not null;

    /// <summary>The reply told at the start ("Togo replied …") or by what brought it ("email from Togo …"), with the "who" it names.</summary>
    static Match? ReplyMatch(string line) =>
        Safe(() => ReplyStart.Match(line)) is { Success: true } started ? started : Safe(() => ReplyByNoun.Match(line)) is { Success: true } byNoun ? byNoun : null;

    /// <summary>Whether the line tells of outreach done (and so is not a statement of fact about a State).</summary>
    public static bool Tells(string? line) => !string.IsNullOrWhiteSpace(line) && line.Length <= 2_000 && !line.TrimEnd().EndsWith('?')
        && (Safe(() => Start.IsMatch(line)) || Safe(() => NounLed.IsMatch(line)) && Safe(() => DaySaid.IsMatch(line)));

    /// <summary>"Last week", "the other day": a time said without its day.</summary>
    static readonly Regex VaguePast = new(@"\b(?:last\s+(?:week|month)|earlier\s+this\s+(?:week|month)|(?:a\s+few|several|some)\s+days\s+ago|the\s+other\s+day|recently)\b", Options, Patterns.Timeout);

    static readonly Regex WillContracted = new(@"\b(they|he|she|it|we|i)['’]ll\b", Options, Patterns.Timeout);

    /// <summary>
    /// The contact the line tells of, as a draft to confirm; null when it does not tell of outreach or
    /// names no State. States, date (today when none is said), kind and topic are read; the line itself
    /// is kept as the summary, so nothing the coordinator wrote is lost.
    /// </summary>
    public static ContactDraft? Read(string? line, DateOnly today, StateResolver resolver)
    {
        if (!Tells(line)) return null;
        var text = line!.Trim();
        // People write "the Ugandan ambassador", "Indonesia's mission": near matches count when one State clearly wins.
        var states = resolver.FindAll(text)
            .GroupBy(m => m.MatchedText)
            .Select(g => g.OrderByDescending(m => m.Score).ToList())
            .Where(g => g[0].Exact || g[0].Score >= ClearMatch && (g.Count == 1 || g[0].Score - g[1].Score >= 0.02))
            .Select(g => g[0].State)
            .Concat(resolver.FindByAdjective(text))
            .DistinctBy(s => s.Iso3)
            // In the order they were written: "Indonesia, Viet Nam and Thailand" stays so.
            .OrderBy(s => FirstMention(text, s))
            .Select(s => s.Name).ToList();
        // "Letter sent to all overdue States on 2 December": the group, written out later with the States of that day.
        if (states.Count == 0 && StateGroups.NamedWithin(text) is { } group) states = [group];
        if (states.Count == 0) return null;

        var verb = Start.Match(text) is { Success: true } started ? started.Groups["verb"].Value : NounLed.Match(text).Groups["verb"].Value;
        var topic = Safe(() => Topic.Match(text)) is { Success: true } t ? t.Groups["topic"].Value.Trim() : AskedTo(text);

        // "They'll send it next week" promises as "they will" does; the summary keeps the words as written.
        var plain = Safe(() => WillContracted.Replace(text, "$1 will")) ?? text;
        // A day already passed is when it happened; a later one, said with "follow up" or "revert", is the follow-up.
        DateOnly? date = null, followUp = null;
        string? planned = null;
        foreach (var day in DateExpressions.Days(plain, today))
        {
            if (day.Date <= today) date ??= day.Date;
            else if (followUp is null && Safe(() => FollowUpDay.IsMatch(plain[..day.Index]))) followUp = day.Date;
            else planned ??= plain.Substring(day.Index, day.Length);
        }
        // "On 1 Dec", "follow up on 20 January": a day without a year is the latest one come for the contact, the next one for the follow-up.
        foreach (var (dayMonth, index) in Safe(() => DateExpressions.DayMonthsWithoutYear(plain)) ?? [])
        {
            if (Safe(() => FollowUpDay.IsMatch(plain[..index]))) followUp ??= DateExpressions.NextDayMonth(dayMonth, today.AddDays(1));
            else date ??= DateExpressions.LatestDayMonth(dayMonth, today);
        }
        followUp ??= SpanFollowUp(plain, today);
        // "Last week", "the other day": a time but no day; left as said, so the coordinator is asked for the day rather than given today.
        // "Meeting with Kenya tomorrow": only a day to come; left as said too, for the form to say the contact has not happened yet.
        var vague = date is null && Safe(() => VaguePast.Match(plain)) is { Success: true } v ? v.Value : date is null && followUp is null ? planned : null;
        var said = Safe(() => Answered.Match(plain)) is { Success: true } a ? a.Groups["said"].Value.Trim() : null;
        return new ContactDraft
        {
            States = string.Join(" and ", states),
            Date = date is { } on ? Dates.Iso(on) : vague ?? Dates.Iso(today),
            Kind = KindOf(verb),
            Chases = topic,
            Summary = text,
            FollowUp = followUp is { } f ? Dates.Iso(f) : null,
            Outcome = ContactValidator.SaysOutcome(said) ? said : null,
        };
    }

    /// <summary>Where the line first names the State, by its name or the start of it ("Ugandan" for Uganda); the end when it cannot tell.</summary>
    static int FirstMention(string text, StateInfo state)
    {
        var stem = state.Name.Length > 5 ? state.Name[..5] : state.Name;
        var at = text.IndexOf(state.Name, StringComparison.OrdinalIgnoreCase);
        if (at < 0) at = text.IndexOf(stem, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? int.MaxValue : at;
    }

    /// <summary>The day a follow-up span points to, always after today: "by March" in December is next March.</summary>
    static DateOnly? SpanFollowUp(string text, DateOnly today) =>
        Safe(() => FollowUpSpan.Match(text)) is { Success: true } m ? FollowUpWhen(m.Groups["prep"].Value.ToLowerInvariant(), m.Groups["when"].Value.Trim(), today) : null;

    /// <summary>
    /// The words of a promise or a follow-up in a longer line ("they promised to reply by end of January" → "by end of January"),
    /// for a follow-up field that <see cref="FollowUpSaid"/> reads; null when the line promises nothing with a time.
    /// </summary>
    public static string? FollowUpWords(string text) =>
        Safe(() => FollowUpSpan.Match(WillContracted.Replace(text, "$1 will"))) is { Success: true } m ? $"{m.Groups["prep"].Value.ToLowerInvariant()} {m.Groups["when"].Value.Trim()}" : null;

    /// <summary>A follow-up said as a span, after today: "by end of January", "mid-February", "within two weeks", "by March".</summary>
    public static DateOnly? FollowUpSaid(string text, DateOnly today)
    {
        var said = Safe(() => LeadingPreposition.Match(text.Trim()));
        if (said is not { Success: true }) return null;
        return FollowUpWhen(said.Groups["prep"].Success ? said.Groups["prep"].Value.ToLowerInvariant() : "", said.Groups["when"].Value.Trim(), today);
    }

    static readonly Regex HasYear = new(@"\b(?:19|20)\d{2}\b", Options, Patterns.Timeout);

    static readonly Regex LeadingPreposition = new(@"^(?:(?<prep>by|before|until|till|in|within|next|on)\s+)?(?<when>.{2,40})$", Options, Patterns.Timeout);

    static DateOnly? FollowUpWhen(string prep, string when, DateOnly today)
    {
        var expression = prep is "in" or "within" or "next" ? $"{prep} {when}" : when;
        var byEnd = prep is "by" or "before" or "until" or "till" or "within";
        if (DateExpressions.TryReadDay(expression, today, future: true, out var day)) return day > today ? day : null;
        // "By 20 December": a day and month without a year, the next one to come.
        foreach (var year in new[] { today.Year, today.Year + 1 })
            if (DateExpressions.TryRead($"{when} {year}", today, out var dayMonth) && dayMonth.From == dayMonth.To && dayMonth.From > today && !HasYear.IsMatch(when))
                return dayMonth.From;
        var findings = DateExpressions.Find(expression, today);
        DateOnly? found = findings.Window is { From: { } from, To: { } to } ? (byEnd ? to : from) : findings.AsOf;
        if (found is null && Safe(() => MonthSaid.Match(when)) is { Success: true } month
            && DateExpressions.TryRead($"{month.Groups["month"].Value} {today.Year}", today, out var range))
        {
            var (first, last) = range.To <= today ? (range.From.AddYears(1), range.To.AddYears(1)) : range;
            found = month.Groups["end"].Success ? last : month.Groups["mid"].Success ? first.AddDays(14) : month.Groups["early"].Success ? first : byEnd ? last : first;
        }
        return found > today ? found : null;
    }

    /// <summary>A month without its year, as a time to follow up: "March", "the end of January", "mid-February", "early April".</summary>
    static readonly Regex MonthSaid = new(
        @"^(?:the\s+)?(?:(?<end>end|late)\s+(?:of\s+)?|(?<mid>mid-?\s*|middle\s+of\s+)|(?<early>early|beginning\s+of|start\s+of)\s+)?(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$",
        Options, Patterns.Timeout);

    /// <summary>The kind the verb says; null where it does not (spoke, briefed), so the form asks.</summary>
    static string? KindOf(string verb)
    {
        var v = verb.ToLowerInvariant();
        if (v.Contains("marche")) return nameof(ContactKind.Demarche);
        if (v.Contains("letter") || v.Contains("note verbale") || v.Contains("reminder") || v.StartsWith("wrote", StringComparison.Ordinal)) return nameof(ContactKind.Letter);
        if (v.Contains("mail") || v.Contains("message")) return nameof(ContactKind.Email);
        if (v.Contains("workshop") || v.Contains("seminar")) return nameof(ContactKind.Workshop);
        if (v.Contains("call") || v.StartsWith("phoned", StringComparison.Ordinal) || v.StartsWith("rang", StringComparison.Ordinal)) return nameof(ContactKind.Call);
        if (v.StartsWith("met", StringComparison.Ordinal) || v.Contains("meeting") || v.Contains("bilateral") || v.StartsWith("visited", StringComparison.Ordinal)
            || new[] { "lunch", "dinner", "breakfast", "coffee", "drink", "caught up", "sat down" }.Any(v.Contains)) return nameof(ContactKind.BilateralMeeting);
        return null;
    }

    static T Safe<T>(Func<T> match)
    {
        try
        {
            return match();
        }
        catch (RegexMatchTimeoutException)
        {
            return default!;
        }
    }
}
