using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

public class CoverageAnswersTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");

    static TreatyData Data() => new(
        [A.State("AAA", "Aland", deposited: "2010-01-05") with { Provenance = new Provenance("UNTC", PartialDate.Parse("2026-01-23")) }, A.Signatory("SIG", "Signland")],
        evidence: [A.Evidence(Deliverable.AnnualReport(2016), EvidenceKind.SubmittedOn, "2017-04-20", "AAA", "seed 002")],
        obligationEvents: [A.Event(4, ObligationEventKind.ObligationDeclared, "2011-01-01", iso3: "AAA")]);

    [Theory]
    [InlineData("where does this data come from?")]
    [InlineData("how up to date is your data?")]
    [InlineData("show me the data sources")]
    [InlineData("what data do you have?")]
    [InlineData("when was the data last updated?")]
    [InlineData("is the data up to date?")]
    [InlineData("are your figures current?")]
    [InlineData("how old is the data?")]
    public void Questions_about_the_data_itself_are_answered_with_its_coverage(string question)
    {
        Assert.Equal(Intent.DataCoverage, new RuleBasedQuestionParser().Parse(question, Today, Data().Resolver).Intent);
    }

    [Theory]
    [InlineData("what sources say Aland is overdue?")]
    [InlineData("which reports came in for 2016?")]
    [InlineData("is Aland's report up to date?")]
    public void A_question_about_States_or_reports_is_not_about_the_data(string question)
    {
        Assert.NotEqual(Intent.DataCoverage, new RuleBasedQuestionParser().Parse(question, Today, Data().Resolver).Intent);
    }

    [Fact]
    public void Each_dataset_says_how_many_records_it_holds_and_the_last_date_its_sources_speak_for()
    {
        var answer = new AnswerEngine().Answer("where does your data come from?", Data(), Today);
        Assert.StartsWith("As of 25 Nov 2026, CcmBot's data run: membership to 23 Jan 2026; Art. 7 reports to 20 Apr 2017; Art. 3 and 4 to February 2026; Art. 5: no dated record.", answer.Text);
        var rows = Assert.IsType<ListAnswerModel>(answer.Model).Groups.Single().Rows;
        Assert.Equal("2 States, to 23 Jan 2026", rows.Single(r => r.Label == "Membership").Status);
        Assert.Contains("the latest annual round with a receipt recorded: the reports for 2016", rows.Single(r => r.Label == "Art. 7 reports").Detail);
        Assert.Equal("seed 002", rows.Single(r => r.Label == "Art. 7 reports").Source);
    }
}
