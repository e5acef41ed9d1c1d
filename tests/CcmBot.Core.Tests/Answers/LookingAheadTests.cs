using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

/// <summary>A month named without a year: the latest begun, except in a question about what falls due.</summary>
public sealed class LookingAheadTests
{
    static readonly DateOnly Today = A.Day("2026-12-03");
    static readonly TreatyData Data = new([A.State("NOR", "Norway", "Europe", deposited: "2008-12-03")]);

    static Question Parse(string text) => new RuleBasedQuestionParser().Parse(text, Today, Data.Resolver);

    [Theory]
    [InlineData("anything due in January?", "2027-01-01", "2027-01-31")]
    [InlineData("what's coming up in March", "2027-03-01", "2027-03-31")]
    [InlineData("milestones due in February", "2027-02-01", "2027-02-28")]
    [InlineData("Article 4 deadlines in May", "2027-05-01", "2027-05-31")]
    [InlineData("what falls due in December?", "2026-12-01", "2026-12-31")]
    public void A_month_already_over_in_a_question_about_what_falls_due_is_next_years(string question, string from, string to)
    {
        var window = Parse(question).Window!;
        Assert.Equal(A.Day(from), window.From);
        Assert.Equal(A.Day(to), window.To);
    }

    [Theory]
    [InlineData("what was due in January?", "2026-01-01")]
    [InlineData("who joined in January?", "2026-01-01")]
    [InlineData("anything due in January 2026?", "2026-01-01")]
    [InlineData("which milestones were missed in March", "2026-03-01")]
    public void A_month_in_a_question_about_the_past_or_with_its_year_stays_as_written(string question, string from) =>
        Assert.Equal(A.Day(from), Parse(question).Window!.From);

    [Fact]
    public void Rates_over_several_years_are_asked_today_so_the_last_year_counts_once_due()
    {
        var answer = new AnswerEngine().Answer("reporting rates 2015-2020", Data, Today);
        Assert.StartsWith("As of 3 Dec 2026: annual reporting by report year, 2015 to 2020", answer.Text);
        var asOfThen = new AnswerEngine().Answer("reporting rates 2015-2020 as of 31 December 2020", Data, Today);
        Assert.StartsWith("As of 31 Dec 2020: annual reporting by report year, 2015 to 2019", asOfThen.Text);
        Assert.Contains("The report for 2020 falls due on 30 Apr 2021", asOfThen.Text);
    }
}
