using System.Globalization;
using System.Text;

namespace CcmBot.Core.Text;

/// <summary>Case-, accent- and punctuation-insensitive forms of what people type.</summary>
public static class TextNormalizer
{
    /// <summary>Lower case, accents removed, punctuation turned into single spaces.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (Diacritics.Fold.TryGetValue(c, out var plain))
            {
                builder.Append(plain);
                lastWasSpace = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (c is '\'' or '\u2019' or '\u2018')
            {
                // "Cote d'Ivoire" and "Cote dIvoire" should meet: drop apostrophes without a space.
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }
        return builder.ToString().Trim();
    }
}
