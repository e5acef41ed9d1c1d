using CcmBot.Core.Answers;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Text;

public sealed class MeetingReferencesTests
{
    static readonly DateOnly Today = A.Day("2026-12-04");

    static Meeting Held(string id, string kind, string start) =>
        new(id, id, kind, "Geneva", PartialDate.Parse(start), PartialDate.Parse(start), null, A.Source);

    static readonly Meeting[] Meetings =
    [
        Held("2RC", "ccm_rc", "2020-11-25"), Held("3RC", "ccm_rc", "2026-09-14"),
        Held("12MSP", "ccm_msp", "2024-09-10"), Held("13MSP", "ccm_msp", "2025-09-15"), Held("14MSP", "ccm_msp", "2027-09-06"),
        Held("CC-2026", "ccm_coordination_committee", "2026-10-01"),
    ];

    [Theory]
    [InlineData("who joined since the last review conference?", "who joined since the 3RC?")]
    [InlineData("which States ratified since the previous MSP", "which States ratified since the 13MSP")]
    [InlineData("what is due before the next Meeting of States Parties?", "what is due before the 14MSP?")]
    [InlineData("overdue reports at the most recent RC", "overdue reports at the 3RC")]
    [InlineData("who joined since the 2RC?", "who joined since the 2RC?")]
    public void A_meeting_named_by_where_it_stands_from_today_is_written_as_its_id(string text, string expected) =>
        Assert.Equal(expected, MeetingReferences.Resolve(text, Meetings, Today));

    [Fact]
    public void A_meeting_the_data_do_not_hold_is_left_as_written()
    {
        Assert.Equal("what is due before the next review conference?", MeetingReferences.Resolve("what is due before the next review conference?", Meetings, Today));
        Assert.Equal("since the last MSP", MeetingReferences.Resolve("since the last MSP", [], Today));
    }

    [Fact]
    public void The_answer_reads_the_period_from_the_meeting_found()
    {
        var data = new TreatyData(
            [A.State("NOR", "Norway", "Europe", deposited: "2008-12-03"), A.State("VUT", "Vanuatu", "Pacific", instrument: InstrumentKind.Accession, signed: null, deposited: "2026-10-05")],
            meetings: Meetings);
        var answer = new AnswerEngine().Answer("which states joined since the last review conference?", data, Today);
        Assert.StartsWith("1 State ratified or acceded since 14 Sep 2026: Vanuatu.", answer.Text);
    }
}
