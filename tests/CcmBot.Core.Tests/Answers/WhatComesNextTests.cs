using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

/// <summary>"What's next": the next meeting with the days to go, meetings in a period, the next milestone, the next annual report day.</summary>
public sealed class WhatComesNextTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");

    static Meeting M(string id, string start, string end) =>
        new(id, id == "14MSP" ? "Fourteenth Meeting of States Parties" : "Thirteenth Meeting of States Parties", "ccm_msp", "Geneva", PartialDate.Parse(start), PartialDate.Parse(end), null, A.Source);

    static Milestone Ms(string id, string title, string target) =>
        new("NIM-2016 concept note", id, title, target, MilestoneTargetType.Date, PartialDate.Parse(target), null, null, null, A.Source);

    static readonly TreatyData Data = new(
        [A.State("NOR", "Norway", deposited: "2008-12-03"), A.State("AUT", "Austria", deposited: "2009-04-02")],
        meetings: [M("13MSP", "2025-09-16", "2025-09-19"), M("14MSP", "2027-09-06", "2027-09-09")],
        milestones: [Ms("1", "Draw up a target list", "2016-11-30"), Ms("2", "Write to every State on it", "2027-02-28"), Ms("3", "Hold a workshop", "2027-02-28"), Ms("4", "Report to 14MSP", "2027-09-06")]);

    static string Ask(string question) => new AnswerEngine().Answer(question, Data, Today).Text;

    [Theory]
    [InlineData("how many days until the next MSP?")]
    [InlineData("how long until the next meeting?")]
    public void The_days_to_the_next_meeting_are_said(string question) =>
        Assert.StartsWith("Fourteenth Meeting of States Parties (14MSP) is planned for 6 Sep 2027 to 9 Sep 2027, Geneva — in 285 days.", Ask(question));

    [Theory]
    [InlineData("who is due to report next?")]
    [InlineData("upcoming reporting deadlines")]
    [InlineData("which reports are due next?")]
    public void The_next_reporting_deadline_is_found_beyond_a_quiet_stretch(string question)
    {
        // 25 Nov 2026: nothing falls due in the next 90 days; the 2026 annual reports are due on 30 Apr 2027.
        var parsed = new RuleBasedQuestionParser().Parse(question, Today, Data.Resolver);
        Assert.Equal((Intent.ComingUp, (int?)7), (parsed.Intent, parsed.Article));
        var text = Ask(question);
        Assert.StartsWith("Nothing in CcmBot's data falls due in the next 90 days; looking a year ahead. As of 25 Nov 2026, due between 25 Nov 2026 and 25 Nov 2027: 1 Art. 7 reporting deadline.", text);
        Assert.Contains("- Annual reports for 2026: due 30 Apr 2027; 2 States Parties owe it by CcmBot's rule", text);
    }

    [Fact]
    public void With_no_initial_report_still_to_fall_due_the_latest_that_fell_due_is_named()
    {
        var text = Ask("which initial reports are due next?");
        Assert.StartsWith("Nothing in CcmBot's data falls due in the next 90 days; looking a year ahead. As of 25 Nov 2026: nothing in CcmBot's data falls due between 25 Nov 2026 and 25 Nov 2027 (Art. 7 reports).", text);
        Assert.Contains("No State Party has an initial report falling due between 25 Nov 2026 and 25 Nov 2027; the latest fell due on 28 Jan 2011 (Austria). A State that joins now owes its first 180 days after the Convention enters into force for it (Art. 7(1)).", text);
    }

    [Fact]
    public void A_period_asked_for_is_not_widened()
    {
        Assert.StartsWith("As of 25 Nov 2026: nothing in CcmBot's data falls due between 1 Dec 2026 and 31 Dec 2026", Ask("what's due in December?"));
    }

    [Fact]
    public void Meetings_in_a_period_are_listed_with_the_next_one_after_today()
    {
        Assert.StartsWith("1 Convention meeting between 1 Jan 2025 and 31 Dec 2025: 13MSP (16 Sep 2025 to 19 Sep 2025); the next after 25 Nov 2026: Fourteenth Meeting of States Parties (14MSP)",
            Ask("meetings in 2025"));
        Assert.StartsWith("No Convention meeting in CcmBot's data between 1 Jan 2026 and 31 Dec 2026; the next after 25 Nov 2026:", Ask("is there a meeting in 2026?"));
        Assert.StartsWith("By 25 Nov 2026:", Ask("how many MSPs have there been?"));
    }

    [Fact]
    public void The_next_milestone_is_the_earliest_target_still_ahead_with_all_that_share_it()
    {
        var next = Ask("what's the next milestone?");
        Assert.StartsWith("As of 25 Nov 2026, the next milestones: NIM-2016 concept note 2 (Write to every State on it) and NIM-2016 concept note 3 (Hold a workshop), target 28 Feb 2027. Already overdue: 1", next);
        Assert.DoesNotContain("Report to 14MSP", next.Split('\n')[0]);
        Assert.StartsWith("No milestone falls due between 1 Dec 2026 and 31 Dec 2026", Ask("what milestones are due next month?"));
    }

    [Fact]
    public void The_next_annual_report_day_is_the_next_30_April_with_how_many_owe_it()
    {
        Assert.StartsWith("The next annual reports fall due on 30 Apr 2027, covering 2026, 156 days from 25 Nov 2026; by CcmBot's rule 2 States Parties owe them (Art. 7(2)).",
            Ask("when is the next annual report deadline?"));
        Assert.StartsWith("The next annual reports fall due on 30 Apr 2026, covering 2025", new AnswerEngine().Answer("when is the next annual report deadline?", Data, A.Day("2026-01-10")).Text);
    }

    [Fact]
    public void What_comes_up_in_a_region_is_that_region_s_deadlines_without_the_Convention_wide_milestones()
    {
        var data = new TreatyData(
            [A.State("TCD", "Chad", "Africa", deposited: "2013-03-26"), A.State("AFG", "Afghanistan", "Asia", deposited: "2011-09-08")],
            obligationEvents:
            [
                A.Event(4, ObligationEventKind.OriginalDeadline, deadline: "2023-09-01", iso3: "TCD"), A.Event(4, ObligationEventKind.ExtensionGranted, "2023-09-01", "2027-01-31", "TCD"),
                A.Event(4, ObligationEventKind.OriginalDeadline, deadline: "2022-03-01", iso3: "AFG"), A.Event(4, ObligationEventKind.ExtensionGranted, "2021-09-01", "2027-02-15", "AFG"),
            ],
            milestones: [Ms("2", "Write to every State on it", "2027-01-15")]);

        var asia = new AnswerEngine().Answer("what deadlines are coming up in Asia?", data, Today);
        Assert.StartsWith("Asia only. As of 25 Nov 2026, due between 25 Nov 2026 and 23 Feb 2027 (the next 90 days): 1 Art. 4 (clearance) deadline.", asia.Text);
        Assert.Equal(["Afghanistan"], Assert.IsType<ListAnswerModel>(asia.Model).Groups.SelectMany(g => g.Rows).Select(r => r.Label));
        Assert.Contains("action-plan milestone", new AnswerEngine().Answer("what's coming up?", data, Today).Text);
    }
}
