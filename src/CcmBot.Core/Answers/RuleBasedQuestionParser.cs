using System.Text.RegularExpressions;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Answers;

public sealed class RuleBasedQuestionParser : IQuestionParser
{
    public const int MaxQuestionLength = 2000;

    public Question Parse(string text, DateOnly today, StateResolver states)
    {
        var raw = (text ?? "").Trim();
        if (raw.Length > MaxQuestionLength) raw = raw[..MaxQuestionLength];
        var dates = DateExpressions.Find(raw, today);
        var normalized = TextNormalizer.Normalize(dates.Rest);
        var matches = states.FindAll(dates.Rest);
        var exact = matches.Where(m => m.Exact).Select(m => m.State).DistinctBy(s => s.Iso3).ToList();
        var fuzzy = matches.Where(m => !m.Exact).ToList();
        // One clear misspelling resolves; several close ones are asked back.
        var fuzzyGroups = fuzzy.GroupBy(m => m.MatchedText).ToList();
        foreach (var group in fuzzyGroups.Where(g => g.Count() == 1))
            if (exact.All(s => s.Iso3 != group.First().State.Iso3)) exact.Add(group.First().State);
        var uncertain = fuzzyGroups.Where(g => g.Count() > 1).SelectMany(g => g).ToList();

        var intent = DetectIntent(normalized, exact.Count + uncertain.Count > 0);
        string? unresolved = null;
        if (intent == Intent.NotUnderstood && ProfileRequest.Match(normalized) is { Success: true } request)
        {
            intent = Intent.StateProfile;
            unresolved = request.Groups["name"].Value.Trim();
        }
        return new Question(intent, raw, dates.AsOf, dates.AsOfText, dates.Window, exact, uncertain, unresolved);
    }

    static Intent DetectIntent(string text, bool namesState)
    {
        if (text.Length == 0) return namesState ? Intent.StateProfile : Intent.Help;
        if (Has(text, @"^(help|menu|commands|\?|hi|hello|start|what can you (do|answer)|what do you know)\b")) return Intent.Help;
        if (Has(text, @"\b(how many|number of|count of|total)\b") && Has(text, @"\b(states? part(y|ies)|parties|members?|signator(y|ies)|sps?|ratifications?)\b"))
            return Intent.MembershipCount;
        if (namesState) return Intent.StateProfile;
        if (Has(text, @"\b(help|examples?)\b")) return Intent.Help;
        return Intent.NotUnderstood;
    }

    /// <summary>"tell me about X" where X is no State we know: answered with suggestions, not "not understood".</summary>
    static readonly Regex ProfileRequest = new(
        @"^(?:(?:please\s+)?(?:tell me about|what do we know about|what about|profile of|profile|status of|info on|information on|details on|details of)\s+(?:the\s+)?(?<name>[a-z][a-z ]{1,60}?)|(?<name>[a-z][a-z ]{1,60}?)\s+(?:status|profile))$",
        RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    static bool Has(string text, string pattern) => Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
}
