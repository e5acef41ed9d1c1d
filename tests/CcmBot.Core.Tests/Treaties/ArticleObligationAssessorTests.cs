using CcmBot.Core.Treaties;
using static CcmBot.Core.Treaties.ObligationEventKind;

namespace CcmBot.Core.Tests.Treaties;

public sealed class ArticleObligationAssessorTests
{
    // Entry into force 1 Sep 2011: Art. 3 deadline 1 Sep 2019, Art. 4 deadline 1 Sep 2021.
    static readonly StateInfo State = A.State(deposited: "2011-03-09");

    static ObligationAssessment Assess(int article, string asOf, params ObligationEvent[] events) =>
        ArticleObligationAssessor.Assess(State, article, A.Day(asOf), events);

    [Fact]
    public void Without_recorded_facts_the_article_does_not_apply()
    {
        var result = Assess(3, "2020-01-01");
        Assert.Equal(ObligationStatus.NotApplicable, result.Status);
        Assert.Contains("no Art. 3 obligation recorded", result.Explanation);
    }

    [Fact]
    public void Before_the_deadline_it_is_not_yet_due_with_the_rule_deadline()
    {
        var result = Assess(3, "2019-09-01", A.Event(3, OriginalDeadline, "2011-09-01", "2019-09-01"));
        Assert.Equal(ObligationStatus.NotYetDue, result.Status);
        Assert.Equal(A.Day("2019-09-01"), result.Deadline);
        Assert.Equal("Art. 3(2)", result.Rule.Citation);
    }

    [Fact]
    public void A_completion_makes_it_met_from_the_day_it_is_certain()
    {
        var events = new[] { A.Event(3, OriginalDeadline, "2011-09-01", "2019-09-01"), A.Event(3, Completed, "2015-07") };
        Assert.Equal(ObligationStatus.NotYetDue, Assess(3, "2015-07-15", events).Status); // July 2015: not certain yet
        var met = Assess(3, "2015-08-01", events);
        Assert.Equal(ObligationStatus.Met, met.Status);
        Assert.Contains("July 2015", met.Explanation);
    }

    [Theory]
    [InlineData("2015-07", "completed within its deadline of 1 Sep 2019: ")]
    [InlineData("2020-03-01", "completed within its deadline of 1 Sep 2021: ")]   // after the original deadline, inside the extension granted before it
    [InlineData("2022-02-01", "completed after its deadline of 1 Sep 2021: ")]
    [InlineData("2021", "completed: ")]                                            // a year straddling the deadline: not said either way
    public void A_completion_says_whether_it_came_within_the_deadline_in_force_on_its_day(string completed, string said)
    {
        var result = Assess(3, "2023-01-01", A.Event(3, OriginalDeadline, "2011-09-01", "2019-09-01"),
            A.Event(3, ExtensionGranted, "2019-06-01", "2021-09-01", grantedBy: "9MSP"), A.Event(3, Completed, completed));
        Assert.Equal(ObligationStatus.Met, result.Status);
        Assert.StartsWith(said, result.Explanation);
    }

    [Fact]
    public void Completion_before_entry_into_force_means_no_deadline_ran()
    {
        var result = Assess(3, "2012-01-01", A.Event(3, Completed, "2010-07-16"));
        Assert.Equal(ObligationStatus.Met, result.Status);
        Assert.Contains("before entry into force", result.Explanation);
        Assert.Null(result.Deadline);
    }

    [Fact]
    public void A_completion_a_user_recorded_is_attributed_to_them_and_a_source_s_is_per_the_source()
    {
        var recorded = Assess(3, "2012-01-01", A.Event(3, Completed, "2010-07-16", source: "recorded by isu via chat on 2026-12-05 (change #3)")).Explanation;
        Assert.Contains("completion reported: 16 Jul 2010 recorded by isu via chat on 2026-12-05 (change #3)", recorded);
        Assert.DoesNotContain("per recorded", recorded);
        Assert.Contains("completion reported: 16 Jul 2010 per Monitor", Assess(3, "2012-01-01", A.Event(3, Completed, "2010-07-16", source: "Monitor")).Explanation);
    }

    [Fact]
    public void Two_completion_dates_from_two_sources_are_both_shown()
    {
        var result = Assess(3, "2012-01-01", A.Event(3, Completed, "2010-07-16", source: "MoD"), A.Event(3, Completed, "2010-06", source: "Monitor"));
        Assert.Contains("different completion dates", result.Explanation);
        Assert.Contains("MoD", result.Explanation);
        Assert.Contains("Monitor", result.Explanation);
    }

