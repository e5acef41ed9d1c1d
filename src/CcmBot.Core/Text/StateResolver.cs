using CcmBot.Core.Treaties;
using F23.StringSimilarity;

namespace CcmBot.Core.Text;

public sealed record StateMatch(StateInfo State, string MatchedText, double Score, bool Exact);

/// <summary>
/// Finds States named in free text: exact aliases first (longest wins, so "Democratic Republic of
/// the Congo" is not read as "Congo"), then misspellings by string similarity.
/// </summary>
public sealed class StateResolver
{
    const double FuzzyThreshold = 0.90;
    const double AmbiguityMargin = 0.02;
    static readonly JaroWinkler Similarity = new();
    static readonly OptimalStringAlignment Slips = new();

    /// <summary>
    /// How many typing slips (a letter missing, extra, wrong, or two swapped) a misspelt name may have. Similarity alone
    /// favours a shared start, so English words came out as States ("children" as Chile, "believe" as Belize, "hours" as
    /// Honduras); a short name allows one slip, a longer one two, a long one three.
    /// </summary>
    static int SlipsAllowed(string form) => form.Length <= 6 ? 1 : form.Length <= 12 ? 2 : 3;

    /// <summary>English words one slip from a State's name: never taken for it.</summary>
    static readonly HashSet<string> EnglishNearNames = new(StringComparer.Ordinal) { "span", "surname", "surnames", "woman", "portal", "chin", "male", "mail", "mails", "pert", "cube", "alive", "alives" };

    readonly Dictionary<string, StateInfo> _exact = new(StringComparer.Ordinal);
    /// <summary>Forms that are only an ISO code, or a capitals-only short form: "and", "can", "per", "us" are words, so they count only in capitals ("AND", "US").</summary>
    readonly HashSet<string> _codesOnly = new(StringComparer.Ordinal);
    /// <summary>A name two States share ("Korea"): never taken as either; the asker chooses.</summary>
    readonly Dictionary<string, List<StateInfo>> _shared = new(StringComparer.Ordinal);
    readonly List<(string Form, StateInfo State)> _forms = [];
    readonly int _maxWords;
    /// <summary>Adjectives no name gives by its ending, for the States present.</summary>
    readonly Dictionary<string, StateInfo> _irregularAdjectives = new(StringComparer.Ordinal);

    /// <summary>Short forms that are ordinary words elsewhere in questions; matched only when exact.</summary>
    static readonly HashSet<string> ExactOnly = new(StringComparer.Ordinal) { "uk", "nz", "car", "drc", "rsa", "lao", "bih", "congo", "guinea", "niger", "dominica" };

    /// <summary>Short forms that are ordinary words in lower case: "the US" is a State, "contact us" is not.</summary>
    static readonly (string Form, string Iso3)[] CapitalsOnly = [("us", "USA")];

    public StateResolver(IEnumerable<StateInfo> states, IEnumerable<StateAlias> aliases)
    {
        var byIso3 = states.ToDictionary(s => s.Iso3, StringComparer.OrdinalIgnoreCase);
        foreach (var state in byIso3.Values)
        {
            Add(state.Name, state);
            if (_exact.TryAdd(state.Iso3.ToLowerInvariant(), state)) _codesOnly.Add(state.Iso3.ToLowerInvariant()); // "TGO" in forms and exports; not used for fuzzy matching
        }
        foreach (var alias in aliases)
            if (byIso3.TryGetValue(alias.Iso3, out var state)) Add(alias.Alias, state);
        foreach (var (form, iso3) in CapitalsOnly)
            if (byIso3.TryGetValue(iso3, out var state) && _exact.TryAdd(form, state)) _codesOnly.Add(form);
        AddLeadingWords();
        _maxWords = _exact.Keys.Select(k => k.Split(' ').Length).DefaultIfEmpty(1).Max();
        _nameWords = _exact.Keys.Concat(_shared.Keys).SelectMany(k => k.Split(' ')).ToHashSet(StringComparer.Ordinal);
        foreach (var (adjective, iso3) in Demonyms.Irregular)
            if (byIso3.TryGetValue(iso3, out var state)) _irregularAdjectives[adjective] = state;
    }

