using CcmBot.Web.Tests.Support;

namespace CcmBot.Web.Tests.Questions;

/// <summary>
/// Every card the bot sends for the question suite, parsed, validated and rendered by the official
/// Adaptive Cards renderer (npm adaptivecards 3.0.x under jsdom, tests/card-validator).
/// </summary>
public sealed class CardRendererTests : IClassFixture<QuestionSuiteTests.Host>
{
    readonly CcmBotFactory _factory;
    public CardRendererTests(QuestionSuiteTests.Host host) => _factory = host.Factory;

    [Fact]
    public async Task Every_card_parses_and_renders_without_errors_or_warnings()
    {
        using var folder = new TempFolder();
        // The question suite, then the outreach cards: the form, a recorded contact, an edit form with errors, the history.
        var questions = QuestionCases.All().Select(c => c.Question).Distinct()
            .Concat([
                "log outreach", "log démarche to Togo and Benin on 3 May 2018 about overdue initial report, outcome: committed to submit, follow up 1 June",
                "log letter to Narnia on 31/02/2018", "edit contact 1: follow up 2 May 2018", "history of contact 1", "show contact 1",
                "what démarches have we made to Togo?", "outreach report for 2018", "who have we not contacted about overdue reports?", "set up reminders",
                // Too large for one Teams message: sent in parts, and every part must render too.
                "list all States Parties",
            ]).ToList();
        var written = 0;
        foreach (var question in questions)
        {
            var replies = await _factory.AskAsync(question, channelId: "msteams");
            Assert.True(replies.Count > 0 && replies.All(r => r.Card() is not null), $"no card for \"{question}\"");
            foreach (var reply in replies)
                await File.WriteAllTextAsync(folder.File($"card-{written++:D3}.json"), reply.Card()!.ToJsonString());
        }

        var validator = await Node.ToolAsync("card-validator");
        var (exitCode, output) = await Node.RunAsync("node", ["validate.js", folder.Path], validator);

        Assert.True(exitCode == 0, output);
        Assert.Contains($"{written} cards checked, 0 problems", output);
    }
}
