using System.Text.RegularExpressions;
using CcmBot.Core.Text;

namespace CcmBot.Core.Answers;

/// <summary>
/// "And Peru?", "what about as of 30 June 2017?", "same for Africa": a line that only changes the State, the region or the
/// date of the question asked just before. It is read as that question with the change made ("Chile reporting history",
/// then "and Peru?" is "Peru reporting history"; "compare with Peru" is "Chile and Peru reporting history"); anything more on the
/// line makes it a question of its own.
/// </summary>
public static class FollowUpQuestions
{
    static readonly Regex Lead = new(
        @"^\s*(?:ok(?:ay)?[,.]?\s+|so\s+|now\s+)?(?:and\s+(?:what|how)\s+about|what\s+about|how\s+about|and\s+for|and|same\s+(?:question\s+|thing\s+)?for|also\s+for|now\s+for|what\s+of|then\s+for)\s+(?<rest>.+?)\s*[?.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>"Compare with Colombia", "vs Peru": the same question, for the States before and the one named now.</summary>
    static readonly Regex CompareLead = new(
        @"^\s*(?:ok(?:ay)?[,.]?\s+|and\s+|now\s+)?(?:compare(?:\s+(?:it|that|this|them|him|her))?\s+(?:with|to|against)|versus|vs\.?|against|side\s+by\s+side\s+with)\s+(?<rest>.+?)\s*[?.!]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>Words that may stand beside the State, region or date without making a new question.</summary>
    static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "in", "for", "as", "of", "at", "on", "then", "instead", "too", "also", "please", "and", "now", "same", "there", "region", "by",
    };

    /// <summary>"What about annual reports?" after a question on initial ones: the other kind of report.</summary>
    static readonly Regex ReportKind = new(@"\b(?<kind>initial|annual)(?:\s+(?:transparency\s+)?(?:reports?|ones?))?\b", RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>"And Article 3?" after "Article 4 deadlines before 2027": the other article.</summary>
    static readonly Regex ArticleNamed = new(@"\bart(?:icle)?\s*(?<n>[1-9]|1[0-9]|2[0-2])\b", RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>Whether a later "and Peru?" can follow on from this answer: one that answered a question, not help, a thank-you or a "did not understand".</summary>
    public static bool CanBeFollowedOn(Answer answer) => answer.Model is not (NotUnderstoodModel or HelpModel or MessageModel or ChooseStateModel);

    /// <summary>The question <paramref name="next"/> stands for after <paramref name="previous"/>, or null when it is a question of its own.</summary>
    public static string? Combine(string? previous, string next, StateResolver resolver, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(previous)) return null;
        var compare = CompareLead.Match(next ?? "");
        var lead = compare.Success ? Match.Empty : Lead.Match(next ?? "");
        if (!lead.Success && !compare.Success) return null;
        var rest = (lead.Success ? lead : compare).Groups["rest"].Value;
        var dates = DateExpressions.Find(rest, today);
        var withoutDates = TextNormalizer.Normalize(dates.Rest);
        var states = resolver.FindAll(withoutDates).Where(m => m.Exact).ToList();
        var region = states.Count == 0 ? RuleBasedQuestionParser.RegionIn(withoutDates) : null;
        var hasDate = dates.AsOf is not null || dates.Window is not null;
        var kind = states.Count == 0 ? ReportKind.Match(withoutDates) : Match.Empty;
        var article = states.Count == 0 ? ArticleNamed.Match(withoutDates) : Match.Empty;
        if (states.Count == 0 && region is null && !hasDate && !kind.Success && !article.Success) return null;
        // Only States are compared: "compare with 2017" is not a follow-on.
        if (compare.Success && states.Count == 0) return null;

        // Nothing else on the line: "and Peru's overdue reports?" is a question of its own.
        var left = withoutDates;
        if (kind.Success) left = left.Remove(kind.Index, kind.Length).Insert(kind.Index, " ");
        if (article.Success) left = ArticleNamed.Replace(left, " ");
        foreach (var state in states) left = Replace(left, state.MatchedText, " ");
        if (region is not null) left = RuleBasedQuestionParser.WithoutRegionWords(left);
        if (left.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => !Filler.Contains(w) && !(w.EndsWith('s') && Filler.Contains(w[..^1])))) return null;

        // The words of the question before are compared without case or accents; its dates are kept as written ("30/06/2017").
        var earlierDates = DateExpressions.Find(previous, today);
        var combined = TextNormalizer.Normalize(earlierDates.Rest);
        if (states.Count > 0)
        {
            // The States the question before was read with, a possessive or a typo included ("Chile's" is "chiles").
            var earlier = resolver.FindAll(combined).DistinctBy(m => m.MatchedText).ToList();
            if (earlier.Count == 0) return null;
            var names = string.Join(" and ", (compare.Success ? earlier.Select(e => e.State.Name).Concat(states.Select(s => s.State.Name)) : states.Select(s => s.State.Name)).Distinct());
            combined = Replace(combined, earlier[0].MatchedText, " \u0001 ");
            foreach (var other in earlier.Skip(1)) combined = Replace(combined, other.MatchedText, " ");
            combined = Regex.Replace(combined, @"\s+(and|vs|versus|or)\s+\u0001|\u0001\s+(and|vs|versus|or)\s+(?=\s|$)", " \u0001 ");
            combined = combined.Replace("\u0001", names);
        }
        if (kind.Success)
        {
            // Only in a question about the other kind: "who is overdue?" already covers both.
            var said = kind.Groups["kind"].Value;
            var other = said == "annual" ? "initial" : "annual";
            if (!Regex.IsMatch(combined, $@"\b{other}\b")) return null;
            combined = Replace(combined, other, said);
        }
        if (article.Success)
        {
            if (ArticleNamed.Match(combined) is not { Success: true } earlierArticle) return null;
            combined = combined[..earlierArticle.Index] + $"article {article.Groups["n"].Value}" + combined[(earlierArticle.Index + earlierArticle.Length)..];
        }
        if (region is not null)
        {
            // A region for a question about States: "who is overdue?", then "and in Africa?"; not for one about a State.
            if (resolver.FindAll(combined).Any(m => m.Exact)) return null;
            combined = RuleBasedQuestionParser.RegionIn(combined) is null ? $"{combined} in {region.ToLowerInvariant()}" : RuleBasedQuestionParser.WithoutRegionWords(combined, region);
        }
        // A new period replaces the period before, a new "as of" the day before; the other is kept.
        combined += $" {(dates.Window ?? earlierDates.Window)?.Text}" + ((dates.AsOf is not null ? dates.AsOfText : earlierDates.AsOfText) is { } asOf ? $" as of {asOf}" : "");
        combined = Regex.Replace(combined, @"\s+", " ").Trim();
        return combined.Length == 0 ? null : combined;
    }

    static string Replace(string text, string phrase, string with) =>
        Regex.Replace(text, $@"\b{Regex.Escape(phrase)}\b", with, RegexOptions.CultureInvariant);
}
