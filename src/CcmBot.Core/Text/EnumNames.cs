namespace CcmBot.Core.Text;

/// <summary>
/// Reads an enum member by its name only. Enum.TryParse also takes numbers ("area: 99" would become
/// an undefined area), which a typed field must refuse.
/// </summary>
public static class EnumNames
{
    public static bool TryRead<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var name in Enum.GetNames<T>())
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                value = Enum.Parse<T>(name);
                return true;
            }
        }
        value = default;
        return false;
    }
}
