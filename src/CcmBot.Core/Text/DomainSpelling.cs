using System.Text.RegularExpressions;
using F23.StringSimilarity;

namespace CcmBot.Core.Text;

/// <summary>
/// Misspelt key words put right before a question is read: "overdu initial reprots" is read as "overdue
/// initial reports". Only a word of six letters or more is changed, and only when it is one slip (a letter
/// missing, extra, wrong, or two swapped) from exactly one word of the vocabulary below, is not another
/// form of it, and is no part of a State's name; English words one slip from a key word are listed as kept.
/// </summary>
public static class DomainSpelling
{
    const int MinLength = 6;
    static readonly OptimalStringAlignment Distance = new();

    /// <summary>Key words the question reader decides on, long enough that one slip rarely makes another English word.</summary>
    static readonly HashSet<string> Targets = new(StringComparer.Ordinal)
    {
        "overdue", "initial", "reports", "reporting", "deadline", "deadlines", "signatory", "signatories", "ratified", "ratification",
        "ratifications", "accession", "accessions", "milestone", "milestones", "stockpile", "stockpiles", "destruction", "clearance",
        "contamination", "contaminated", "legislation", "extension", "extensions", "outreach", "contacts", "contacted", "followups",
        "obligation", "obligations", "submitted", "transparency", "convention", "victims", "assistance", "coordinator", "coordinators",
        "meetings", "parties", "national", "implementation", "completed", "demarche", "demarches", "withdrawal", "universalization",
        "universalisation", "cooperation", "retention", "presidency", "president", "upcoming", "reminders",
    };

    /// <summary>English words one slip from a key word that mean something else; never changed.</summary>
    static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "initials", "reportes", "deadlier", "rapport", "reposts", "resorts", "contract", "contracts", "contexts", "meeting", "partied",
        "nations", "rational", "complete", "competed", "demarcate", "resident", "residents", "withdrawn", "accessing", "signature", "signatures",
    };

    /// <summary>Endings that make another word of the same stem: a word with one of them is only a slip from a key word with the same.</summary>
    static readonly string[] Endings = ["ed", "ing", "er", "ers", "es", "ly"];

    static readonly Regex Word = new(@"\p{L}{6,}", RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>Chat shorthand written out: "wat is due nxt month", "list sp in asia". Only whole words, and none that is part of an abbreviation ("U.S.").</summary>
    static readonly Dictionary<string, string> Shorthand = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nxt"] = "next", ["abt"] = "about", ["wat"] = "what", ["wht"] = "what", ["pls"] = "please", ["plz"] = "please", ["thx"] = "thanks",
        ["yr"] = "year", ["yrs"] = "years", ["mth"] = "month", ["mths"] = "months", ["mnth"] = "month", ["wk"] = "week", ["wks"] = "weeks",
        ["b4"] = "before", ["tmrw"] = "tomorrow", ["tmr"] = "tomorrow", ["2day"] = "today", ["asap"] = "now", ["rpt"] = "report", ["rpts"] = "reports",
        ["sp"] = "States Parties", ["sps"] = "States Parties", ["govt"] = "government", ["w/o"] = "without", ["lst"] = "last",
        // Slips in words too short for the similarity rule, but that decide a question ("deadlines befor 2027" is not "in 2027").
        ["befor"] = "before", ["bfore"] = "before", ["untill"] = "until", ["wich"] = "which", ["whcih"] = "which", ["teh"] = "the",
        ["anual"] = "annual", ["annaul"] = "annual", ["thier"] = "their", ["recieved"] = "received", ["sicne"] = "since",
    };

    static readonly Regex ShorthandWord = new(@"(?<![\w./])(?:" + string.Join("|", Shorthand.Keys.Select(Regex.Escape)) + @")(?![\w.]|/\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <param name="isNameWord">Whether a word belongs to a State's name or alias ("Lesotho" is no misspelt word).</param>
    public static string Correct(string text, Func<string, bool> isNameWord)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        try
        {
            text = ShorthandWord.Replace(text, m => Shorthand[m.Value]);
            return Word.Replace(text, m =>
            {
                var word = m.Value.ToLowerInvariant();
                // Accents are read alike later on ("démarche" is "demarche"): such a word is already right.
                if (word.Length < MinLength || Targets.Contains(word) || Kept.Contains(word) || Targets.Contains(TextNormalizer.Normalize(word)) || isNameWord(word)) return m.Value;
                var close = Targets.Where(v => Math.Abs(v.Length - word.Length) <= 1 && Distance.Distance(word, v) <= 1).ToList();
                if (close.Count == 0 || close.Select(v => v.TrimEnd('s')).Distinct().Count() > 1) return m.Value;
                var best = close.OrderBy(v => Math.Abs(v.Length - word.Length)).First();
                // "Signatorys": a -y word made plural with -s means its -ies plural.
                if (word == best + "s" && best.EndsWith('y') && Targets.Contains(best[..^1] + "ies")) return best[..^1] + "ies";
                // The singular or plural of a key word ("victim", "extensions") is a word, not a misspelling.
                if (best == word + "s" || word == best + "s") return m.Value;
                // "Measured" is not "measures", nor "stockpiled" "stockpiles": an ending the key word does not share makes another word.
                if (Endings.Any(e => word.EndsWith(e, StringComparison.Ordinal) && !best.EndsWith(e, StringComparison.Ordinal))) return m.Value;
                return best;
            });
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }
}
