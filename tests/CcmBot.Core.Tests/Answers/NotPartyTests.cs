using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

/// <summary>States not party: UN Member States that neither signed nor joined, the targets of universalisation outreach.</summary>
public sealed class NotPartyTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");

    static readonly TreatyData Data = new(
        [
            A.State("NOR", "Norway", "Europe", deposited: "2008-12-03"),
            A.State("VUT", "Vanuatu", "Pacific", signed: null, instrument: InstrumentKind.Accession, deposited: "2025-09-05"),
            A.State("IDN", "Indonesia", "Asia", signed: "2008-12-03", deposited: null),
            A.State("TUV", "Tuvalu", "Pacific", signed: null, deposited: null),
            A.State("CHN", "China", "Asia", signed: null, deposited: null),
        ]);

    static Answer Ask(string text) => new AnswerEngine().Answer(text, Data, Today);

    [Theory]
    [InlineData("which States are not party?")]
    [InlineData("who has never signed?")]
    [InlineData("list the non-signatories")]
    [InlineData("States not party")]
    public void States_not_party_are_those_that_neither_signed_nor_joined(string question)
    {
        var answer = Ask(question);
        var rows = Assert.IsType<ListAnswerModel>(answer.Model).Groups.SelectMany(g => g.Rows).ToList();
        Assert.Equal(["China", "Tuvalu"], rows.Select(r => r.Label));
        Assert.StartsWith("As of 25 Nov 2026: 2 States had neither signed nor joined the Convention: China and Tuvalu.", answer.Text);
        Assert.Contains("Besides them, 1 signatory had signed and not ratified", answer.Text);
        Assert.Contains("Art. 16(2)", answer.Text);
    }

    [Fact]
    public void At_a_past_date_a_State_that_joined_later_was_not_party_then()
    {
        var answer = Ask("which Pacific States were not party as of 30 June 2017?");
        var rows = Assert.IsType<ListAnswerModel>(answer.Model).Groups.SelectMany(g => g.Rows).ToList();
        Assert.Equal(["Tuvalu", "Vanuatu"], rows.Select(r => r.Label));
        Assert.Contains("joined later (accession 5 Sep 2025)", rows[1].Detail);
    }

    [Fact]
    public void Who_has_not_joined_lists_the_signatories_beside_the_States_not_party()
    {
        var answer = Ask("which countries in Asia haven't joined?");
        var groups = Assert.IsType<ListAnswerModel>(answer.Model).Groups;
        Assert.Equal(["Signatories that have not ratified", "States not party"], groups.Select(g => g.Title));
        Assert.Contains("1 State in Asia had neither signed nor joined the Convention: China. 1 signatory in Asia had signed and not ratified: Indonesia.", answer.Text);
    }

    [Fact]
    public void Who_has_not_ratified_stays_the_signatories_and_counts_the_others()
    {
        var answer = Ask("who hasn't ratified?");
        Assert.StartsWith("As of 25 Nov 2026: 1 signatory had not ratified: Indonesia.", answer.Text);
        Assert.Contains("2 other States had neither signed nor joined", answer.Text);
    }

    [Fact]
    public void A_State_not_party_has_a_profile_without_obligations()
    {
        var answer = Ask("tell me about Tuvalu");
        var model = Assert.IsType<StateProfileModel>(answer.Model);
        Assert.Equal(MembershipStatus.NotParty, model.Membership.Status);
        Assert.Empty(model.Obligations);
        Assert.StartsWith("Tuvalu as of 25 Nov 2026: not party.", answer.Text);
        Assert.Contains("had neither signed nor joined by then", answer.Text);
    }

    [Fact]
    public void Counts_of_States_Parties_and_signatories_leave_States_not_party_out()
    {
        var model = Assert.IsType<MembershipCountModel>(Ask("how many States Parties are there?").Model);
        Assert.Equal(2, model.StatesParties);
        Assert.Equal(1, model.Signatories);
    }

    [Theory]
    [InlineData("has Lithuania withdrawn?")]
    [InlineData("when does Lithuania's withdrawal take effect?")]
    [InlineData("which states withdrew?")]
    public void A_withdrawal_asked_about_gives_its_notice_and_effective_days_first(string question)
    {
        var data = new TreatyData([A.State("NOR", "Norway", "Europe", deposited: "2024-02-01"),
            A.State("LTU", "Lithuania", "Europe", deposited: "2011-03-24", withdrawalNotified: "2024-09-06", withdrawalEffective: "2025-03-06")]);
        Assert.StartsWith("1 State withdrew up to 25 Nov 2026: Lithuania (notice 6 Sep 2024, effective 6 Mar 2025).", new AnswerEngine().Answer(question, data, Today).Text);
    }

    [Fact]
    public void Who_joined_in_a_period_says_who_withdrew_in_it()
    {
        var data = new TreatyData([A.State("NOR", "Norway", "Europe", deposited: "2024-02-01"),
            A.State("LTU", "Lithuania", "Europe", deposited: "2011-03-24", withdrawalNotified: "2024-09-06", withdrawalEffective: "2025-03-06")]);
        var answer = new AnswerEngine().Answer("who joined since 2024?", data, Today);
        Assert.StartsWith("1 State ratified or acceded since 1 Jan 2024: Norway.", answer.Text);
        Assert.Contains("In the same period Lithuania (notice 6 Sep 2024, effective 6 Mar 2025) withdrew (Art. 20(2)).", answer.Text);
        Assert.DoesNotContain("withdrew", new AnswerEngine().Answer("who joined in 2023?", data, Today).Text);
    }

    [Fact]
    public void None_joined_in_a_period_past_the_membership_data_is_none_on_record_not_none_at_all()
    {
        var data = new TreatyData([A.State("NOR", "Norway", "Europe", deposited: "2024-02-01")]); // data as of 23 Jan 2026
        Assert.StartsWith("No State is recorded as having ratified or acceded between 1 Jan 2026 and 31 Dec 2026; CcmBot's membership data run to 23 Jan 2026, so an instrument deposited after that would not show.",
            new AnswerEngine().Answer("new states parties this year", data, Today).Text);
        Assert.StartsWith("No State ratified or acceded between 1 Jan 2025 and 31 Dec 2025.", new AnswerEngine().Answer("who joined in 2025?", data, Today).Text);
    }

    [Theory]
    [InlineData("States Parties in Latin America", "\"latin america\" is read as CcmBot's region Americas")]
    [InlineData("how many States Parties in the Asia-Pacific region?", "\"asia pacific\" is read as CcmBot's region Pacific")]
    [InlineData("which South-East Asian States are not party?", "\"south east asian\" is read as CcmBot's region Asia")]
    public void A_region_asked_in_other_words_says_which_region_answered(string question, string note)
    {
        var data = new TreatyData([A.State("CHL", "Chile", "Americas", deposited: "2010-12-16"), A.State("AUS", "Australia", "Pacific", deposited: "2012-10-08"),
            A.State("THA", "Thailand", "Asia", signed: null, deposited: null)]);
        Assert.Contains(note, new AnswerEngine().Answer(question, data, Today).Text);
    }

    [Fact]
    public void A_region_asked_by_its_own_name_has_no_such_note() =>
        Assert.DoesNotContain("is read as CcmBot's region", Ask("Asian States not party").Text);
}
