using CcmBot.Core.Answers;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Answers;

public sealed class ConventionDatesTests
{
    static readonly DateOnly Today = A.Day("2026-11-25");
    static readonly Provenance Seed = new("seed 004 Annex IV", PartialDate.Parse("2008-12-04"));

    static readonly TreatyData Data = new([A.State("NOR", "Norway", "Europe", deposited: "2008-12-03")],
        meetings:
        [
            new Meeting("CCM-adoption", "Adoption of the Convention on Cluster Munitions", "treaty_event", "Dublin, Ireland", PartialDate.Parse("2008-05-30"), PartialDate.Parse("2008-05-30"), null, Seed),
            new Meeting("CCM-signing", "Signing of the Convention", "treaty_event", "Oslo, Norway", PartialDate.Parse("2008-12-03"), PartialDate.Parse("2008-12-04"), "Signed 3-4 December 2008.", Seed),
            new Meeting("7MSP", "Seventh Meeting of States Parties", "ccm_msp", "Geneva", PartialDate.Parse("2017-09-04"), PartialDate.Parse("2017-09-06"), null, A.Source),
        ]);

    [Theory]
    [InlineData("when was the CCM adopted?", "Adoption of the Convention on Cluster Munitions: 30 May 2008, Dublin, Ireland; the Convention entered into force on 1 Aug 2010")]
    [InlineData("where was the convention negotiated and adopted?", "Adoption of the Convention on Cluster Munitions: 30 May 2008, Dublin, Ireland;")]
    public void The_Convention_s_own_dates_are_answered_from_its_records_with_entry_into_force(string question, string start)
    {
        var answer = new AnswerEngine().Answer(question, Data, Today);
        Assert.StartsWith(start, answer.Text);
        var model = Assert.IsType<ListAnswerModel>(answer.Model);
        Assert.Equal(["Adoption of the Convention on Cluster Munitions", "Signing of the Convention", "Entry into force"], model.Groups.Single().Rows.Select(r => r.Label));
        Assert.Contains("seed 004 Annex IV (as of 4 Dec 2008)", model.Sources);
    }

    [Theory]
    [InlineData("when did Norway sign?")]
    [InlineData("who signed in 2008?")]
    [InlineData("when was 7MSP?")]
    public void A_State_s_signature_or_a_meeting_keeps_its_own_answer(string question) =>
        Assert.DoesNotContain("Signing of the Convention:", new AnswerEngine().Answer(question, Data, Today).Text);

    [Fact]
    public void Without_the_record_it_says_so_and_gives_entry_into_force() =>
        Assert.Equal("CcmBot's data hold no record of the Convention's adoption; it entered into force on 1 Aug 2010 (Art. 17(1)).",
            new AnswerEngine().Answer("when was the CCM adopted?", new TreatyData([A.State("NOR", "Norway", "Europe", deposited: "2008-12-03")]), Today).Text.Split('\n')[0]);
}
