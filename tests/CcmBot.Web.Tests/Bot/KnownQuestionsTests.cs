using CcmBot.Web.Answers;
using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Time.Testing;

namespace CcmBot.Web.Tests.Bot;

public sealed class KnownQuestionsTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly CcmStore _store;
    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    readonly KnownQuestions _known;

    public KnownQuestionsTests()
    {
        _store = CcmStore.Open(_folder.File("store.db"));
        _known = new KnownQuestions(new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 }), _store, _clock);
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void A_line_turned_down_is_known_the_same_day_on_the_same_data()
    {
        Assert.False(_known.IsKnown(_known.KeyFor("tell me about Lao PDR")));
        _known.Remember(_known.KeyFor("tell me about Lao PDR"));
        Assert.True(_known.IsKnown(_known.KeyFor("tell me about Lao PDR")));
        Assert.False(_known.IsKnown(_known.KeyFor("tell me about Togo")));
    }

    [Fact]
    public void The_next_day_the_line_is_read_again_because_words_like_yesterday_move()
    {
        _known.Remember(_known.KeyFor("Togo reported yesterday"));
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.False(_known.IsKnown(_known.KeyFor("Togo reported yesterday")));
    }

    [Fact]
    public void After_a_data_write_the_line_is_read_again_because_a_new_State_may_make_it_a_fact()
    {
        _known.Remember(_known.KeyFor("Atlantis ratified on 1 May 2026"));
        _store.InsertUserRow("states", "ATL", new Dictionary<string, string> { ["name"] = "Atlantis" }, "isu-user", _clock.GetUtcNow());
        Assert.False(_known.IsKnown(_known.KeyFor("Atlantis ratified on 1 May 2026")));
    }

    [Fact]
    public void A_verdict_taken_before_a_write_counts_for_the_old_data_only()
    {
        var key = _known.KeyFor("Atlantis ratified on 1 May 2026");
        _store.InsertUserRow("states", "ATL", new Dictionary<string, string> { ["name"] = "Atlantis" }, "isu-user", _clock.GetUtcNow());
        _known.Remember(key);
        Assert.False(_known.IsKnown(_known.KeyFor("Atlantis ratified on 1 May 2026")));
    }

    [Fact]
    public void Very_long_lines_are_not_remembered()
    {
        var line = "which States " + new string('x', 600);
        _known.Remember(_known.KeyFor(line));
        Assert.False(_known.IsKnown(_known.KeyFor(line)));
    }
}