    [Fact]
    public void An_extension_moves_the_deadline_only_once_granted()
    {
        var events = new[]
        {
            A.Event(4, OriginalDeadline, "2011-09-01", "2021-09-01"),
            A.Event(4, ExtensionGranted, "2021-09-20/2021-09-21", "2026-09-01", grantedBy: "2RC"),
        };
        var beforeGrant = Assess(4, "2021-08-10", events);
        Assert.Equal(ObligationStatus.NotYetDue, beforeGrant.Status);
        Assert.Equal(A.Day("2021-09-01"), beforeGrant.Deadline);
        var afterGrant = Assess(4, "2022-01-01", events);
        Assert.Equal(ObligationStatus.NotYetDue, afterGrant.Status);
        Assert.Equal(A.Day("2026-09-01"), afterGrant.Deadline);
        Assert.Contains("extended from 1 Sep 2021", afterGrant.Explanation);
    }

    [Fact]
    public void A_passed_deadline_inside_the_data_is_overdue()
    {
        var result = Assess(4, "2022-01-01", A.Event(4, OriginalDeadline, "2011-09-01", "2021-09-01"));
        Assert.Equal(ObligationStatus.Overdue, result.Status);
        Assert.Equal(122, result.DaysOverdue(A.Day("2022-01-01")));
    }

    [Fact]
    public void A_deadline_that_passed_after_the_data_ends_is_unknown()
    {
        var result = Assess(4, "2022-01-01", A.Event(4, OriginalDeadline, "2011-09-01", "2021-09-01", dataAsOf: "2021-06"));
        Assert.Equal(ObligationStatus.Unknown, result.Status);
        Assert.Contains("after our data ends", result.Explanation);
    }

    [Fact]
    public void A_pending_extension_request_makes_a_passed_deadline_unknown()
    {
        var result = Assess(4, "2022-01-01",
            A.Event(4, OriginalDeadline, "2011-09-01", "2021-09-01"),
            A.Event(4, ExtensionRequested, "2021", grantedBy: "13MSP (outcome not found)"));
        Assert.Equal(ObligationStatus.Unknown, result.Status);
        Assert.Contains("outcome not recorded", result.Explanation);
    }

    [Fact]
    public void A_conditional_obligation_past_its_deadline_is_unknown()
    {
        var result = Assess(4, "2022-01-01", A.Event(4, OriginalDeadline, "2011-09-01", "2021-09-01", conditional: true));
        Assert.Equal(ObligationStatus.Unknown, result.Status);
        Assert.Contains("conditional", result.Explanation);
    }

    [Fact]
    public void An_extension_granted_on_an_unrecorded_date_makes_the_gap_unknown()
    {
        var events = new[]
        {
            A.Event(4, OriginalDeadline, "2011-09-01", "2021-09-01"),
            A.Event(4, ExtensionGranted, "", "2023-09-01", dataAsOf: "2026-02"),
        };
        Assert.Equal(ObligationStatus.Unknown, Assess(4, "2022-01-01", events).Status);
        var later = Assess(4, "2026-03-01", events);
        Assert.Equal(A.Day("2023-09-01"), later.Deadline);
    }

    [Fact]
    public void A_deadline_known_only_to_the_year_is_unknown_during_that_year()
    {
        var events = new[] { A.Event(4, OriginalDeadline, "2011-09-01", "2021-09-01"), A.Event(4, ExtensionGranted, "2021-09-20/2021-09-21", "2026", dataAsOf: "2027-06") };
        Assert.Equal(ObligationStatus.Unknown, Assess(4, "2026-06-01", events).Status);
        Assert.Equal(ObligationStatus.Overdue, Assess(4, "2027-01-02", events).Status);
    }

    [Fact]
    public void Stocks_found_after_a_completion_reopen_the_obligation()
    {
        var events = new[]
        {
            A.Event(3, OriginalDeadline, "2011-09-01", "2019-09-01"),
            A.Event(3, Completed, "2012-01-01"),
            A.Event(3, NewStockpile, "2013"),
            A.Event(3, Completed, "2017"),
        };
        Assert.Equal(ObligationStatus.Met, Assess(3, "2012-06-01", events).Status);
        Assert.Equal(ObligationStatus.NotYetDue, Assess(3, "2014-06-01", events).Status);
        Assert.Equal(ObligationStatus.Met, Assess(3, "2018-01-01", events).Status);
    }

    [Fact]
    public void A_withdrawn_State_has_no_obligation_left()
    {
        var left = A.State(deposited: "2011-03-24", withdrawalNotified: "2024-09-06", withdrawalEffective: "2025-03-06");
        var result = ArticleObligationAssessor.Assess(left, 3, A.Day("2025-06-01"), [A.Event(3, OriginalDeadline, "2011-09-01", "2019-09-01")]);
        Assert.Equal(ObligationStatus.NotApplicable, result.Status);
    }

    [Fact]
    public void A_State_not_yet_in_force_is_not_yet_due()
    {
        var result = Assess(3, "2011-05-01", A.Event(3, OriginalDeadline, "2011-09-01", "2019-09-01"));
        Assert.Equal(ObligationStatus.NotYetDue, result.Status);
    }
}
