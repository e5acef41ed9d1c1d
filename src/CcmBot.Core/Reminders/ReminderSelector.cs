using System.Globalization;
using System.Text.RegularExpressions;
using CcmBot.Core.Text;

namespace CcmBot.Core.Reminders;

/// <summary>
/// Which of a conversation's reminders a line means: "the Monday reminder", "reminder 2", "the follow-ups digest",
/// "the note about Togo". Every criterion said must hold; <see cref="Any"/> is false when nothing narrows the choice.
/// </summary>
public sealed record ReminderSelector(int? Number, IReadOnlySet<DayOfWeek> Days, Frequency? Frequency, IReadOnlySet<ReminderTopic> Topics, bool NotesOnly, IReadOnlyList<string> NoteWords)
{
    public static readonly ReminderSelector All = new(null, new HashSet<DayOfWeek>(), null, new HashSet<ReminderTopic>(), false, []);

    public bool Any => Number is not null || Days.Count > 0 || Frequency is not null || Topics.Count > 0 || NotesOnly || NoteWords.Count > 0;

    /// <summary><paramref name="position"/>: the reminder's place (from 1) in the conversation's list as shown.</summary>
    public bool Matches(Subscription subscription, int position)
    {
        if (Number is { } n) return n == position;
        if (Days.Count > 0 && !Days.Overlaps(DaysOf(subscription.Schedule))) return false;
        if (Frequency is { } f && subscription.Schedule.Frequency != f) return false;
        if (NotesOnly && subscription.Note is null) return false;
        if (Topics.Count > 0 && (subscription.Note is not null || !Topics.Overlaps(subscription.Topics))) return false;
        if (NoteWords.Count > 0 && (subscription.Note is not { } note || !NoteWords.All(w => note.Contains(w, StringComparison.OrdinalIgnoreCase)))) return false;
        return true;
    }

    /// <summary>The weekdays a schedule is named by: "the Monday reminder" is the one set for Mondays, not a daily one.</summary>
    static IEnumerable<DayOfWeek> DaysOf(Schedule schedule) => schedule.Frequency switch
    {
        Reminders.Frequency.Once when schedule.OnDate is { } day => [day.DayOfWeek],
        Reminders.Frequency.Daily => [],
        _ => schedule.Days,
    };

    static readonly Regex NumberSaid = Compile(@"(?:^|\s)(?:#|no\.?\s*|number\s+)?(?<n>\d{1,3})(?:\s|$)|\b(?<ordinal>first|second|third|fourth|fifth)\b");
    static readonly Regex NotesSaid = Compile(@"\bnotes?\b|\bone-?off\b");
    /// <summary>Words that choose nothing: "stop all my reminders in this channel for now, please".</summary>
    static readonly Regex Filler = Compile(@"\b(?:the|a|an|my|our|your|this|that|these|those|one|ones|all|both|every|each|any|reminders?|digests?|notes?|about|for|on|to|of|re|regarding|with|from|at|in|please|now|set|up|i|we|me|us|you|it|them|called|named|which|is|are|was|again|anymore|any ?more|more|here|channel|chat|conversation|team|group|thread|until|further|notice|today|tonight|sending|send|sent|getting|get|going|forward|altogether|completely|entirely|permanently|good|indefinitely|too|also|just|only|do|not|don't|dont|want|need|thanks|thank|ok|okay|pls|plz)\b");

    /// <summary>The words around "reminder" in "stop the Monday reminder", "cancel reminder 2", "stop the note about Togo".</summary>
    public static ReminderSelector Parse(string words)
    {
        var t = words.ToLowerInvariant().Trim(' ', '.', '!', '?', ':', ',');
        if (t.Length == 0 || t is "all" or "everything") return All;
        if (NumberSaid.Match(t) is { Success: true } number)
        {
            var n = number.Groups["n"].Success ? int.Parse(number.Groups["n"].Value, CultureInfo.InvariantCulture)
                : Array.IndexOf(["first", "second", "third", "fourth", "fifth"], number.Groups["ordinal"].Value) + 1;
            // "the first Monday" is a schedule, not a position.
            if (number.Groups["n"].Success || !ReminderCommands.DaysIn(t).Any()) return All with { Number = n };
        }
        var days = ReminderCommands.DaysIn(t);
        Frequency? frequency = Regex.IsMatch(t, @"\bdaily\b|\bevery day\b") ? Reminders.Frequency.Daily
            : Regex.IsMatch(t, @"\bweekly\b") ? Reminders.Frequency.Weekly
            : Regex.IsMatch(t, @"\bmonthly\b") ? Reminders.Frequency.Monthly
            : null;
        var topics = ReminderCommands.TopicsIn(t);
        var notesOnly = NotesSaid.IsMatch(t);
        // What remains after days, frequencies and topics are taken out names a note's words ("the reminder about Togo").
        var rest = ReminderCommands.WithoutScheduleAndTopicWords(t);
        var noteWords = topics.Count > 0 ? [] : Filler.Replace(rest, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1).ToList();
        return new(null, days, frequency, topics, notesOnly, noteWords);
    }

    static Regex Compile(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);
}