    void Add(string name, StateInfo state)
    {
        var form = TextNormalizer.Normalize(name);
        if (form.Length == 0) return;
        _codesOnly.Remove(form); // "BiH" is a name people write, not only a code
        if (_shared.TryGetValue(form, out var sharing))
        {
            if (sharing.All(x => x.Iso3 != state.Iso3)) sharing.Add(state);
            return;
        }
        if (_exact.TryGetValue(form, out var other) && other.Iso3 != state.Iso3 && !_codesOnly.Contains(form))
        {
            _shared[form] = [other, state];
            _exact.Remove(form);
            _forms.RemoveAll(f => f.Form == form);
            return;
        }
        _exact.TryAdd(form, state);
        if (form.StartsWith("the ")) _exact.TryAdd(form[4..], state);
        _forms.Add((form, state));
    }

    /// <summary>
    /// "burkina", "sierra", "bosnia": the first word of a longer name, taken alone, when no other State's
    /// name or alias starts with it and it is no ordinary word. Matched only exactly, never as a misspelling.
    /// </summary>
    void AddLeadingWords()
    {
        foreach (var group in _forms.Where(f => f.Form.Contains(' ')).GroupBy(f => f.Form[..f.Form.IndexOf(' ')]))
        {
            var word = group.Key;
            if (word.Length < 5 || NotLeadingNames.Contains(word) || _exact.ContainsKey(word) || _shared.ContainsKey(word)) continue;
            if (group.Select(f => f.State.Iso3).Distinct().Skip(1).Any()) continue;
            _exact[word] = group.First().State;
        }
    }

    /// <summary>First words of official names that are ordinary words or shared by many names.</summary>
    static readonly HashSet<string> NotLeadingNames = new(StringComparer.Ordinal)
    {
        "republic", "democratic", "islamic", "federal", "federated", "plurinational", "kingdom", "united", "union", "state", "states",
        "independent", "people", "peoples", "former", "central", "saint", "great", "grand", "principality", "commonwealth", "socialist",
        "bolivarian", "oriental", "north", "south", "northern", "southern", "western", "eastern", "island", "islands", "royal", "sultanate",
        // People are called this too ("met Marshall from the mission").
        "dominic", "marshall", "solomon", "costa",
    };

    static readonly string[] DemonymEndings = ["an", "ian", "ean", "ese", "ish", "i", "ien", "ic", "ois", "ais"];

