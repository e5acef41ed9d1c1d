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
    [InlineData("which follow-ups are due in February?", "2027-02-01", "2027-02-28")]
    public void A_month_already_over_in_a_question_about_what_falls_due_is_next_years(string question, string from, string to)
    {
        var window = Parse(question).Window!;
        Assert.Equal(A.Day(from), window.From);
        Assert.Equal(A.Day(to), window.To);
    }

    [Theory]
    [InlineData("what happens in 2027?", "2027-01-01", "2027-12-31")]
    [InlineData("what's on in March?", "2027-03-01", "2027-03-31")]
    [InlineData("anything planned before Christmas?", null, "2026-12-24")]
    public void A_period_with_nothing_else_asked_is_what_falls_in_it(string question, string? from, string to)
    {
        var parsed = Parse(question);
        Assert.Equal(Intent.ComingUp, parsed.Intent);
        Assert.Equal(from is null ? null : A.Day(from), parsed.Window!.From);
        Assert.Equal(A.Day(to), parsed.Window.To);
    }

    [Theory]
    [InlineData("who should I chase this week about overdue reports?", "As of 3 Dec 2026")]
    [InlineData("how many States Parties this year?", "As of 3 Dec 2026")]
    [InlineData("overdue reports in 2017", "As of 31 Dec 2017")]
    public void A_period_still_running_is_answered_as_of_today_and_one_over_as_of_its_last_day(string question, string start) =>
        Assert.StartsWith(start, new AnswerEngine().Answer(question, Data, Today).Text);

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

    static readonly TreatyData WithMeetings = new(
        [A.State("NOR", "Norway", "Europe", deposited: "2008-12-03"), A.State("PSE", "State of Palestine", "Middle East", deposited: "2015-01-02"),
         A.State("TGO", "Togo", "Africa", deposited: "2012-06-22")],
        meetings: [new Meeting("7MSP", "Seventh Meeting of States Parties", "ccm_msp", "Geneva", PartialDate.Parse("2017-09-04"), PartialDate.Parse("2017-09-06"), null, A.Source)]);

    [Theory]
    [InlineData("overdue initial reports on the eve of the 7MSP", "As of 3 Sep 2017:")]
    [InlineData("who owed an initial report at the 7MSP?", "As of 4 Sep 2017:")]
    [InlineData("state of play on Art 4 at the 7MSP", "As of 4 Sep 2017: Art. 4 (clearance)")]
    [InlineData("overdue reports at the 14MSP", "CcmBot has no date for the 14MSP")]
    [InlineData("overdue reports as of 7MSP", "As of 4 Sep 2017:")]
    [InlineData("who owed an initial report as of the 7MSP?", "As of 4 Sep 2017:")]
    [InlineData("States Parties as of the 7MSP", "As of 6 Sep 2017: 3 States Parties")]
    [InlineData("overdue reports as of the 14MSP", "CcmBot has no date for the 14MSP")]
    public void A_meeting_can_be_the_date_a_question_is_asked_for(string question, string expected) =>
        Assert.StartsWith(expected, new AnswerEngine().Answer(question, WithMeetings, Today).Text);

    [Fact]
    public void When_a_meeting_is_the_question_it_is_still_answered_as_a_meeting() =>
        Assert.StartsWith("Seventh Meeting of States Parties (7MSP) was held", new AnswerEngine().Answer("when was the 7MSP?", WithMeetings, Today).Text);
}
