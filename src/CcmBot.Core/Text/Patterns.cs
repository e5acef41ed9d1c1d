using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CcmBot.Core.Text;

/// <summary>
/// The parser's keyword patterns, parsed once: the static Regex methods keep only 15 patterns in
/// their cache, fewer than the parser uses, and would re-parse them on every question.
/// No pattern in CcmBot uses RegexOptions.Compiled: emitting IL for ~150 small patterns cost about
/// 0.6 s before the first answer after a restart, and the interpreter is no slower once warm
/// (benchmark --vary, answer cache defeated: 0.41 of echo compiled, 0.50 interpreted; see README).
/// </summary>
public static class Patterns
{
    /// <summary>Guards against pathological input only (questions are capped at 2,000 characters); generous so a busy machine never trips it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    static readonly ConcurrentDictionary<string, Regex> Parsed = new(StringComparer.Ordinal);

    public static Regex Get(string pattern) =>
        Parsed.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant, Timeout));
}
