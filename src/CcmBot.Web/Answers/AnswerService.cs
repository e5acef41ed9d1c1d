using CcmBot.Core.Access;
using CcmBot.Core.Answers;
using CcmBot.Core.Outreach;
using CcmBot.Web.Cards;
using CcmBot.Web.Outreach;
using CcmBot.Web.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace CcmBot.Web.Answers;

/// <summary>
/// An answer with its card already written as JSON (cards are sent as raw JSON, not re-serialised):
/// none, one, or, for a card too large for one Teams message, its parts in order (<see cref="CardSplitter"/>).
/// <see cref="CardShowsLead"/>: the card itself reads the answer's first line, so a channel showing the
/// card needs no text above it (Teams would show the same paragraph twice).
/// </summary>
public sealed record RenderedAnswer(Answer Answer, IReadOnlyList<string> Cards, bool CardShowsLead = false)
{
    /// <summary>The answer's first line: what a card channel shows above the card, and notifications show.</summary>
    public string Lead => FirstLine(Answer.Text);

    /// <summary>A reply of text alone: confirmations, refusals and problems with a command.</summary>
    public static RenderedAnswer Plain(string text) => new(new Answer(text, new MessageModel(text)), []);

    public static RenderedAnswer Of(Answer answer, AdaptiveCard? card) =>
        new(answer, card is null ? [] : CardSplitter.ToMessages(card), card?.Shows(FirstLine(answer.Text)) ?? false);

    static string FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        return end < 0 ? text : text[..end].TrimEnd('\r');
    }
}

/// <summary>
/// Today's date, the current data and the outreach log, handed to the pure answer engine. The engine
/// is a pure function of its inputs, so answers are kept until the day, the data or the log changes.
/// </summary>
public sealed class AnswerService(
    TreatyDataCache data, AnswerEngine engine, TimeProvider clock, CcmStore store, OutreachStore outreach, Downloads downloads, IMemoryCache cache)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// One cache slot per question, day and asker. The versions the answer was built on are kept inside:
    /// a write replaces the stale answer in its slot instead of leaving it behind until it expires.
    /// </summary>
    readonly record struct Slot(string Question, DateOnly Today, string Asker);

    sealed record Cached(long StoreVersion, long OutreachVersion, RenderedAnswer Rendered);

    /// <summary>A question as the engine read it, the data version it was read on, and what its answer depends on.</summary>
    sealed record Reading(Question Question, long StoreVersion, AnswerEngine.AnswerDependencies Depends);

    /// <summary>Cache sizes are counted in kilobytes of answer text and card, so the limit bounds memory, not entries.</summary>
    public const long CacheSizeLimitKilobytes = 64 * 1024;

    public RenderedAnswer Ask(string question, Person? user = null, Role role = Role.Admin)
    {
        // The outreach log is for coordinators and the ISU; readers' answers never include it.
        var readsLog = AccessPolicy.Allows(role, Permission.LogOutreach);
        var text = question.Trim();
        var today = Today;
        // The version first, then the data: data at least as new as the version they are filed under, so a write in between only costs a rebuild.
        var storeVersion = store.Version;
        var treaty = data.Current;
        // The question as read, filed under the data version it was read on: an answer made stale by outreach logged is rebuilt without reading the question again.
        if (!cache.TryGetValue(("read", text, today), out Reading? reading) || reading is null || reading.StoreVersion != storeVersion)
        {
            var read = engine.Read(text, treaty, today);
            reading = new Reading(read, storeVersion, AnswerEngine.DependsOn(read));
            cache.Set(("read", text, today), reading, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(6) });
        }
        var depends = reading.Depends;
        var personal = readsLog && depends.Personal;
        // Logging outreach must not throw away every cached answer, only those that read the log.
        var outreachVersion = !readsLog || !depends.ReadsOutreachLog ? -1
            : depends.OutreachStates is { } states ? outreach.VersionOf(states) : outreach.Version;
        var asker = (personal ? user?.Id ?? "" : "") + (readsLog ? "" : "|reader") + (depends.OutreachStates is null ? "" : "|states");
        var slot = new Slot(text, today, asker);
        if (cache.TryGetValue(slot, out Cached? known) && known is not null && known.StoreVersion == storeVersion && known.OutreachVersion == outreachVersion)
            return known.Rendered;
        var log = LogFor(depends, readsLog, user, role);
        var answer = engine.Answer(reading.Question, text, treaty, today, log);
        if (reading.Question.ExportAsked) answer = ListAnswers.WithDownloads(answer, downloads.Links);
        var rendered = RenderedAnswer.Of(answer, AnswerCards.Create(answer));
        var kilobytes = 1 + (answer.Text.Length + rendered.Cards.Sum(c => c.Length)) * sizeof(char) / 1024;
        cache.Set(slot, new Cached(storeVersion, outreachVersion, rendered),
            new MemoryCacheEntryOptions { Size = kilobytes, SlidingExpiration = TimeSpan.FromMinutes(30), AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(6) });
        return rendered;
    }

    /// <summary>The part of the outreach log an answer is given: only what it reads, and none for those who may not read it.</summary>
    OutreachLog LogFor(AnswerEngine.AnswerDependencies depends, bool readsLog, Person? user, Role role)
    {
        if (!readsLog) return OutreachLog.Hidden(AccessPolicy.Refusal(role, Permission.LogOutreach).Replace("logging outreach", "reading the outreach log"));
        // Copying every contact for a question that does not read them cost a full load of the log
        // at the first answer after a start, and a copy after every write.
        if (!depends.ReadsOutreachLog) return new OutreachLog([], user);
        // A profile counts its State's contacts in the store's index and reads only the latest few.
        if (depends.OutreachStates is not null) return new OutreachLog([], user) { StoreLatestWith = outreach.LatestWith };
        return new OutreachLog(outreach.All(), user, window => downloads.Links(window));
    }

    /// <summary>
    /// A question in a conversation: "and Peru?" after "Chile reporting history" is asked as "Peru reporting history", and the
    /// answer says how it was read. <paramref name="Asked"/>: the question answered, for the next line to follow on from.
    /// </summary>
    public (RenderedAnswer Reply, string Asked) AskFollowingOn(string text, string? previous, Person? user, Role role)
    {
        if (FollowUpQuestions.Combine(previous, text, data.Current.Resolver, Today) is not { } combined) return (Ask(text, user, role), text);
        var reply = Ask(combined, user, role);
        var readAs = $"Read as: \"{combined}\".";
        return (reply with { Answer = reply.Answer with { Text = readAs + Environment.NewLine + reply.Answer.Text }, CardShowsLead = false }, combined);
    }

    public RenderedAnswer Help()
    {
        var answer = AnswerEngine.Help();
        return RenderedAnswer.Of(answer, AnswerCards.Create(answer));
    }
}
