using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

/// <summary>"Which States have both stockpile and clearance obligations?": the States holding every article named, then each on its own.</summary>
public sealed class ArticlesTogetherTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");
    static readonly Provenance Seed = new("seed 002 §43", PartialDate.Parse("2017-06-30"));

    // Chile: stocks and contamination open; Peru: stocks open, no contamination; Laos: contamination and victims;
    // Croatia: stocks destroyed (met), contamination open.
    static readonly TreatyData Data = new(
        [
            A.State("CHL", "Chile", deposited: "2010-12-16"), A.State("PER", "Peru", deposited: "2012-09-26"),
            A.State("LAO", "Lao People's Democratic Republic", "Asia", deposited: "2009-03-18"), A.State("HRV", "Croatia", deposited: "2009-08-17"),
        ],
        obligationEvents:
        [
            A.Event(3, ObligationEventKind.OriginalDeadline, deadline: "2019-06-01", iso3: "CHL"), A.Event(3, ObligationEventKind.ExtensionGranted, "2018-09-05", "2027-06-01", "CHL"),
            A.Event(4, ObligationEventKind.OriginalDeadline, deadline: "2028-06-01", iso3: "CHL"),
            A.Event(3, ObligationEventKind.OriginalDeadline, deadline: "2029-03-01", iso3: "PER"),
            A.Event(4, ObligationEventKind.OriginalDeadline, deadline: "2030-08-01", iso3: "LAO"),
            A.Event(3, ObligationEventKind.OriginalDeadline, deadline: "2018-02-01", iso3: "HRV"), A.Event(3, ObligationEventKind.Completed, "2017-01-10", iso3: "HRV"),
            A.Event(4, ObligationEventKind.OriginalDeadline, deadline: "2028-02-01", iso3: "HRV"),
        ],
        articleSnapshots: [new ArticleSnapshot("LAO", "5", "current", PartialDate.Parse("2017-06-30"), null, [], null, Seed)]);

    static Answer Ask(string question) => new AnswerEngine().Answer(question, Data, Today);

    [Theory]
    [InlineData("which states have both stockpile and clearance obligations?")]
    [InlineData("States with Article 3 and 4 obligations")]
    [InlineData("who has stocks and contamination?")]
    public void Both_stockpile_and_clearance_is_the_states_holding_the_two(string question)
    {
        var answer = Ask(question);
        Assert.StartsWith("As of 25 Nov 2026: 1 State Party holds stockpile destruction (Art. 3) and clearance (Art. 4) together: Chile. Each on its own: stockpile destruction (Art. 3) 2; clearance (Art. 4) 3.", answer.Text);
        var groups = Assert.IsType<ListAnswerModel>(answer.Model).Groups;
        Assert.Equal(["Chile"], groups[0].Rows.Select(r => r.Label));
        Assert.Matches(@"^Art\. 3: not yet due, deadline 1 Jun 2027; Art\. 4: [a-z ]+, deadline \d{1,2} \w{3} \d{4}$", groups[0].Rows[0].Detail);
        Assert.Equal(["Chile", "Peru"], groups[1].Rows.Select(r => r.Label));
    }

    [Fact]
    public void Victims_and_contamination_reads_the_victims_list_and_says_its_date()
    {
        var answer = Ask("who has victims and contamination?");
        Assert.StartsWith("As of 25 Nov 2026: 1 State Party holds clearance (Art. 4) and victim assistance (Art. 5) together: Lao People's Democratic Republic.", answer.Text);
        Assert.Contains("victims reported (as of 30 Jun 2017)", answer.Text);
        Assert.Contains("The list of States with Art. 5 obligations is the one of 30 Jun 2017", answer.Text);
    }

    [Fact]
    public void None_together_is_said_with_each_on_its_own()
    {
        Assert.StartsWith("As of 25 Nov 2026: no State Party holds stockpile destruction (Art. 3) and victim assistance (Art. 5) together by CcmBot's data. Each on its own: stockpile destruction (Art. 3) 2; victim assistance (Art. 5) 1.",
            Ask("which States have stockpiles and victims?").Text);
    }

    [Theory]
    [InlineData("Article 3 and 4 deadlines before 2027")]
    [InlineData("Art. 3 and Art. 4 extensions granted")]
    [InlineData("who completed stockpile destruction and clearance?")]
    public void Deadlines_extensions_and_completions_of_two_articles_stay_as_they_were(string question) =>
        Assert.Empty(new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver).ArticlesTogether);
}