    /// <summary>
    /// States named by an adjective or a possessive: "the Togolese ambassador", "Laotian officials",
    /// "Swedish diplomats", "Togo's mission", "the Dutch" (irregular ones from <see cref="Demonyms"/>). A word counts when it is a one-word name with a usual
    /// ending (plural and possessive "s" allowed) or the name cut short by at most two letters ("German");
    /// a word that only starts like a name ("malicious", "perusing") does not.
    /// </summary>
    public IReadOnlyList<StateInfo> FindByAdjective(string text)
    {
        var found = new List<StateInfo>();
        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            // "a letter in French" names a language, not the State.
            if (i > 0 && words[i - 1] == "in") continue;
            if (_irregularAdjectives.TryGetValue(word, out var irregular) || word.EndsWith('s') && _irregularAdjectives.TryGetValue(word[..^1], out irregular))
            {
                if (!found.Contains(irregular)) found.Add(irregular);
                continue;
            }
            if (word.Length < 4 || _exact.ContainsKey(word)) continue;
            var best = (Strength: 0, State: (StateInfo?)null, Tied: false);
            foreach (var (form, state) in _forms)
            {
                if (form.Length < 3 || form.Contains(' ') || _codesOnly.Contains(form)) continue;
                var shared = 0;
                while (shared < form.Length && shared < word.Length && form[shared] == word[shared]) shared++;
                var cutShort = shared >= 4 && shared >= form.Length - 2;
                if (shared < form.Length && !cutShort) continue;
                var whole = word.EndsWith('s') && word.Length > shared ? word[..^1] : word; // "Norwegians", "Togo's"
                var ending = whole.Length > shared ? whole[shared..] : "";
                if (ending.Length > 5 || ending.Length > 0 && !DemonymEndings.Any(e => whole.EndsWith(e, StringComparison.Ordinal))) continue;
                // The longest name wins; a whole name beats one cut short ("Nigerien" is Niger's, not Nigeria's).
                var strength = shared * 2 + (shared == form.Length ? 1 : 0);
                if (strength > best.Strength) best = (strength, state, false);
                else if (strength == best.Strength && best.State is { } other && other.Iso3 != state.Iso3) best.Tied = true;
            }
            if (best.State is { } named && !best.Tied && !found.Contains(named)) found.Add(named);
        }
        return found;
    }

    readonly HashSet<string> _nameWords;

    /// <summary>Whether a word (lower case) is part of a State's name or alias: such a word is never taken for a misspelling.</summary>
    public bool IsNameWord(string word) => _nameWords.Contains(word);

    public StateInfo? ResolveExact(string name) => _exact.GetValueOrDefault(TextNormalizer.Normalize(name));

    /// <summary>All States named in the text. Fuzzy candidates close to each other come back together, marked not exact.</summary>
    public IReadOnlyList<StateMatch> FindAll(string text)
    {
        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var matches = new List<StateMatch>();
        var used = new bool[words.Length];
        // "The state of play on Art 4" names no State, however close "state of pla…" comes to "State of Palestine".
        foreach (var idiom in Idioms)
            for (var start = 0; start + idiom.Length <= words.Length; start++)
                if (words.AsSpan(start, idiom.Length).SequenceEqual(idiom))
                    for (var i = start; i < start + idiom.Length; i++) used[i] = true;

        for (var length = Math.Min(_maxWords, words.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (Enumerable.Range(start, length).Any(i => used[i])) continue;
                var phrase = string.Join(' ', words, start, length);
                if (_shared.TryGetValue(phrase, out var sharing))
                {
                    matches.AddRange(sharing.Select(shared => new StateMatch(shared, phrase, 1.0, false)));
                    for (var i = start; i < start + length; i++) used[i] = true;
                    continue;
                }
                // "Guinea's stockpile": the possessive of a name matched only when exact.
                if (!_exact.ContainsKey(phrase) && phrase.Length > 3 && phrase.EndsWith('s') && _exact.ContainsKey(phrase[..^1])
                    && (text.Contains(phrase[..^1] + "'s", StringComparison.OrdinalIgnoreCase) || text.Contains(phrase[..^1] + "\u2019s", StringComparison.OrdinalIgnoreCase)))
                    phrase = phrase[..^1];
                if (_exact.TryGetValue(phrase, out var state))
                {
                    if (length == 1 && _codesOnly.Contains(phrase) && !WrittenAsCode(text, phrase)) continue;
                    if (length == 1 && LongerMisspelling(words, start, state) is { } longer)
                    {
                        matches.Add(longer.Match);
                        for (var i = longer.Start; i < longer.Start + longer.Length; i++) used[i] = true;
                        continue;
                    }
                    matches.Add(new StateMatch(state, phrase, 1.0, true));
                    for (var i = start; i < start + length; i++) used[i] = true;
                }
            }
        }

        // Misspellings: phrases of the remaining words compared with every known form.
        for (var length = Math.Min(4, words.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (Enumerable.Range(start, length).Any(i => used[i])) continue;
                var phrase = string.Join(' ', words, start, length);
                if (phrase.Length < 4 || StopPhrases.Contains(phrase) || EnglishNearNames.Contains(phrase)) continue;
                var candidates = FuzzyCandidates(phrase);
                if (candidates.Count == 0) continue;
                matches.AddRange(candidates);
                for (var i = start; i < start + length; i++) used[i] = true;
            }
        }
        return matches;
    }

    static bool WrittenAsCode(string text, string code)
    {
        var upper = code.ToUpperInvariant();
        for (var at = text.IndexOf(upper, StringComparison.Ordinal); at >= 0; at = text.IndexOf(upper, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + upper.Length >= text.Length || !char.IsLetterOrDigit(text[at + upper.Length]);
            if (before && after) return true;
        }
        return false;
    }

    /// <summary>"guinea bisau": a one-word exact name that is really the start or end of a misspelt longer one.</summary>
    (StateMatch Match, int Start, int Length)? LongerMisspelling(string[] words, int index, StateInfo exact)
    {
        for (var length = 3; length >= 2; length--)
        {
            for (var start = Math.Max(0, index - length + 1); start <= index && start + length <= words.Length; start++)
            {
                var phrase = string.Join(' ', words, start, length);
                if (_exact.ContainsKey(phrase)) continue;
                var best = FuzzyCandidates(phrase).FirstOrDefault();
                if (best is not null && best.State.Iso3 != exact.Iso3 && best.Score >= 0.95) return (best, start, length);
            }
        }
        return null;
    }

    /// <summary>Best fuzzy matches for one phrase: one clear winner, or several close ones to ask about.</summary>
    public IReadOnlyList<StateMatch> FuzzyCandidates(string phrase)
    {
        // The same words come back in question after question; the names do not change.
        if (_fuzzyMemo.TryGetValue(phrase, out var known)) return known;
        var found = ComputeFuzzyCandidates(phrase);
        if (_fuzzyMemo.Count > 20_000) _fuzzyMemo.Clear();
        _fuzzyMemo[phrase] = found;
        return found;
    }

    readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<StateMatch>> _fuzzyMemo = new(StringComparer.Ordinal);

    IReadOnlyList<StateMatch> ComputeFuzzyCandidates(string phrase)
    {
        var scored = _forms
            // A form of three letters or fewer is an abbreviation ("usa", "uae"): a near miss of it is other words ("us a reply").
            .Where(f => !ExactOnly.Contains(f.Form) && f.Form.Length > 3 && Math.Abs(f.Form.Length - phrase.Length) <= Math.Max(3, phrase.Length / 3))
            .Select(f => (f.State, f.Form, Score: Similarity.Similarity(phrase, f.Form)))
            .Where(x => x.Score >= FuzzyThreshold && Slips.Distance(phrase, x.Form) <= SlipsAllowed(x.Form))
            .GroupBy(x => x.State.Iso3)
            .Select(g => g.MaxBy(x => x.Score))
            .OrderByDescending(x => x.Score)
            .ToList();
        if (scored.Count == 0) return [];
        var best = scored[0].Score;
        return scored.TakeWhile(x => best - x.Score <= AmbiguityMargin)
                     .Select(x => new StateMatch(x.State, phrase, x.Score, false))
                     .ToList();
    }

    /// <summary>The nearest States to a name, however far: for suggestions when nothing matched.</summary>
    public IReadOnlyList<StateInfo> Closest(string name, int count)
    {
        var phrase = TextNormalizer.Normalize(name);
        if (phrase.Length == 0) return [];
        return _forms.Select(f => (f.State, Score: Similarity.Similarity(phrase, f.Form)))
            .GroupBy(x => x.State.Iso3).Select(g => g.MaxBy(x => x.Score))
            .Where(x => x.Score >= 0.7).OrderByDescending(x => x.Score).Take(count).Select(x => x.State).ToList();
    }

    /// <summary>Words of questions that look like State names to a similarity measure.</summary>
    static readonly string[][] Idioms = [["state", "of", "play"], ["state", "of", "affairs"], ["state", "of", "things"], ["state", "of", "the", "art"]];

    static readonly HashSet<string> StopPhrases = new(StringComparer.Ordinal)
    {
        "states", "state", "parties", "party", "signatories", "signatory", "report", "reports", "overdue", "initial",
        "annual", "status", "about", "profile", "tell", "what", "which", "where", "when", "there", "many", "many states",
        "states parties", "state party", "article", "deadline", "deadlines", "today", "milestones", "meeting", "meetings",
        "before", "after", "since", "until", "through", "during", "month", "year", "years", "week", "help", "know",
        "plan", "plans", "were", "have", "with", "from", "this", "that", "next", "last", "june", "july", "march", "april",
        "august", "january", "february", "september", "october", "november", "december", "the convention", "convention",
        "force", "entry", "into", "show", "list", "still", "owes", "owe", "missed", "rate", "reporting",
    };
}
