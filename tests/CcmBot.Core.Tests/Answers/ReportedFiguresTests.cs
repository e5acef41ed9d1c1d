using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

/// <summary>Counts a source reported for annual reports, shown beside the rate CcmBot's rule gives.</summary>
public sealed class ReportedFiguresTests
{
    static readonly Provenance Review = new("review conference report §46", PartialDate.Parse("2015-09"));

    // Two States Parties owing the annual report for 2014 (due 30 Apr 2015); the source counts them without naming the year.
    static readonly TreatyData Data = new(
        [A.State("NOR", "Norway", "Europe", deposited: "2008-12-03"), A.State("AUT", "Austria", "Europe", deposited: "2009-04-02")],
        figures:
        [
            new ReportedFigure("reporting", "annual_reports_submitted_count", PartialDate.Parse("2015-09"), 1, null, "Calendar year not stated.", Review),
            new ReportedFigure("reporting", "annual_reports_missing_count", PartialDate.Parse("2015-09"), 1, null, null, Review),
        ]);

    static string Ask(string question) => new AnswerEngine().Answer(question, Data, A.Day("2026-11-25")).Text;

    [Theory]
    [InlineData("reporting rate for 2014")]
    [InlineData("reporting compliance in 2015")]
    [InlineData("what was the reporting rate as of 1 October 2015?")]
    public void A_count_without_a_stated_year_is_taken_as_the_reports_latest_due_on_its_date_and_says_so(string question)
    {
        var text = Ask(question);
        Assert.Contains("annual reports for 2014", text);
        Assert.Contains("1 annual reports submitted", text);
        Assert.Contains("taken as the reports for 2014, the latest due on that date", text);
        Assert.Contains("Rate as the source reported it: 1 of 2 = 50%", text);
        Assert.Contains("CcmBot's rule counts the same 2 owing", text);
    }

    [Theory]
    [InlineData("reporting rate for 2015")] // the next year's reports: the count is not theirs
    [InlineData("reporting rate for 2014 as of 1 June 2015")] // before the source said it
    public void The_count_stays_out_of_another_years_answer_and_out_of_answers_for_days_before_it(string question) =>
        Assert.DoesNotContain("annual reports submitted", Ask(question));

    [Fact]
    public void Who_missed_a_round_gives_the_sources_count_of_the_missing_and_those_it_names_in_the_first_line()
    {
        var progress = new Provenance("progress report §88", PartialDate.Parse("2017-06-30"));
        var data = new TreatyData(
            [A.State("TCD", "Chad", "Africa", deposited: "2013-03-26"), A.State("SLE", "Sierra Leone", "Africa", deposited: "2011-12-10"), A.State("NOR", "Norway", "Europe", deposited: "2008-12-03")],
            figures:
            [
                new ReportedFigure("reporting", "annual_reports_missing_count", PartialDate.Parse("2017-06-30"), 28, null, "Reports for calendar year 2016.", progress),
                new ReportedFigure("reporting", "annual_reports_missing_states_partial", PartialDate.Parse("2017-06-30"), 2, "Sierra Leone; Chad", "Reports for calendar year 2016.", progress),
            ]);
        var text = new AnswerEngine().Answer("who missed the 2016 annual report?", data, A.Day("2026-11-25")).Text;
        Assert.Contains("progress report §88 counted 28 annual reports for 2016 missing as of 30 Jun 2017, naming 2: Chad and Sierra Leone; the other 26 are not named in the source.", text.Split('\n')[0]);
        // Asked before the source said it, or about another round, the count is not given.
        Assert.DoesNotContain("counted 28", new AnswerEngine().Answer("who missed the 2016 annual report as of 1 June 2017?", data, A.Day("2026-11-25")).Text);
        Assert.DoesNotContain("counted 28", new AnswerEngine().Answer("who missed the 2017 annual report?", data, A.Day("2026-11-25")).Text);
    }
}
