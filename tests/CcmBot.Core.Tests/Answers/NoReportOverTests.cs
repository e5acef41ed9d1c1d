using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

/// <summary>"Which States have never reported?", "who has not submitted any annual report since 2016?": nothing on record over a span.</summary>
public sealed class NoReportOverTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");

    static readonly TreatyData Data = new(
        [
            A.State("NOR", "Norway", "Europe", deposited: "2008-12-03"),
            A.State("AUS", "Australia", "Pacific", deposited: "2012-10-08"),
            A.State("PLW", "Palau", "Pacific", instrument: InstrumentKind.Accession, signed: null, deposited: "2016-04-19"),
            A.State("MDG", "Madagascar", "Africa", deposited: "2017-05-20"),
            A.Signatory("COD", "Democratic Republic of the Congo"),
        ],
        evidence:
        [
            A.Evidence(Deliverable.InitialReport, EvidenceKind.SubmittedOn, "2011-01-25", "NOR", "Monitor Norway profile"),
            A.Evidence(Deliverable.AnnualReport(2016), EvidenceKind.NotSubmittedAt, "2017-06-30", "AUS", "7MSP progress report"),
            A.Evidence(Deliverable.InitialReport, EvidenceKind.NotSubmittedAt, "2017-06-30", "PLW", "7MSP progress report"),
            A.Evidence(Deliverable.AnnualReport(2016), EvidenceKind.NotSubmittedAt, "2017-06-30", "PLW", "7MSP progress report"),
        ]);

    static Answer Ask(string text) => new AnswerEngine().Answer(text, Data, Today);

    [Theory]
    [InlineData("which States have never reported?")]
    [InlineData("list the States that have never submitted a report")]
    [InlineData("who hasn't reported at all?")]
    [InlineData("which States Parties have not submitted any Article 7 report?")]
    public void Never_reported_splits_none_on_record_into_recorded_missing_and_not_known(string question)
    {
        var answer = Ask(question);
        var model = Assert.IsType<ListAnswerModel>(answer.Model);
        // Norway reported once; Australia, Palau and Madagascar have no submission on record; the signatory owes none.
        Assert.Equal("As of 25 Nov 2026: of the 4 States Parties that owed an Article 7 report ever due, 1 is recorded as having submitted at least one; " +
                     "none is recorded as having submitted none; for 3 the data hold no submission and cannot tell whether one was made.", model.Summary);
        var rows = model.Groups.SelectMany(g => g.Rows).ToList();
        Assert.Equal(["Australia", "Madagascar", "Palau"], rows.Select(r => r.Label));
        Assert.Contains("annual report for 2016 (Art. 7(2)) last recorded as not submitted 30 Jun 2017", rows[0].Detail);
        Assert.Contains(model.Notes, n => n.StartsWith("\"Not known\" is not \"never\"", StringComparison.Ordinal));
    }

    [Fact]
    public void On_a_past_date_a_State_whose_every_owed_report_was_recorded_missing_submitted_none()
    {
        var model = Assert.IsType<ListAnswerModel>(Ask("which States had never reported as of 30 June 2017?").Model);
        Assert.StartsWith("As of 30 Jun 2017: of the 3 States Parties that owed an Article 7 report ever due, 1 is recorded as having submitted at least one; 1 is recorded as having submitted none (Palau); for 1 ", model.Summary);
        var palau = Assert.Single(model.Groups.First().Rows);
        Assert.Equal(("Palau", "none submitted", "2 reports owed, due 30 Mar 2017 to 30 Apr 2017; each recorded as not submitted"), (palau.Label, palau.Status, palau.Detail));
        Assert.Contains("5 reports owed, due 28 Sep 2013 to 30 Apr 2017; 1 recorded as not submitted, no record either way for the rest", model.Groups.SelectMany(g => g.Rows).Single(r => r.Label == "Australia").Detail);
    }

    [Fact]
    public void Since_a_year_counts_only_the_reports_falling_due_from_then_and_annual_reports_only_when_asked()
    {
        var model = Assert.IsType<ListAnswerModel>(Ask("which States Parties have not submitted any annual report since 2020?").Model);
        Assert.StartsWith("As of 25 Nov 2026: of the 4 States Parties that owed an annual report falling due from 1 Jan 2020 to 25 Nov 2026, 0 are recorded", model.Summary);
        Assert.Contains("7 reports owed, due 30 Apr 2020 to 30 Apr 2026; no record either way", model.Groups.SelectMany(g => g.Rows).Single(r => r.Label == "Norway").Detail);
        Assert.Equal(["Rule: annual report"], model.Rules.Select(r => "Rule: " + r.Split(' ').Take(2).Aggregate((a, b) => a + " " + b)));
    }

    [Theory]
    [InlineData("who hasn't submitted its 2025 report?")]
    [InlineData("who is overdue with reports?")]
    [InlineData("who submitted the 2016 report?")]
    public void One_years_report_is_not_read_as_a_span(string question) =>
        Assert.False(new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver).NoReportOver);

    [Fact]
    public void Overdue_by_more_than_a_span_keeps_only_reports_that_late_and_the_most_overdue_come_first()
    {
        // On 30 Jun 2017 Palau's initial report (due 30 Mar 2017) is 92 days overdue; the 2016 annual reports (due 30 Apr 2017) 61.
        var late = Assert.IsType<ListAnswerModel>(Ask("who was overdue by more than 80 days as of 30 June 2017?").Model);
        Assert.Equal("As of 30 Jun 2017: 1 State Party overdue with its initial report: Palau (for 1 more the data cannot tell on that date); " +
                     "no State Party is recorded as overdue with its annual report for 2016 (due 30 Apr 2017) (for 1 State Party the data cannot tell on that date).", late.Summary);
        Assert.Contains(late.Notes, n => n.StartsWith("Only reports at least 80 days past their deadline", StringComparison.Ordinal));
        var all = Assert.IsType<ListAnswerModel>(Ask("who was overdue as of 30 June 2017?").Model);
        Assert.Contains("2 States Parties overdue with their annual report for 2016 (due 30 Apr 2017): Australia and Palau", all.Summary);
        Assert.Equal(365, new RuleBasedQuestionParser().Parse("which States are overdue by more than a year?", Today, Data.Resolver).MinDaysOverdue);
        Assert.Equal(1825, new RuleBasedQuestionParser().Parse("initial reports more than 5 years late", Today, Data.Resolver).MinDaysOverdue);
        Assert.True(new RuleBasedQuestionParser().Parse("who is the most overdue?", Today, Data.Resolver).LongestOverdueFirst);
    }

    [Fact]
    public void Initial_report_but_never_an_annual_one_counts_only_States_whose_initial_report_is_on_record()
    {
        var model = Assert.IsType<ListAnswerModel>(Ask("which States Parties submitted their initial report but never an annual report?").Model);
        // Only Norway's initial report is on record; it owed annual reports from 2011 and none is on record.
        Assert.StartsWith("As of 25 Nov 2026: of the 1 State Party with their initial report on record that owed an annual report ever due, 0 are recorded", model.Summary);
        Assert.Equal(["Norway"], model.Groups.SelectMany(g => g.Rows).Select(r => r.Label));
    }

    [Theory]
    [InlineData("Norway reporting history")]
    [InlineData("when was Norway's initial report due?")]
    [InlineData("when did Norway submit its initial report?")]
    public void A_State_s_reporting_history_gives_the_day_its_initial_report_was_due_and_came_in_in_its_first_line(string question) =>
        Assert.StartsWith("Norway, reporting as of 25 Nov 2026: initial report met (due 28 Jan 2011; submitted on 25 Jan 2011, on time);", Ask(question).Text);

    [Fact]
    public void Reports_received_in_a_period_are_those_recorded_with_a_day_inside_it()
    {
        var received = Assert.IsType<ListAnswerModel>(Ask("which reports came in in 2011?").Model);
        Assert.Equal("1 Article 7 report recorded as received between 1 Jan 2011 and 31 Dec 2011: Norway (initial transparency report, 25 Jan 2011).", received.Summary);
        Assert.StartsWith("No Article 7 report is recorded as received between 1 Jan 2026 and 31 Dec 2026", Ask("how many reports did we receive this year?").Text);
        Assert.StartsWith("No Article 7 report is recorded as received between 1 Jan 2026 and 31 Dec 2026", Ask("transparency reports received this year").Text);
        Assert.Equal(received.Summary, Assert.IsType<ListAnswerModel>(Ask("reports that came in in 2011").Model).Summary);
        // "Who reported in 2017?" stays the round of reports due then.
        Assert.False(new RuleBasedQuestionParser().Parse("who reported in 2017?", Today, Data.Resolver).ReceivedInPeriod);
    }

    [Theory]
    [InlineData("states parties without a report on record")]
    [InlineData("which States Parties have no annual report on record?")]
    public void Without_a_report_on_record_is_the_span_answer(string question) =>
        Assert.True(new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver).NoReportOver);
}
