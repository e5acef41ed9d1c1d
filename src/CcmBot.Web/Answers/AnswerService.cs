using CcmBot.Core.Answers;
using CcmBot.Web.Cards;
using CcmBot.Web.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace CcmBot.Web.Answers;

/// <summary>An answer with its card already written as JSON (cards are sent as raw JSON, not re-serialised).</summary>
public sealed record RenderedAnswer(Answer Answer, string? CardJson);

/// <summary>
/// Today's date and the current data, handed to the pure answer engine. The engine is a pure
/// function of (question, today, data), so answers are kept for the day until the store changes.
/// </summary>
public sealed class AnswerService(TreatyDataCache data, AnswerEngine engine, TimeProvider clock, CcmStore store, IMemoryCache cache)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    readonly record struct Key(string Question, DateOnly Today, long StoreVersion);

    public RenderedAnswer Ask(string question)
    {
        var key = new Key(question.Trim(), Today, store.Version);
        if (cache.TryGetValue(key, out RenderedAnswer? known) && known is not null) return known;
        var answer = engine.Answer(key.Question, data.Current, key.Today);
        var rendered = new RenderedAnswer(answer, AnswerCards.Create(answer)?.ToJson().ToJsonString());
        cache.Set(key, rendered, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return rendered;
    }

    public RenderedAnswer Help()
    {
        var answer = AnswerEngine.Help();
        return new RenderedAnswer(answer, AnswerCards.Create(answer)?.ToJson().ToJsonString());
    }
}
