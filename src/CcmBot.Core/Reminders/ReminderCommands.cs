using System.Globalization;
using System.Text.RegularExpressions;
using CcmBot.Core.Text;

namespace CcmBot.Core.Reminders;

/// <summary><see cref="Briefing"/>: "what needs my attention?", today's digest asked for in the moment, no subscription needed;
/// <see cref="Note"/>: "remind me tomorrow to call Togo", a one-off note on one day.</summary>
public enum ReminderAction { None, Subscribe, Stop, Resume, Change, Show, SendNow, Briefing, Note, Preview }

/// <summary>A subscription as asked for in chat, before the time zone and the conversation are known.</summary>
public sealed record SubscriptionRequest(Frequency Frequency, IReadOnlySet<DayOfWeek> Days, int DayOfMonth, TimeOnly At, string? TimeZone,
    IReadOnlySet<DayOfWeek> QuietDays, IReadOnlySet<ReminderTopic> Topics, int WithinDays, string? Plan, bool OwnFollowUpsOnly, int? WeekOfMonth = null, int EveryWeeks = 1);

/// <summary>A one-off note as asked for: the day as written ("tomorrow", "15 December"), the time if one was said, and what to be reminded of.</summary>
public sealed record NoteRequest(string When, TimeOnly? At, string What);

/// <summary><see cref="Selector"/>: for stop and resume, which reminders ("the Monday reminder", "reminder 2"); all of them when it selects nothing.</summary>
/// <param name="AsOfText">A briefing for another day: the words that name it ("as of 30 June 2017", "in mid-2016"), read with the clock.</param>
/// <param name="ResumeWhen">"Pause reminders until January": the day, as said, on which to remind the conversation to start them again.</param>
/// <param name="Change">For <see cref="ReminderAction.Change"/>: what to change in the reminder the selector chooses.</param>
public sealed record ReminderCommand(ReminderAction Action, SubscriptionRequest? Request = null, string? Problem = null, NoteRequest? Note = null, ReminderSelector? Selector = null,
    string? AsOfText = null, string? ResumeWhen = null, ReminderChange? Change = null);

/// <summary>
/// "remind me every Monday at 9:00 about overdue reports and NIM milestones", "daily digest for this
/// channel at 8:30 except weekends", "monthly digest on the 1st", "stop reminders", "show my reminders",
/// "send my digest now", "what's in my digest?".
/// </summary>
public static class ReminderCommands
{
    static readonly Regex Subscribe = Compile(@"^\s*(please\s+)?(remind (me|us|the team|the group|the channel|this channel|everyone|all of us)|(set( up)?|create|start|add|schedule|new)( me| us)?( an?| my| our| the)?( daily| weekly| monthly)? (reminder|digest)s?|(daily|weekly|monthly|fortnightly|bi-?weekly|bi-?monthly|quarterly|yearly|annual) (digest|reminders?)|digest (every|daily|weekly|monthly)|subscribe( me| us)?( to)?|(i|we) (want|would like|need)( to (get|receive))?( an?| the| my| our)?( daily| weekly| monthly)? (digest|reminders?)|(send|email|message|notify|alert|ping|tell) (me|us)\b.*\b(every|each|daily|weekly|monthly|weekdays)|(notify|alert|ping|tell|remind|warn) (me|us) (when|whenever|if|as soon as|once)\b.*\b(due|overdue|passes|passed|falls due|comes up|approaches|near|nears|is close))\b");
    /// <summary>"stop the Monday reminder", "cancel reminder 2", "delete the digest about follow-ups": the words around the noun choose which.</summary>
    static readonly Regex StopSelected = Compile(@"^\s*(?:please\s+)?(?:stop|cancel|turn off|unsubscribe from|pause|suspend|mute|silence|disable|delete|remove|end|drop)\s+(?<which>[^,;:]{0,80}?)\s*\b(?<noun>reminders?|digests?|one)\b(?<rest>[^,;:]{0,120})$");
    static readonly Regex ResumeSelected = Compile(@"^\s*(?:please\s+)?(?:resume|restart|unpause|unmute|re-?enable|reactivate|turn (?:back )?on|restore)\s+(?<which>[^,;:]{0,80}?)\s*\b(?<noun>reminders?|digests?|one)\b(?<rest>[^,;:]{0,120})$");
    static readonly Regex Stop = Compile(@"^\s*(stop|cancel|turn off|unsubscribe|no more|pause|suspend|mute|silence|disable)( all)?( my| the| these| our)? (reminders?|digests?)\b|^\s*unsubscribe\s*$");
    static readonly Regex Resume = Compile(@"^\s*(resume|restart|unpause|unmute|re-?enable|turn (back )?on|start again|restore)( all)?( my| the| these| our)? (reminders?|digests?)( again)?\b|^\s*(start|turn on) (my |the |our )?(reminders?|digests?) again\b");
    static readonly Regex PausedUntil = Compile(@"^(?<head>.+?)\s+(?<prep>until|till|til|through|for)\s+(?<when>(?:the\s+)?(?:next\s+|a\s+|one\s+|two\s+|three\s+|\d{1,2}\s+)?\S[^,;:]{0,40}?)\s*[.!]?\s*$");

