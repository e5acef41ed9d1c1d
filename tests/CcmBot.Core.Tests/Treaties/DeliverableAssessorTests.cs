using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Treaties;

public sealed class DeliverableAssessorTests
{
    static readonly RuleDeadline Due = new(A.Day("2012-09-28"), Rules.InitialReport);
    static readonly Deliverable Initial = Deliverable.InitialReport;

    static ObligationAssessment Assess(string asOf, params DeliverableEvidence[] evidence) =>
        DeliverableAssessor.Assess(Initial, Due, A.Day(asOf), evidence);

    [Fact]
    public void A_report_submitted_on_a_known_day_is_met_from_that_day()
    {
        var submitted = A.Evidence(Initial, EvidenceKind.SubmittedOn, "2012-08-01");
        Assert.Equal(ObligationStatus.NotYetDue, Assess("2012-07-31", submitted).Status);
        var met = Assess("2012-08-01", submitted);
        Assert.Equal(ObligationStatus.Met, met.Status);
        Assert.Contains("submitted on 1 Aug 2012", met.Explanation);
        Assert.Single(met.Sources);
    }

    [Fact]
    public void A_late_submission_is_met_and_says_it_was_late()
    {
        var late = Assess("2014-01-01", A.Evidence(Initial, EvidenceKind.SubmittedOn, "2013-06-01"));
        Assert.Equal(ObligationStatus.Met, late.Status);
        Assert.Contains("after the deadline", late.Explanation);
    }

    [Fact]
    public void On_the_deadline_day_a_report_is_not_yet_overdue()
    {
        var missing = A.Evidence(Initial, EvidenceKind.NotSubmittedAt, "2013-01-01");
        Assert.Equal(ObligationStatus.NotYetDue, Assess("2012-09-28", missing).Status);
        var overdue = Assess("2012-09-29", missing);
        Assert.Equal(ObligationStatus.Overdue, overdue.Status);
        Assert.Equal(1, overdue.DaysOverdue(A.Day("2012-09-29")));
    }

    [Fact]
    public void Overdue_needs_an_observation_on_or_after_the_date_asked_about()
    {
        var missing = A.Evidence(Initial, EvidenceKind.NotSubmittedAt, "2015-06-18");
        Assert.Equal(ObligationStatus.Overdue, Assess("2015-06-18", missing).Status);
        var later = Assess("2015-06-19", missing);
        Assert.Equal(ObligationStatus.Unknown, later.Status);
        Assert.Contains("last recorded as not submitted on 18 Jun 2015", later.Explanation);
    }

    [Fact]
    public void Without_any_record_a_past_deadline_is_unknown_not_overdue()
    {
        var result = Assess("2020-01-01");
        Assert.Equal(ObligationStatus.Unknown, result.Status);
        Assert.Contains("no record of it either way", result.Explanation);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Submitted_by_a_date_is_met_only_from_that_date()
    {
        var seen = A.Evidence(Initial, EvidenceKind.SubmittedBy, "2017-06-30");
        Assert.Equal(ObligationStatus.Unknown, Assess("2017-06-29", seen).Status);
        Assert.Equal(ObligationStatus.Met, Assess("2017-06-30", seen).Status);
    }

    [Fact]
    public void Submitted_during_a_period_means_missing_before_it_and_in_after_it()
    {
        var period = A.Evidence(Initial, EvidenceKind.SubmittedOn, "2016-07-01/2017-06-30");
        Assert.Equal(ObligationStatus.Overdue, Assess("2016-06-30", period).Status);
        Assert.Equal(ObligationStatus.Unknown, Assess("2017-01-01", period).Status);
        Assert.Equal(ObligationStatus.Met, Assess("2017-06-30", period).Status);
    }

    [Fact]
    public void Sources_that_contradict_each_other_give_unknown_and_name_both()
    {
        // Chad: the Monitor dates its initial report 24 May 2014; a CMC list shows it missing on 18 Jun 2015.
        var monitor = A.Evidence(Initial, EvidenceKind.SubmittedOn, "2014-05-24", source: "Monitor");
        var cmc = A.Evidence(Initial, EvidenceKind.NotSubmittedAt, "2015-06-18", source: "CMC paper");
        var during = Assess("2015-01-01", monitor, cmc);
        Assert.Equal(ObligationStatus.Unknown, during.Status);
        Assert.Contains("sources disagree", during.Explanation);
        Assert.Contains("Monitor", during.Explanation);
        Assert.Contains("CMC paper", during.Explanation);
        Assert.Equal(2, during.Sources.Count);
        Assert.Equal(ObligationStatus.Met, Assess("2016-01-01", monitor, cmc).Status);
    }

    [Fact]
    public void Evidence_about_another_deliverable_is_ignored()
    {
        var annual = A.Evidence(Deliverable.AnnualReport(2012), EvidenceKind.SubmittedOn, "2012-08-01");
        Assert.Equal(ObligationStatus.Unknown, Assess("2014-01-01", annual).Status);
    }

    [Fact]
    public void A_complete_overdue_list_marks_listed_States_missing_and_the_others_submitted()
    {
        var listed = A.State("AAA", "Listed", deposited: "2011-03-09");
        var other = A.State("BBB", "Other", deposited: "2011-03-09");
        var tooNew = A.State("CCC", "New", deposited: "2017-05-20");
        var signatory = A.Signatory();
        var observed = PartialDate.Parse("2017-06-30");
        var evidence = DeliverableAssessor.FromCompleteOverdueList([listed, other, tooNew, signatory], new HashSet<string> { "AAA" }, observed, A.Source).ToList();

        Assert.Contains(evidence, e => e.Iso3 == "AAA" && e.Kind == EvidenceKind.NotSubmittedAt);
        Assert.Contains(evidence, e => e.Iso3 == "BBB" && e.Kind == EvidenceKind.SubmittedBy);
        Assert.DoesNotContain(evidence, e => e.Iso3 is "CCC" or "SIG");
    }
}
