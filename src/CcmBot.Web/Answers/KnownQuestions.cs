using CcmBot.Web.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace CcmBot.Web.Answers;

/// <summary>
/// Chat lines that every command reader (roles, reminders, data, outreach) has turned down, today and on
/// this version of the data. The same line asked again (a card's question button, a colleague asking the
/// same thing) goes straight to the answers instead of through every reader again. The readers decide
/// from the text, the day and the data alone, never from who asks, so the verdict is shared.
/// </summary>
public sealed class KnownQuestions(IMemoryCache cache, CcmStore store, TimeProvider clock)
{
    /// <summary>Longer lines are rarely asked twice word for word; they are not worth a cache entry.</summary>
    const int LongestRemembered = 500;

    readonly record struct Key(string Text, DateOnly Today, long DataVersion);

    /// <summary>Taken before the readers run: a data write while they read makes the verdict count for the old version only.</summary>
    public object KeyFor(string text) => new Key(text, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), store.Version);

    public bool IsKnown(object key) => cache.TryGetValue(key, out _);

    public void Remember(object key)
    {
        if (key is Key { Text.Length: > LongestRemembered }) return;
        cache.Set(key, true, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30), AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(6) });
    }
}
