using System.Text.RegularExpressions;

namespace CcmBot.Core.Text;

/// <summary>"Good morning, which signatories are overdue?": the greeting is courtesy; the question or command is what follows.</summary>
public static class Greetings
{
    static readonly Regex Leading = new(
        @"^\s*(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening|day)|greetings|bonjour|buenos\s+d[ií]as|dear\s+(?:ccmbot|bot))\b(?:[\s,!.:;\-]+(?:ccmbot|bot|there|all|team|everyone|again))?[\s,!.:;\-]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout);

    /// <summary>The text after a greeting that opens it; a greeting alone is left as it is (it asks for help).</summary>
    public static string WithoutLeading(string text)
    {
        try
        {
            return Leading.Match(text) is { Success: true } greeting && text.Length - greeting.Length >= 2 ? text[greeting.Length..] : text;
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }
}
