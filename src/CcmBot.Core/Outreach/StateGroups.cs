using System.Text.RegularExpressions;
using CcmBot.Core.Answers;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Outreach;

public enum StateGroup { OverdueReports, Signatories, NotParty, StatesParties }

/// <summary>
/// "Letter to all overdue States", "démarche to every signatory in Africa": the States a group names on the day
/// of the contact, so one contact can go to all of them (the seeds' "21 letters to States Parties with overdue submissions").
/// </summary>
public static class StateGroups
{
    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    const string Region = @"(?:\s+(?:in|from)\s+(?:the\s+)?(?<region>africa|americas|the\s+americas|asia|europe|middle\s+east|pacific))?";

    static readonly (StateGroup Group, string Pattern)[] Phrases =
    [
        (StateGroup.OverdueReports, @"(?:overdue|late|defaulting|non[\s-]?reporting)\s+(?:states?(?:\s+parties)?|countries|sps)|non[\s-]?reporters|(?:states?(?:\s+parties)?|countries|sps)\s+(?:with\s+(?:an?\s+)?overdue\s+(?:reports?|submissions?)|(?:that\s+(?:are|were)\s+)?overdue(?:\s+with\s+(?:their\s+)?reports?)?|(?:that\s+)?(?:have|had)\s+not\s+reported)"),
        (StateGroup.NotParty, @"states?\s+not\s+(?:yet\s+)?part(?:y|ies)|non[\s-]?(?:states?\s+)?part(?:y|ies)|non[\s-]?signator(?:y|ies)(?:\s+states)?"),
        (StateGroup.Signatories, @"signator(?:y|ies)(?:\s+states)?(?:\s+(?:that\s+have\s+)?not\s+(?:yet\s+)?ratified)?"),
        (StateGroup.StatesParties, @"states?\s+parties|sps"),
    ];

    static readonly Regex Whole = new(@"^\s*(?:(?:to|with)\s+)?(?:all\s+(?:the\s+|our\s+)?|every\s+|each\s+|the\s+)?(?<phrase>" + string.Join("|", Phrases.Select(p => $"(?:{p.Pattern})")) + ")" + Region + @"\s*$", Options, Patterns.Timeout);

    /// <summary>In a sentence: "sent to all overdue States on 2 December", "démarches to every signatory in Asia about ratification".</summary>
    static readonly Regex Within = new(@"\b(?:to|with)\s+(?<all>(?:all|every|each)\s+(?:the\s+|our\s+)?(?:" + string.Join("|", Phrases.Select(p => $"(?:{p.Pattern})")) + ")" + Region + @")\b", Options, Patterns.Timeout);

    /// <summary>The group the States field names as a whole ("all overdue States", "signatories in Africa"), with its region; null for anything else.</summary>
    public static (StateGroup Group, string? Region)? Named(string? states)
    {
        if (string.IsNullOrWhiteSpace(states) || states.Length > 120) return null;
        var m = Safe(() => Whole.Match(states));
        if (m is not { Success: true }) return null;
        var phrase = m.Groups["phrase"].Value;
        var group = Phrases.First(p => Patterns.Get($"(?i)^(?:{p.Pattern})$").IsMatch(phrase)).Group;
        return (group, RegionName(m.Groups["region"].Value));
    }

    /// <summary>The group named in a told sentence, as written ("all overdue States"), or null.</summary>
    public static string? NamedWithin(string text) => Safe(() => Within.Match(text)) is { Success: true } m ? m.Groups["all"].Value : null;

    /// <summary>The States of the group on the day, by name order.</summary>
    public static IReadOnlyList<StateInfo> Members(StateGroup group, string? region, TreatyData data, DateOnly day) =>
        (group switch
        {
            StateGroup.OverdueReports => ReportingAnswers.OverdueOrLastRecordedMissing(data, day).Select(o => o.State),
            StateGroup.Signatories => data.States.Where(s => Membership.At(s, day).Status == MembershipStatus.Signatory),
            StateGroup.NotParty => data.States.Where(s => Membership.At(s, day).Status == MembershipStatus.NotParty),
            _ => data.States.Where(s => Membership.At(s, day).IsStateParty),
        }).Where(s => region is null || s.Region == region).OrderBy(s => s.Name).ToList();

    /// <summary>
    /// A draft whose States field names a group, with the group's States on the contact's day written out (and the group said in
    /// the summary); the draft unchanged when it names no group; a problem when the group is empty or too large for one contact.
    /// </summary>
    public static (ContactDraft Draft, string? Problem) Expand(ContactDraft draft, TreatyData data, DateOnly today)
    {
        if (Named(draft.States) is not { } named) return (draft, null);
        var day = ContactValidator.DayOf(draft.Date, today) ?? today;
        var members = Members(named.Group, named.Region, data, day);
        var what = Describe(named.Group, named.Region);
        if (members.Count == 0) return (draft, $"No {what} on {Dates.Format(day)}, so there is no one to record the contact with. Nothing was saved.");
        if (members.Count > ContactValidator.MaxStates)
            return (draft, $"There were {members.Count} {what} on {Dates.Format(day)}; one contact holds at most {ContactValidator.MaxStates}. Name a region (\"{Regex.Replace(draft.States!.Trim(), @"^(?:(?:to|with)\s+)?(?:all|every|each|the)\s+", "", Options)} in Africa\") or the States. Nothing was saved.");
        var said = $"To all {members.Count} {what} on {Dates.Format(day)}.";
        return (draft with
        {
            States = string.Join(", ", members.Select(s => s.Name)),
            Summary = string.IsNullOrWhiteSpace(draft.Summary) ? said : $"{draft.Summary} ({said})",
        }, null);
    }

    public static string Describe(StateGroup group, string? region) => group switch
    {
        StateGroup.OverdueReports => "States Parties with overdue (or last recorded overdue) reports",
        StateGroup.Signatories => "signatories that had not ratified",
        StateGroup.NotParty => "States not party",
        _ => "States Parties",
    } + (region is null ? "" : $" {Answers.ListAnswers.InRegion(region)}");

    /// <summary>The region as CcmBot names it, read by the same words as in questions.</summary>
    static string? RegionName(string said) => said.Trim().Length == 0 ? null : RuleBasedQuestionParser.RegionIn(TextNormalizer.Normalize(said));

    static Match? Safe(Func<Match> match)
    {
        try
        {
            return match();
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
