using CcmBot.Web.Tests.Support;

namespace CcmBot.Web.Tests.Questions;

/// <summary>Every question of <see cref="QuestionCases"/> through the real /api/messages pipeline.</summary>
public sealed class QuestionSuiteTests : IClassFixture<QuestionSuiteTests.Host>
{
    public sealed class Host : IDisposable
    {
        readonly TempFolder _folder = new();
        public CcmBotFactory Factory { get; }
        public Host() => Factory = new CcmBotFactory(_folder.File("questions.db"));
        public void Dispose()
        {
            Factory.Dispose();
            _folder.Dispose();
        }
    }

    readonly CcmBotFactory _factory;
    public QuestionSuiteTests(Host host) => _factory = host.Factory;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in QuestionCases.All()) data.Add(c.Seed, c.Question);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Answers_as_the_seed_says(string seed, string question)
    {
        var expected = QuestionCases.All().First(c => c.Question == question && c.Seed == seed);
        var reply = Assert.Single(await _factory.AskAsync(question, channelId: "slack"));
        var text = reply.Text();
        foreach (var part in expected.Expect)
            Assert.True(text.Contains(part, StringComparison.Ordinal), $"[{seed}] \"{question}\" should contain \"{part}\". Answer:\n{text}");
        foreach (var part in expected.Absent ?? [])
            Assert.False(text.Contains(part, StringComparison.Ordinal), $"[{seed}] \"{question}\" should not contain \"{part}\". Answer:\n{text}");
    }

    [Fact]
    public void The_suite_has_at_least_150_questions_and_50_informal_ones()
    {
        var all = QuestionCases.All().ToList();
        Assert.True(all.Count >= 150, $"{all.Count} questions");
        Assert.True(all.Count(c => c.Informal) >= 50, $"{all.Count(c => c.Informal)} informal questions");
        Assert.Equal(all.Count, all.Select(c => (c.Seed, c.Question)).Distinct().Count());
    }
}
