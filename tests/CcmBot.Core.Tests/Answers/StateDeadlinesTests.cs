using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

/// <summary>
/// "What's the deadline for Lebanon?": what falls due next, what is overdue and what passed unrecorded, first; then the profile.
/// The same for a State's national measures (Art. 9) and victim assistance (Art. 5).
/// </summary>
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
        ],
        articleSnapshots:
        [
            new ArticleSnapshot("LBN", "5", "victims", PartialDate.Parse("2017-06-30"), null, [], null, new Provenance("seed 002 §43", PartialDate.Parse("2017-06-30"))),
        ],
        article9:
        [
            new Article9Observation("LBN", Article9Category.InProcess, PartialDate.Parse("2017-06-30"), "last_reported", null, new Provenance("seed 002 §94", PartialDate.Parse("2017-06-30"))),
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
        Assert.Equal("Lebanon's deadlines as of 30 Jun 2017. Next: annual report for 2017 (Art. 7(2)), due 30 Apr 2018; " +
                     "national disability or victim assistance action plan (DAP Action 4.1(c)), due 31 Dec 2018; clearance of cluster munition remnants (Art. 4), due 1 May 2021. " +
                     "Overdue: annual report for 2016 (Art. 7(2)), due 30 Apr 2017, 61 days overdue. Passed with no record either way: victim assistance focal point (DAP Action 4.1(a)), due 31 Dec 2016.", first);
    }

    [Fact]
    public void A_new_State_Party_has_its_initial_report_and_first_annual_report_next()
    {
        var first = Ask("Vanuatu deadlines as of 1 June 2026").Text.Split('\n')[0];
        Assert.Equal("Vanuatu's deadlines as of 1 Jun 2026. Next: initial transparency report (Art. 7(1)), due 28 Aug 2026; annual report for 2026 (Art. 7(2)), due 30 Apr 2027; " +
                     "national implementation measures (LAP Action 47), due 1 Mar 2028. Overdue: none recorded.", first);
    }

    [Theory]
    [InlineData("deadlines for the Democratic Republic of the Congo", "Democratic Republic of the Congo is not a State Party on 25 Nov 2026 (signatory), so it owes no reports, deadlines or national measures under the Convention.")]
    [InlineData("does Lithuania have implementing legislation?", "Lithuania is not a State Party on 25 Nov 2026 (withdrawn), so it owes no reports, deadlines or national measures under the Convention.")]
    [InlineData("what does Lithuania owe?", "Lithuania is not a State Party on 25 Nov 2026 (withdrawn), so it owes no reports, deadlines or national measures under the Convention.")]
    public void A_State_not_party_is_told_it_owes_nothing(string question, string first) =>
        Assert.Equal(first, Ask(question).Text.Split('\n')[0]);

    [Theory]
    [InlineData("tell me about Lebanon")]
    [InlineData("Lebanon")]
    [InlineData("when did Lebanon join?")]
    public void A_plain_profile_question_keeps_the_profiles_own_first_line(string question) =>
        Assert.DoesNotContain("deadlines as of", Ask(question).Text.Split('\n')[0]);

    [Theory]
    [InlineData("does Lebanon have implementing legislation?")]
    [InlineData("Lebanon national legislation")]
    [InlineData("what is Lebanon's NIM status?")]
    public void National_measures_asked_about_come_first(string question) =>
        Assert.StartsWith("Lebanon, national implementation measures (Art. 9) as of 25 Nov 2026: legislation in process (last reported, as of 30 Jun 2017; seed 002 §94). " +
                          "National implementation measures (LAP Action 47): unknown, due 11 Sep 2023; ", Ask(question).Text);

    [Theory]
    [InlineData("what is Lebanon's Art 5 situation?")]
    [InlineData("does Lebanon have a victim assistance focal point?")]
    [InlineData("Lebanon victim assistance")]
    public void Victim_assistance_asked_about_comes_first(string question)
    {
        var first = Ask(question).Text.Split('\n')[0];
        Assert.StartsWith("Lebanon, victim assistance (Art. 5) as of 25 Nov 2026: reported cluster munition victims (seed 002 §43, as of 30 Jun 2017), so Art. 5 applies. Victim assistance focal point (DAP Action 4.1(a)): ", first);
        Assert.Contains("National disability or victim assistance action plan (DAP Action 4.1(c)): ", first);
        Assert.StartsWith("Vanuatu, victim assistance (Art. 5) as of 25 Nov 2026: CcmBot's data record no cluster munition victims reported by Vanuatu, so no Art. 5 obligation is recorded for it",
            Ask("Vanuatu victim assistance").Text);
    }

    [Fact]
    public void How_long_a_State_has_been_overdue_gives_the_days_and_when_a_source_last_saw_a_report_missing()
    {
        var first = Ask("how long has Lebanon been overdue?").Text.Split('\n')[0];
        // The 2016 report was recorded missing on 30 Jun 2017; today the data cannot tell, so it is "passed", with that sighting
        // and how late it already was then.
        Assert.Contains("annual report for 2016 (Art. 7(2)), due 30 Apr 2017 (last recorded as not submitted 30 Jun 2017, 61 days or more after the deadline)", first);
        Assert.Contains("61 days or more after the deadline", Ask("how many days overdue is Lebanon?").Text.Split('\n')[0]);
        Assert.StartsWith("Lebanon's deadlines as of 25 Nov 2026.", first);
    }
}
