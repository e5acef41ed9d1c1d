namespace CcmBot.Core.Text;

public static class TextCase
{
    /// <summary>The text with its first letter in capitals, for a phrase that starts a line or a sentence.</summary>
    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
