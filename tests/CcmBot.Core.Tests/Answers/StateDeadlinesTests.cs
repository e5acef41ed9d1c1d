using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

/// <summary>"What's the deadline for Lebanon?": what falls due next, what is overdue and what passed unrecorded, first; then the profile.</summary>
public sealed class StateDeadlinesTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");

    static readonly TreatyData Data = new(
        [
            A.State("LBN", "Lebanon", "Middle East", deposited: "2010-11-05"),
            A.State("VUT", "Vanuatu", "Pacific", instrument: InstrumentKind.Accession, signed: null, deposited: "2025-09-05"),
            A.State("LTU", "Lithuania", "Europe", deposited: "2011-03-24", withdrawalNotified: "2024-09-06", withdrawalEffective: "2025-03-06"),
            A.Signatory("COD", "Democratic Republic of the Congo"),
        ],
        evidence:
        [
            A.Evidence(Deliverable.InitialReport, EvidenceKind.SubmittedOn, "2011-10-20", "LBN"),
            A.Evidence(Deliverable.AnnualReport(2016), EvidenceKind.NotSubmittedAt, "2017-06-30", "LBN"),
        ],
        obligationEvents:
        [
            A.Event(4, ObligationEventKind.OriginalDeadline, "2011-05-01", "2021-05-01", "LBN"),
            A.Event(4, ObligationEventKind.ExtensionGranted, "2020-11-26", "2026-05-01", "LBN", grantedBy: "2RC"),
        ]);

    static Answer Ask(string text) => new AnswerEngine().Answer(text, Data, Today);

    [Theory]
    [InlineData("what's the deadline for Lebanon?")]
    [InlineData("Lebanon's deadlines")]
    [InlineData("when is Lebanon's next deadline?")]
    [InlineData("what does Lebanon owe?")]
    [InlineData("what's coming up for Lebanon")]
    [InlineData("is Lebanon on track?")]
    public void A_States_deadlines_come_first_then_its_profile(string question)
    {
        var answer = Ask(question);
        var profile = Assert.IsType<StateProfileModel>(answer.Model);
        var first = answer.Text.Split('\n')[0];
        Assert.Equal(profile.DirectAnswer, first);
        Assert.StartsWith("Lebanon's deadlines as of 25 Nov 2026. Next: annual report for 2026 (Art. 7(2)), due 30 Apr 2027. Overdue: ", first);
        // Passed deadlines in the order they fell, each with its rule and day; the profile follows unchanged.
        var passed = new[] { "clearance of cluster munition remnants (Art. 4), due 1 May 2026", "annual report for 2025 (Art. 7(2)), due 30 Apr 2026" };
        Assert.All(passed, p => Assert.Contains(p, first));
        Assert.True(first.IndexOf("annual report for 2025", StringComparison.Ordinal) < first.IndexOf("clearance", StringComparison.Ordinal));
        Assert.StartsWith("Lebanon as of 25 Nov 2026: State Party (in force).", answer.Text.Split('\n')[1]);
        Assert.DoesNotContain("initial transparency report", first);
    }

    [Fact]
    public void On_a_past_date_the_deadlines_are_those_of_that_day()
    {
        var first = Ask("Lebanon's deadlines as of 30 June 2017").Text.Split('\n')[0];
        Assert.Equal("Lebanon's deadlines as of 30 Jun 2017. Next: annual report for 2017 (Art. 7(2)), due 30 Apr 2018; clearance of cluster munition remnants (Art. 4), due 1 May 2021. " +
                     "Overdue: annual report for 2016 (Art. 7(2)), due 30 Apr 2017.", first);
    }

    [Fact]
    public void A_new_State_Party_has_its_initial_report_and_first_annual_report_next()
    {
        var first = Ask("Vanuatu deadlines as of 1 June 2026").Text.Split('\n')[0];
        Assert.Equal("Vanuatu's deadlines as of 1 Jun 2026. Next: initial transparency report (Art. 7(1)), due 28 Aug 2026; annual report for 2026 (Art. 7(2)), due 30 Apr 2027; " +
                     "national implementation measures (LAP Action 47), due 1 Mar 2028. Overdue: none recorded.", first);
    }

    [Theory]
    [InlineData("deadlines for the Democratic Republic of the Congo", "Democratic Republic of the Congo has no deadlines under the Convention on 25 Nov 2026 (signatory); only a State Party owes reports and deadlines.")]
    [InlineData("what does Lithuania owe?", "Lithuania has no deadlines under the Convention on 25 Nov 2026 (withdrawn); only a State Party owes reports and deadlines.")]
    public void A_State_not_party_is_told_it_owes_nothing(string question, string first) =>
        Assert.Equal(first, Ask(question).Text.Split('\n')[0]);

    [Theory]
    [InlineData("tell me about Lebanon")]
    [InlineData("Lebanon")]
    [InlineData("when did Lebanon join?")]
    public void A_plain_profile_question_keeps_the_profiles_own_first_line(string question) =>
        Assert.DoesNotContain("deadlines as of", Ask(question).Text.Split('\n')[0]);
}
