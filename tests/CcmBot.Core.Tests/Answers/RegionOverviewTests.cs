using CcmBot.Core.Answers;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

public class RegionOverviewTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");

    static TreatyData Data() => new([
        A.State("AAA", "Aland", region: "Africa", deposited: "2010-01-05"),
        A.State("BBB", "Bland", region: "Africa", deposited: "2026-09-10"),
        A.State("ZAF", "South Africa", region: "Africa", deposited: "2015-05-28"),
        A.Signatory("SIG", "Signland", signed: "2008-12-03"),
        A.State("EEE", "Eland", region: "Europe", deposited: "2011-03-09"),
        A.State("NON", "Nonland", region: "Europe", signed: null, deposited: null),
    ]);

    static Question Parse(string text, TreatyData data) => new RuleBasedQuestionParser().Parse(text, Today, data.Resolver);

    [Theory]
    [InlineData("tell me about Africa", new[] { "Africa" })]
    [InlineData("Africa overview", new[] { "Africa" })]
    [InlineData("what's the situation in the Pacific?", new[] { "Pacific" })]
    [InlineData("what about Oceania?", new[] { "Pacific" })]
    [InlineData("compare Africa and Europe", new[] { "Africa", "Europe" })]
    [InlineData("Europe vs Africa", new[] { "Europe", "Africa" })]
    [InlineData("how is Latin America doing?", new[] { "Americas" })]
    [InlineData("Asia as of 30 June 2017", new[] { "Asia" })]
    public void A_region_named_with_nothing_but_overview_or_comparison_words_is_its_overview(string question, string[] regions)
    {
        var parsed = Parse(question, Data());
        Assert.Equal(Intent.RegionOverview, parsed.Intent);
        Assert.Equal(regions, parsed.RegionsNamed);
    }

    [Theory]
    [InlineData("tell me about South Africa", Intent.StateProfile)]
    [InlineData("countries in Africa", Intent.MembershipList)]
    [InlineData("who is overdue in Africa?", Intent.OverdueReports)]
    [InlineData("compare reporting in Africa and Europe", Intent.ReportingRate)]
    public void A_State_or_a_topic_beside_the_region_keeps_its_own_answer(string question, Intent intent)
    {
        Assert.Equal(intent, Parse(question, Data()).Intent);
    }

    [Fact]
    public void The_overview_counts_membership_and_reporting_per_region_side_by_side()
    {
        var data = Data();
        var answer = new AnswerEngine().Answer("compare Africa and Europe", data, Today);

        Assert.StartsWith("As of 25 Nov 2026: Africa — 3 States Parties of its 4 States (75%), 1 signatory, 0 not party; ", answer.Text);
        Assert.Contains(". Europe — 1 State Party of its 2 States (50%), 0 signatories, 1 not party; ", answer.Text);
        var model = Assert.IsType<ListAnswerModel>(answer.Model);
        Assert.Equal(["Africa", "Europe"], model.Groups.Select(g => g.Title));
        var africa = model.Groups[0].Rows;
        Assert.Equal(["Membership", "Reporting (Art. 7)", "Stockpile destruction (Art. 3)", "Clearance (Art. 4)", "Victim assistance (Art. 5)"], africa.Select(r => r.Label));
        // Bland deposited in September 2026: a State Party, in force only from March 2027.
        Assert.Equal("2 in force, 1 awaiting entry into force; 1 signatory (Signland) still to ratify; 0 other States neither signed nor joined", africa[0].Detail);
        Assert.Equal("no open obligation by CcmBot's data", africa[3].Detail);
        Assert.Contains(model.Rules, r => r.Contains("Art. 7(2)"));
        Assert.NotEmpty(model.Sources);
    }

    [Theory]
    [InlineData("how's Europe doing on universalization?")]
    [InlineData("universalization in Europe")]
    [InlineData("status of universalization in Europe")]
    public void Universalization_in_a_region_is_that_region_s_membership_with_its_States_not_party(string question)
    {
        var answer = new AnswerEngine().Answer(question, Data(), Today);
        Assert.StartsWith("Europe only.", answer.Text);
        Assert.Contains("Note: Universalization: 1 of the 2 States in Europe (50%) was a State Party; 1 State in Europe had neither signed nor joined;", answer.Text);
    }

    [Theory]
    [InlineData("What's the status of universalization?")]
    [InlineData("universalization progress")]
    [InlineData("how is universalization going?")]
    public void Universalization_asked_about_is_membership_by_region_with_the_States_not_party_counted(string question)
    {
        var answer = new AnswerEngine().Answer(question, Data(), Today);
        var model = Assert.IsType<MembershipCountModel>(answer.Model);
        Assert.Equal(["Africa", "Europe"], model.ByRegion.Select(r => r.Region));
        Assert.Contains("Note: Universalization: 4 of the 6 States (67%) were States Parties; 1 State had neither signed nor joined;", answer.Text);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("status of the Convention")]
    [InlineData("what is the overall status of the CCM?")]
    [InlineData("where do we stand?")]
    [InlineData("how is the convention doing?")]
    [InlineData("convention at a glance")]
    [InlineData("summary for the coordination committee")]
    [InlineData("give me a quick update for the President")]
    [InlineData("briefing for the next MSP")]
    [InlineData("what's everyone's status?")]
    public void The_Convention_asked_about_as_a_whole_is_every_State_counted_as_a_region_is(string question)
    {
        var answer = new AnswerEngine().Answer(question, Data(), Today);

        Assert.StartsWith("As of 25 Nov 2026: The Convention (all States) — 4 States Parties of its 6 States (67%), 1 signatory, 1 not party; ", answer.Text);
        var model = Assert.IsType<ListAnswerModel>(answer.Model);
        var only = Assert.Single(model.Groups);
        Assert.Equal("3 in force, 1 awaiting entry into force; 1 signatory (Signland) still to ratify; 1 other States neither signed nor joined", only.Rows[0].Detail);
        Assert.Contains(model.FollowUps, f => f.Text == "which States are not party?");
    }

    [Theory]
    [InlineData("compare all regions")]
    [InlineData("regions")]
    [InlineData("regional breakdown")]
    [InlineData("all regions overview")]
    public void All_regions_asked_about_are_every_region_of_the_data_side_by_side(string question)
    {
        var answer = new AnswerEngine().Answer(question, Data(), Today);
        var model = Assert.IsType<ListAnswerModel>(answer.Model);
        Assert.Equal(["Africa", "Europe"], model.Groups.Select(g => g.Title));
    }

    [Theory]
    [InlineData("Lao status", Intent.StateProfile)]
    [InlineData("reporting by region", Intent.ReportingRate)]
    [InlineData("how many States Parties by region?", Intent.MembershipCount)]
    [InlineData("status of universalization", Intent.MembershipCount)]
    [InlineData("what share of Africa has joined?", Intent.RegionOverview)]
    [InlineData("For my universalization mandate, which signatories in Africa should I prioritise?", Intent.Signatories)]
    [InlineData("how much of Europe is party to the Convention?", Intent.RegionOverview)]
    [InlineData("what percentage of States Parties are in Africa?", Intent.MembershipCount)]
    [InlineData("ratification rate in Africa", Intent.RegionOverview)]
    [InlineData("what's the universalization rate in the Pacific?", Intent.RegionOverview)]
    [InlineData("what's the response rate in Africa on universalization outreach?", Intent.OutreachReport)]
    [InlineData("reporting rate in Africa", Intent.ReportingRate)]
    public void A_State_or_a_topic_with_status_or_regions_keeps_its_own_answer(string question, Intent intent)
    {
        var data = new TreatyData([.. Data().States, A.State("LAO", "Lao People's Democratic Republic", region: "Asia", deposited: "2009-03-18")]);
        Assert.Equal(intent, Parse(question, data).Intent);
    }

    [Fact]
    public void A_past_day_is_answered_for_that_day()
    {
        var answer = new AnswerEngine().Answer("Africa as of 30 June 2012", Data(), Today);
        Assert.StartsWith("As of 30 Jun 2012: Africa — 1 State Party of its 4 States (25%), 3 signatories, ", answer.Text);
    }
}
