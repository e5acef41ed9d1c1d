using Microsoft.Extensions.Caching.Memory;

namespace CcmBot.Web.Answers;

/// <summary>
/// The last question each person asked in a conversation, kept in memory for half an hour, so that "and Peru?" can be read
/// against it (<see cref="CcmBot.Core.Answers.FollowUpQuestions"/>). A restart forgets it; the line is then read on its own.
/// </summary>
public sealed class ConversationMemory(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    static string Key(string conversation, string user) => $"asked:{conversation}|{user}";

    public string? Previous(string conversation, string user) => cache.TryGetValue(Key(conversation, user), out string? question) ? question : null;

    public void Remember(string conversation, string user, string question) =>
        cache.Set(Key(conversation, user), question, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Lifetime });
}
