using System.Text.RegularExpressions;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Text;

/// <summary>
/// "Since the last Review Conference", "before the next MSP": a meeting named by where it stands from today,
/// written as its id ("the 3RC") so that it reads like any meeting named outright. A meeting the data do not
/// hold (no next MSP dated yet) is left as written, and the question is answered as it reads without it.
/// </summary>
public static class MeetingReferences
{
    static readonly Regex Relative = new(
        @"\b(?:the\s+)?(?<which>last|latest|previous|most\s+recent|recent|past|next|upcoming|coming|forthcoming)\s+(?<kind>review\s+conference|rc|msp|meeting\s+of\s+(?:the\s+)?states\s+parties)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    public static string Resolve(string text, IReadOnlyList<Meeting> meetings, DateOnly today)
    {
        if (string.IsNullOrEmpty(text) || meetings.Count == 0) return text ?? "";
        try
        {
            return Relative.Replace(text, m =>
            {
                var kind = m.Groups["kind"].Value.ToLowerInvariant() is "rc" || m.Groups["kind"].Value.StartsWith("review", StringComparison.OrdinalIgnoreCase) ? "ccm_rc" : "ccm_msp";
                var next = m.Groups["which"].Value.ToLowerInvariant() is "next" or "upcoming" or "coming" or "forthcoming";
                var dated = meetings.Where(x => x.Kind == kind && x.Start.IsKnown).ToList();
                var found = next
                    ? dated.Where(x => x.Start.Earliest > today).MinBy(x => x.Start.Earliest)
                    : dated.Where(x => x.Start.Earliest <= today).MaxBy(x => x.Start.Earliest);
                return found is null ? m.Value : "the " + found.Id;
            });
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }
}