    /// <summary>
    /// The day to start again, as a note reads it: "January" is its first day; "for two weeks" is "in two weeks". "Until further notice"
    /// is a pause with no day; "for follow-ups" is no pause at all (Said false: it chooses which reminder).
    /// </summary>
    static (bool Said, string? When) ResumeDay(string prep, string when)
    {
        var w = when.ToLowerInvariant();
        if (prep.Equals("for", StringComparison.OrdinalIgnoreCase))
            return Patterns.Get(@"^(?:the\s+next\s+|a\s+|one\s+|two\s+|three\s+|four\s+|\d{1,2}\s+)?(?:days?|weeks?|months?)$").IsMatch(w) ? (true, "in " + Patterns.Get(@"^the\s+next\s+").Replace(w, "")) : (false, null);
        if (Patterns.Get(@"^(?:further\s+notice|i\s+say\s+so|we\s+say\s+so|later|i\s+am\s+back|i'?m\s+back)$").IsMatch(w)) return (true, null);
        return (true, Patterns.Get($@"^(?:early\s+|the\s+start\s+of\s+|the\s+beginning\s+of\s+)?(?<m>{MonthName})$").Match(w) is { Success: true } month ? "1 " + month.Groups["m"].Value : w);
    }

    /// <summary>"change my reminder to 10:00", "move the Monday digest to Fridays", "make reminder 2 weekly": the words before the
    /// noun (and before "to" after it) choose which; the rest says what changes.</summary>
    static readonly Regex Change = Compile(@"^\s*(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?<verb>change|move|edit|update|modify|reschedule|switch|shift|make|set)\s+(?<which>[^,;:]{0,80}?)\s*\b(?:reminders?|digests?|one)\b(?<rest>[^;]{0,200})$");
    static readonly Regex ChangeFromTo = Compile(@"^(?<before>.*?)\bfrom\s+(?<from>.+?)\s+to\s+(?<to>.+)$");
    static readonly Regex ChangeTo = Compile(@"^(?<before>.*?)\b(?:to|into)\b(?<to>.+)$");
    /// <summary>"the time of my digest": words that name a part of the reminder, not which reminder.</summary>
    static readonly Regex PartOfReminder = Compile(@"\b(?:time|times|hour|day|days|schedule|frequency|timing|topics?|settings?|contents?)\s+(?:of|for|on)\b");
    /// <summary>A time in a change may stand alone ("to 10:00"); a bare number needs "at" ("at 10").</summary>
    static readonly Regex ChangeTime = Compile(@"\b(?<h>\d{1,2})(?::|\.|h)(?<m>\d{2})\b\s*(?<ampm>am|pm)?|\b(?<h>\d{1,2})\s*(?<ampm>am|pm)\b|\bat\s+(?<h>\d{1,2})\b(?![:.h]\d)(?!\s*(?:st|nd|rd|th)\b)");
    /// <summary>"a month before", "two weeks ahead", "30 days in advance": how far ahead deadlines and milestones are shown.</summary>
    static readonly Regex LeadTime = Compile(@"\b(?<n>\d{1,3}|a|an|one|two|three|four|five|six)\s+(?<unit>days?|weeks?|months?)(?:'s|’s)?\s+(?:before(?:hand)?|ahead|in\s+advance|notice|early|prior|out)\b");
    static readonly Regex AskedToRecall = Compile(@"^\s*(please\s+)?((can|could|would) you\s+)?remind (me|us|the team|the group|the channel|this channel|everyone|all of us)\s+(what|who|which|when|where|how|whether|if|why)\b");
    static readonly Regex Show = Compile(@"^\s*(show|list|what are)( me)?( my| the| our)? (reminders?|digests?|subscriptions?)\b|^\s*(my |our |the )?(reminders|subscriptions)\s*\??\s*$|^\s*my digests\s*\??\s*$|^\s*(what|which) (reminders?|digests?)( do| have| did)? (i|we) (have|got|set|set up)\b|^\s*(do|have) (i|we) (have|got|set( up)?) (any )?(reminders?|digests?)\b");
    /// <summary>"What's in my digest?", "preview my digest": the conversation's digests shown in the reply, nothing sent or changed.</summary>
    static readonly Regex Preview = Compile(@"^\s*(?:what(?:'?s|\s+is|\s+will\s+be|\s+would\s+be|\s+goes)\s+in\s+(?:my|our|the)\s+(?:next\s+)?(?:digest|reminder)s?|preview(?:\s+of)?(?:\s+(?:my|our|the))?\s+(?:next\s+)?(?:digest|reminder)s?|show\s+(?:me\s+)?(?:my|our|the)\s+(?:digest|reminder)s?\s+here|what\s+(?:will|would)\s+(?:my|our|the)\s+(?:next\s+)?(?:digest|reminder)s?\s+(?:say|show|contain|look\s+like))\b");
    static readonly Regex SendNow = Compile(@"^\s*(send|show|give)( me)?( my| the| a| our)? (digest|reminder)( now)?\b");
    /// <summary>Whole-line only: "what needs my attention?" is a briefing, "what is pending in extension requests?" a question.</summary>
    static readonly Regex Briefing = Compile(@"^\s*(?:(?:what|anything)\s+(?:needs?|requires?|calls\s+for|deserves)\s+(?:my\s+|our\s+)?(?:attention|action|follow[- ]?up)|what(?:'?s|\s+is)\s+(?:new|pending|urgent|on\s+(?:my|our)\s+(?:plate|desk|agenda|list))|(?:any\s+)?(?:news|updates)|anything\s+(?:urgent|pressing|important|new|outstanding|to\s+do|i\s+(?:should|need\s+to)\s+(?:know|do))|what\s+(?:should|do|must)\s+(?:i|we)\s+(?:do|work\s+on|focus\s+on|chase|look\s+at)|(?:who|which\s+(?:states?|countries))\s+(?:should|do|must|need\s+to)\s+(?:i|we)\s+(?:chase|follow\s+up\s+(?:with|on)|contact|call|write\s+to)|anything\s+(?:i|we)\s+(?:forgot|forget|missed|need)\s+to\s+(?:chase|follow\s+up(?:\s+on)?|do)|(?:my\s+|today'?s\s+|the\s+|a\s+)?(?:daily\s+|morning\s+|weekly\s+)?(?:briefing|brief|digest|dashboard|summary|overview|to-?do(?:\s+list)?|tasks|task\s+list|action\s+items)|brief\s+me|(?:what(?:'?s|\s+is|\s+was)\s+)?(?:the\s+)?(?:overall\s+|general\s+)?(?:situation|state\s+of\s+play|big\s+picture))(?:\s+(?:for\s+)?(?:today|now|this\s+week|first|next|me|please|since\s+(?:yesterday|this\s+morning|last\s+week|monday|friday)))?\s*[?.!]*\s*$");
    static readonly Regex BriefingDated = Compile(@"^(?<head>.+?)\s+(?<when>(?:as\s+(?:of|at)|on|at|in|for)\s+[^?!]{3,40}?)\s*[?.!]*\s*$");
    static readonly Regex Time = Compile(@"\bat\s+(?<h>\d{1,2})(?::|\.|h)?(?<m>\d{2})?\s*(?<ampm>am|pm)?\b|\b(?<h>\d{1,2})(?::(?<m>\d{2}))?\s*(?<ampm>am|pm)\b");
    // An IANA name is recognised anywhere in the line ("at 9:00 Europe/Zurich"); anything else only after "in"/"tz"/"time zone".
    static readonly Regex Zone = Compile(@"\b(?<zone>(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/[A-Za-z_\-]+(?:/[A-Za-z_\-]+)?)|\b(?:in|tz|time ?zone)\s+(?<zone>[A-Za-z_]+/[A-Za-z_\-/]+|UTC|GMT)\b");
    static readonly Regex Within = Compile(@"\bwithin\s+(?<n>\d{1,3})\s+days\b|\bnext\s+(?<n>\d{1,3})\s+days\b");
    static readonly Regex ScheduleWord = Compile(@"\b(every|each|daily|weekly|monthly|weekdays|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b");
    /// <summary>"the first Monday of the month", "every last Friday": a weekday of one week of each month.</summary>
    static readonly Regex NthWeekday = Compile(@"\b(?<n>first|1st|second|2nd|third|3rd|fourth|4th|last)\s+(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)s?\b");
    /// <summary>"remind me tomorrow to call Togo", "remind me on 15 December about Chile": one day named, no recurrence — a one-off note.</summary>
    static readonly Regex NoteStart = Compile(@"^\s*(please\s+)?(remind (me|us|the team|the group|the channel|this channel|everyone|all of us)|set (me |us )?a reminder|add a reminder|reminder)\b");
    const string MonthName = @"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?";
    const string WeekdayName = @"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    static readonly Regex NoteDay = Compile(
        $@"\b(?<when>tomorrow|tonight|today|this (?:morning|afternoon|evening)|later today|(?:on\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?{MonthName})(?:,?\s+\d{{4}})?|(?:on\s+)?{MonthName}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?|on\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\b|(?:on\s+)?{WeekdayName}|next\s+(?:{WeekdayName}|week|month)|in\s+(?:\d{{1,3}}|a|an|one|two|three|four|five|six|ten)\s+(?:days?|weeks?|months?)|(?:on\s+)?\d{{4}}-\d{{2}}-\d{{2}}|(?:on\s+)?\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})\b");
    static readonly Regex NoteLead = Compile(@"^\s*(please\s+)?(remind (me|us|the team|the group|the channel|this channel|everyone|all of us)|set (me |us )?a reminder|add a reminder|reminder)\s*(?:,|:)?\s*(?:(?:to|that|about|regarding|re|of|for)\b\s*)?");

    static readonly Regex MonthDay = Compile(@"\bon the\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b|\bday\s+(?<d>\d{1,2})\b");

    static readonly (string Name, DayOfWeek Day)[] DayNames =
    [
        ("monday", DayOfWeek.Monday), ("tuesday", DayOfWeek.Tuesday), ("wednesday", DayOfWeek.Wednesday), ("thursday", DayOfWeek.Thursday),
        ("friday", DayOfWeek.Friday), ("saturday", DayOfWeek.Saturday), ("sunday", DayOfWeek.Sunday),
        ("mon", DayOfWeek.Monday), ("tue", DayOfWeek.Tuesday), ("wed", DayOfWeek.Wednesday), ("thu", DayOfWeek.Thursday), ("fri", DayOfWeek.Friday),
        ("sat", DayOfWeek.Saturday), ("sun", DayOfWeek.Sunday),
    ];

    public static ReminderCommand Parse(string? text)
    {
        var line = (text ?? "").Trim();
        if (line.Length is 0 or > 500) return new(ReminderAction.None);
        try
        {
            // "Remind me what Togo owes", "remind me when the 14MSP is": a question, asked as one would ask a colleague.
            if (AskedToRecall.IsMatch(line)) return new(ReminderAction.None);
            // "Pause reminders until January", "stop the digest for two weeks": stopped now, with the day to pick them up again.
            string? resumeWhen = null;
            if (PausedUntil.Match(line) is { Success: true } paused && (StopSelected.IsMatch(paused.Groups["head"].Value) || Stop.IsMatch(paused.Groups["head"].Value))
                && ResumeDay(paused.Groups["prep"].Value, paused.Groups["when"].Value.Trim()) is { Said: true } pause)
            {
                resumeWhen = pause.When;
                line = paused.Groups["head"].Value;
            }
            if (StopSelected.Match(line) is { Success: true } stop && Chosen(stop) is { } toStop)
                return new(ReminderAction.Stop, Selector: toStop, ResumeWhen: resumeWhen);
            if (Stop.IsMatch(line)) return new(ReminderAction.Stop, ResumeWhen: resumeWhen);
            if (ResumeSelected.Match(line) is { Success: true } resume && Chosen(resume) is { } toResume)
                return new(ReminderAction.Resume, Selector: toResume);
            if (Resume.IsMatch(line)) return new(ReminderAction.Resume);
            if (Change.Match(line) is { Success: true } change && ParseChange(change) is { } changeCommand) return changeCommand;
            if (Preview.IsMatch(line)) return new(ReminderAction.Preview);
            if (Show.IsMatch(line)) return new(ReminderAction.Show);
            // "send me the digest every Monday" sets one up; "send me the digest" sends it now.
            if (SendNow.IsMatch(line) && !ScheduleWord.IsMatch(line)) return new(ReminderAction.SendNow);
            if (Briefing.IsMatch(line)) return new(ReminderAction.Briefing);
            // "What needs my attention as of 30 June 2017?", "overview in mid-2016": the same briefing for that day.
            if (BriefingDated.Match(line) is { Success: true } dated && Briefing.IsMatch(dated.Groups["head"].Value) && NamesOnlyADate(dated.Groups["when"].Value))
                return new(ReminderAction.Briefing, AsOfText: dated.Groups["when"].Value);
            if (!ScheduleWord.IsMatch(line) && NoteStart.IsMatch(line) && NoteDay.Match(line) is { Success: true } day) return ParseNote(line, day);
            if (!Subscribe.IsMatch(line)) return new(ReminderAction.None);
            return ParseSubscription(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return new(ReminderAction.None);
        }
    }

    /// <summary>The reminders a stop or resume names. "The Monday one" must name something: "stop that one" is not about reminders at all.</summary>
    static ReminderSelector? Chosen(Match command)
    {
        var selector = ReminderSelector.Parse(command.Groups["which"].Value + " " + command.Groups["rest"].Value);
        return command.Groups["noun"].Value.Equals("one", StringComparison.OrdinalIgnoreCase) && !selector.Any ? null : selector;
    }

    /// <summary>"as of 30 June 2017", "in mid-2016", but not "in Lao PDR": the words are a date and nothing else (the day itself is read later, with the clock).</summary>
    static bool NamesOnlyADate(string words)
    {
        var found = Text.DateExpressions.Find(words, new DateOnly(2026, 1, 1));
        return (found.AsOf is not null || found.Window is not null) && Compile(@"^[\s\W]*(?:(?:as|of|at|on|in|for|the)\s*)*[\s\W]*$").IsMatch(found.Rest);
    }

    /// <summary>The day and time come out of the line; what is left after "remind me (to)" is the note, as written.</summary>
    static ReminderCommand ParseNote(string line, Match day)
    {
        var rest = line.Remove(day.Index, day.Length);
        TimeOnly? at = null;
        if (Time.Match(rest) is { Success: true } time)
        {
            (at, var problem) = TimeOf(time);
            if (problem is not null) return new(ReminderAction.Note, Problem: problem);
            rest = rest.Remove(time.Index, time.Length);
        }
        var what = Patterns.Get(@"\s+").Replace(NoteLead.Replace(rest, "", 1), " ").Trim(' ', ',', ';', ':', '.', '!', '-');
        what = Patterns.Get(@"^(?i:to|that|about|regarding|re|of|for)\s+").Replace(what, "").Trim();
        if (what.Length == 0) return new(ReminderAction.Note, Problem: "Say what to remind you of, e.g. \"remind me tomorrow to call Togo\".");
        if (what.Length > 300) return new(ReminderAction.Note, Problem: $"That note is {what.Length} characters; keep it under 300.");
        var when = Patterns.Get(@"^(?i:on)\s+").Replace(day.Groups["when"].Value, "").Trim();
        return new(ReminderAction.Note, Note: new NoteRequest(when, at, what));
    }

    /// <summary>Repeats CcmBot's schedules do not have: "every two weeks", "fortnightly", "every 3 days", "the first working day of the month".</summary>
    /// <summary>"Every other Monday", "every two weeks", "fortnightly", "every 3 weeks": a weekly schedule that skips weeks.</summary>
    static readonly Regex EveryNWeeks = Compile(@"\bevery\s+(?:(?<n>other|second|2nd|two|2|third|3rd|three|3|fourth|4th|four|4)\s+weeks?|(?<other>other)\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b|\b(?<fortnight>fortnight(?:ly)?|bi-?weekly)\b");

    static readonly Regex UnsupportedRepeat = Compile(@"\bevery\s+(?:other|second|2nd|third|3rd|two|three|four|five|six|[2-9]|\d{2,})\s+(?:days?|months?)\b|\bevery\s+(?:five|six|seven|eight|nine|ten|[5-9]|\d{2,})\s+weeks?\b|\bevery\s+other\s+(?:day|month)\b|\bbi-?monthly\b|\b(?:first|last)\s+(?:working|business|work)\s+day\b|\bquarterly\b|\bevery\s+quarter\b|\byearly\b|\bannually\b|\bannual\s+(?:digest|reminders?)\b|\bevery\s+year\b");

    /// <summary>"Geneva time", "in New York": a city for a time zone, where its IANA name is not written.</summary>
    static readonly Regex CityTime = Compile(@"\b(?:in\s+)?(?<city>[a-z]+(?:\s+[a-z]+)?)\s+time\b|\b(?:in|for)\s+(?<city>geneva|new york|washington|the hague|vienna|brussels|london|paris|berlin|oslo|nairobi|addis ababa|bangkok|vientiane|tokyo|canberra|ottawa|santiago|lima|mexico city|dubrovnik|lausanne)\b");

    static readonly Dictionary<string, string> CityZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["geneva"] = "Europe/Zurich", ["washington"] = "America/New_York", ["the hague"] = "Europe/Amsterdam", ["dubrovnik"] = "Europe/Zagreb",
        ["lausanne"] = "Europe/Zurich", ["canberra"] = "Australia/Sydney", ["ottawa"] = "America/Toronto",
    };

    /// <summary>The IANA zone a city's name gives: a few capitals by name, otherwise the zone whose id ends in that city ("New York" → America/New_York).</summary>
    internal static string? CityZone(string line)
    {
        if (CityTime.Match(line) is not { Success: true } m) return null;
        var city = m.Groups["city"].Value.Trim();
        foreach (var candidate in new[] { city, city.Split(' ')[^1] })
        {
            if (CityZones.TryGetValue(candidate, out var known)) return known;
            var suffix = "/" + candidate.Replace(' ', '_');
            var match = TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).FirstOrDefault(id => id.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
            if (match is not null) return match;
        }
        return null;
    }

    static ReminderCommand ParseSubscription(string line)
    {
        var t = line.ToLowerInvariant();
        if (UnsupportedRepeat.Match(t) is { Success: true } repeat)
            return new(ReminderAction.Subscribe, Problem: $"Reminders repeat every day, on chosen weekdays (every week, or every 2 to 4 weeks), or once a month; \"{repeat.Value.Trim()}\" is not one of those. " +
                "Say, for example, \"every Monday\", \"every other Friday\", \"weekdays at 8\", \"on the 1st of each month\" or \"the first Monday of the month\".");
        var everyWeeks = EveryNWeeks.Match(t) is { Success: true } skip ? WeeksApart(skip) : 1;
        var (beforeExcept, afterExcept) = SplitOn(t, "except");
        var quiet = afterExcept is null ? new HashSet<DayOfWeek>() : DaysIn(afterExcept);
        if (afterExcept is not null && Regex.IsMatch(afterExcept, @"\bweekends?\b")) { quiet.Add(DayOfWeek.Saturday); quiet.Add(DayOfWeek.Sunday); }

        var days = DaysIn(beforeExcept);
        Frequency frequency;
        int? weekOfMonth = null;
        if (NthWeekday.Match(beforeExcept) is { Success: true } nth)
        {
            frequency = Frequency.Monthly;
            weekOfMonth = WeekOfMonth(nth);
            days = DaysIn(nth.Groups["day"].Value);
        }
        else if (Regex.IsMatch(beforeExcept, @"\b(monthly|every month|each month)\b")) frequency = Frequency.Monthly;
        else if (days.Count > 0 || everyWeeks > 1 || Regex.IsMatch(beforeExcept, @"\bweekly|every week\b")) frequency = Frequency.Weekly;
        else frequency = Frequency.Daily;
        if (frequency == Frequency.Weekly && days.Count == 0) days.Add(DayOfWeek.Monday);
        if (Regex.IsMatch(beforeExcept, @"\b(weekdays|working days|every weekday)\b")) { frequency = Frequency.Daily; quiet.Add(DayOfWeek.Saturday); quiet.Add(DayOfWeek.Sunday); }

        var dayOfMonth = 1;
        if (MonthDay.Match(t) is { Success: true } md) dayOfMonth = int.Parse(md.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (dayOfMonth is < 1 or > 31) return new(ReminderAction.Subscribe, Problem: $"Day {dayOfMonth} of the month does not exist; say a day from 1 to 31.");

        var at = new TimeOnly(9, 0);
        if (Time.Match(t) is { Success: true } time)
        {
            var (said, problem) = TimeOf(time);
            if (problem is not null) return new(ReminderAction.Subscribe, Problem: problem);
            at = said!.Value;
        }
        var zone = Zone.Match(line) is { Success: true } z ? z.Groups["zone"].Value : CityZone(t);

        var topics = TopicsIn(t);
        if (topics.Count == 0) topics.UnionWith(Enum.GetValues<ReminderTopic>());
        var plan = PlanIn(t);
        var within = WithinDaysIn(t) ?? 90;
        var own = Regex.IsMatch(t, @"\bmy (own )?follow[- ]?ups?\b");

        return new(ReminderAction.Subscribe, new SubscriptionRequest(frequency, days, dayOfMonth, at, zone, quiet, topics, Math.Clamp(within, 1, 365), plan, own, weekOfMonth,
            frequency == Frequency.Weekly ? everyWeeks : 1));
    }

    /// <summary>A time of day as matched ("at 4pm", "9:30"); a problem when it is none ("25:00").</summary>
    static (TimeOnly? At, string? Problem) TimeOf(Match time)
    {
        var hour = int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = time.Groups["m"].Success ? int.Parse(time.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var ampm = time.Groups["ampm"].Value.ToLowerInvariant();
        if (ampm == "pm" && hour < 12) hour += 12;
        if (ampm == "am" && hour == 12) hour = 0;
        return hour > 23 || minute > 59 ? (null, $"{time.Value.Trim()} is not a time of day; say it like \"at 9:00\" or \"at 4pm\".") : (new TimeOnly(hour, minute), null);
    }

    /// <summary>The plan whose milestones a reminder is about: "NIM milestones", "the Dubrovnik plan".</summary>
    static string? PlanIn(string t) =>
        Regex.IsMatch(t, @"\bnim\b|national implementation") ? "NIM" : Regex.IsMatch(t, @"\bdap\b|dubrovnik") ? "DAP" : Regex.IsMatch(t, @"\blap\b|lausanne") ? "LAP" : null;

    /// <summary>"The first Monday" 1 … "the last Friday" -1.</summary>
    static int WeekOfMonth(Match nth) => nth.Groups["n"].Value switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, "fourth" or "4th" => 4, _ => -1 };

    /// <summary>"Every other Monday", "fortnightly" 2; "every third week" 3; "every four weeks" 4.</summary>
    static int WeeksApart(Match skip) =>
        skip.Groups["n"].Success ? skip.Groups["n"].Value switch { "third" or "3rd" or "three" or "3" => 3, "fourth" or "4th" or "four" or "4" => 4, _ => 2 } : 2;

    /// <summary>"within 30 days", "next 60 days", "a month ahead": null when no span is said.</summary>
    static int? WithinDaysIn(string t)
    {
        if (Within.Match(t) is { Success: true } w) return int.Parse(w.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (LeadTime.Match(t) is not { Success: true } lead) return null;
        var n = lead.Groups["n"].Value switch
        {
            "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6,
            var digits => int.Parse(digits, CultureInfo.InvariantCulture),
        };
        return n * (lead.Groups["unit"].Value.StartsWith("week", StringComparison.Ordinal) ? 7 : lead.Groups["unit"].Value.StartsWith("month", StringComparison.Ordinal) ? 30 : 1);
    }

    /// <summary>
    /// "Move the Monday digest to Fridays at 10": the reminder is chosen by the words before the noun and, after it, before
    /// "to" ("reminder 2 to Tuesdays") or after "from" ("from Monday to Wednesday"); what follows says what changes.
    /// Null when the line is not a change after all ("make a reminder for Monday" sets one up).
    /// </summary>
    static ReminderCommand? ParseChange(Match change)
    {
        var which = change.Groups["which"].Value;
        var rest = change.Groups["rest"].Value;
        // "Set a reminder every Friday", "make a new digest": a new one. "Make my digest weekly", "make reminder 2 daily": a change.
        if (change.Groups["verb"].Value.ToLowerInvariant() is "make" or "set" && !Patterns.Get(@"^(?i:my|our|the|this|that|these|those)\b").IsMatch(which.Trim())
            && !(which.Trim().Length == 0 && Patterns.Get(@"^\s*(?:#|no\.?\s*|number\s+)?\d{1,3}\b").IsMatch(rest))) return null;
        string chooses, says;
        if (ChangeFromTo.Match(rest) is { Success: true } fromTo) (chooses, says) = ($"{which} {fromTo.Groups["before"].Value} {fromTo.Groups["from"].Value}", fromTo.Groups["to"].Value);
        else if (ChangeTo.Match(rest) is { Success: true } to) (chooses, says) = ($"{which} {to.Groups["before"].Value}", to.Groups["to"].Value);
        else if (Patterns.Get(@"^\s*(?:#|no\.?\s*|number\s+)?(?<n>\d{1,3})\b(?<says>.*)$").Match(rest) is { Success: true } numbered) (chooses, says) = ($"{which} {numbered.Groups["n"].Value}", numbered.Groups["says"].Value);
        else (chooses, says) = (which, rest);
        var selector = ReminderSelector.Parse(PartOfReminder.Replace(chooses, " "));
        var (read, problem) = ReadChange(says.ToLowerInvariant(), says);
        return new(ReminderAction.Change, Selector: selector, Change: read, Problem: problem);
    }

    static (ReminderChange? Change, string? Problem) ReadChange(string t, string original)
    {
        if (UnsupportedRepeat.Match(t) is { Success: true } repeat)
            return (null, $"Reminders repeat every day, on chosen weekdays (every week, or every 2 to 4 weeks), or once a month; \"{repeat.Value.Trim()}\" is not one of those.");
        var (beforeExcept, afterExcept) = SplitOn(t, "except");
        HashSet<DayOfWeek>? quiet = afterExcept is null ? null : DaysIn(afterExcept);
        if (afterExcept is not null && Regex.IsMatch(afterExcept, @"\bweekends?\b")) { quiet!.Add(DayOfWeek.Saturday); quiet.Add(DayOfWeek.Sunday); }
        var days = DaysIn(beforeExcept);
        Frequency? frequency = null;
        int? weekOfMonth = null, dayOfMonth = null, everyWeeks = null;
        if (NthWeekday.Match(beforeExcept) is { Success: true } nth)
        {
            frequency = Frequency.Monthly;
            weekOfMonth = WeekOfMonth(nth);
            days = DaysIn(nth.Groups["day"].Value);
        }
        else if (MonthDay.Match(beforeExcept) is { Success: true } md)
        {
            dayOfMonth = int.Parse(md.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (dayOfMonth is < 1 or > 31) return (null, $"Day {dayOfMonth} of the month does not exist; say a day from 1 to 31.");
            frequency = Frequency.Monthly;
        }
        else if (Regex.IsMatch(beforeExcept, @"\b(monthly|every month|each month)\b")) frequency = Frequency.Monthly;
        if (EveryNWeeks.Match(beforeExcept) is { Success: true } skip)
        {
            everyWeeks = WeeksApart(skip);
            frequency = Frequency.Weekly;
        }
        else if (frequency is null && Regex.IsMatch(beforeExcept, @"\b(weekly|every week|each week)\b")) (frequency, everyWeeks) = (Frequency.Weekly, 1);
        if (Regex.IsMatch(beforeExcept, @"\b(weekdays|working days|every weekday)\b"))
        {
            frequency = Frequency.Daily;
            quiet ??= [];
            quiet.Add(DayOfWeek.Saturday);
            quiet.Add(DayOfWeek.Sunday);
            days.ExceptWith([DayOfWeek.Saturday, DayOfWeek.Sunday]);
        }
        else if (frequency is null && Regex.IsMatch(beforeExcept, @"\b(daily|every day|each day)\b")) frequency = Frequency.Daily;
        if (frequency == Frequency.Daily) days.Clear();

        TimeOnly? at = null;
        if (ChangeTime.Match(t) is { Success: true } time)
        {
            (at, var problem) = TimeOf(time);
            if (problem is not null) return (null, problem);
        }
        var zone = Zone.Match(original) is { Success: true } z ? z.Groups["zone"].Value : CityZone(t);
        var plan = PlanIn(t);
        var change = new ReminderChange(frequency, days, dayOfMonth, weekOfMonth, everyWeeks, at, zone, quiet, TopicsIn(t), WithinDaysIn(t), plan);
        return change.Any ? (change, null) : (null, "Say what to change: the days, the time or the topics, e.g. \"move my digest to Fridays at 10:00\" or \"change reminder 2 to follow-ups only\".");
    }

    static readonly (ReminderTopic Topic, string Pattern)[] TopicWords =
    [
        (ReminderTopic.OverdueReports, @"\b(overdue )?reports?\b|\breporting\b|\bart(icle)?\.? ?7\b"),
        (ReminderTopic.TreatyDeadlines, @"\b(treaty )?deadlines?\b|\bart(icle)?\.? ?[34]\b|\bstockpiles?\b|\bclearance\b"),
        (ReminderTopic.Milestones, @"\b(action[- ]plan )?milestones?\b|\baction plans?\b|\bnim plan\b"),
        (ReminderTopic.FollowUps, @"\bfollow[- ]?ups?\b"),
    ];

    internal static HashSet<ReminderTopic> TopicsIn(string text) =>
        TopicWords.Where(w => Regex.IsMatch(text, w.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout)).Select(w => w.Topic).ToHashSet();

    /// <summary>The text with day names, frequencies and topic words taken out.</summary>
    internal static string WithoutScheduleAndTopicWords(string text)
    {
        foreach (var (name, _) in DayNames) text = Regex.Replace(text, $@"\b{name}s?\b", " ", RegexOptions.IgnoreCase, Patterns.Timeout);
        foreach (var (_, pattern) in TopicWords) text = Regex.Replace(text, pattern, " ", RegexOptions.IgnoreCase, Patterns.Timeout);
        return Regex.Replace(text, @"\b(daily|weekly|monthly|every day)\b", " ", RegexOptions.IgnoreCase, Patterns.Timeout);
    }

    internal static HashSet<DayOfWeek> DaysIn(string text)
    {
        var days = new HashSet<DayOfWeek>();
        foreach (var (name, day) in DayNames)
            if (Regex.IsMatch(text, $@"\b{name}s?\b")) days.Add(day);
        return days;
    }

    static (string Before, string? After) SplitOn(string text, string word)
    {
        var i = Regex.Match(text, $@"\b{word}\b");
        return i.Success ? (text[..i.Index], text[(i.Index + i.Length)..]) : (text, null);
    }

    static Regex Compile(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);
}
