using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CcmBot.Core.Text;

/// <summary>
/// The parser's keyword patterns, compiled once: the static Regex methods keep only 15 patterns in
/// their cache, fewer than the parser uses, and would re-parse them on every question.
/// </summary>
public static class Patterns
{
    /// <summary>Guards against pathological input only (questions are capped at 2,000 characters); generous so a busy machine never trips it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    public static Regex Get(string pattern) =>
        Compiled.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout));
}
