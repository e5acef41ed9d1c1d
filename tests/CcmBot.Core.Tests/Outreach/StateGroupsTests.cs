using CcmBot.Core.Outreach;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Outreach;

/// <summary>"Letter to all overdue States": one contact to every State of a group on the contact's day.</summary>
public sealed class StateGroupsTests
{
    static readonly DateOnly Today = A.Day("2026-12-03");

    // Togo's initial report (due 2013) is not on record as submitted: overdue. Benin reported. Kenya and Angola signed only; Tuvalu never signed.
    static readonly TreatyData Data = new(
        [
            A.State("TGO", "Togo", "Africa", deposited: "2012-06-22"), A.State("BEN", "Benin", "Africa", deposited: "2017-07-10"),
            A.Signatory("KEN", "Kenya", "2008-12-03") with { Region = "Africa" }, A.Signatory("IDN", "Indonesia", "2008-12-03") with { Region = "Asia" },
            A.State("TUV", "Tuvalu", "Pacific", signed: null, deposited: null),
        ],
        evidence:
        [
            A.Evidence(Deliverable.InitialReport, EvidenceKind.NotSubmittedAt, "2026-11-01", "TGO"),
            A.Evidence(Deliverable.InitialReport, EvidenceKind.SubmittedOn, "2018-06-01", "BEN"),
        ]);

    [Theory]
    [InlineData("all overdue States", StateGroup.OverdueReports, null)]
    [InlineData("States with overdue reports", StateGroup.OverdueReports, null)]
    [InlineData("the non-reporters", StateGroup.OverdueReports, null)]
    [InlineData("every signatory in Africa", StateGroup.Signatories, "Africa")]
    [InlineData("all signatories that have not ratified", StateGroup.Signatories, null)]
    [InlineData("all States not party in the Pacific", StateGroup.NotParty, "Pacific")]
    [InlineData("all States Parties", StateGroup.StatesParties, null)]
    public void A_group_is_named_as_the_whole_States_field(string states, StateGroup group, string? region) =>
        Assert.Equal((group, region), StateGroups.Named(states));

    [Theory]
    [InlineData("Togo, Benin")]
    [InlineData("Togo and all overdue States")]
    [InlineData("overdue")]
    public void Anything_else_is_no_group(string states) => Assert.Null(StateGroups.Named(states));

    [Fact]
    public void The_group_is_written_out_with_the_States_of_the_contact_s_day_and_said_in_the_summary()
    {
        var (signatories, problem) = StateGroups.Expand(new ContactDraft { States = "all signatories", Date = "2026-12-01", Summary = "letters on ratification" }, Data, Today);
        Assert.Null(problem);
        Assert.Equal("Indonesia, Kenya", signatories.States);
        Assert.Equal("letters on ratification (To all 2 signatories that had not ratified on 1 Dec 2026.)", signatories.Summary);

        var (overdue, _) = StateGroups.Expand(new ContactDraft { States = "all overdue States", Date = "2026-12-01" }, Data, Today);
        Assert.Equal("Togo", overdue.States);
        // Before Benin joined, Africa's signatories included it.
        Assert.Equal("Benin, Kenya", StateGroups.Expand(new ContactDraft { States = "all signatories in Africa", Date = "2016-01-01" }, Data, Today).Draft.States);
    }

    [Fact]
    public void An_empty_group_is_refused_and_a_plain_list_is_left_alone()
    {
        Assert.StartsWith("No States not party in Africa on 1 Dec 2026", StateGroups.Expand(new ContactDraft { States = "all States not party in Africa", Date = "2026-12-01" }, Data, Today).Problem);
        var plain = new ContactDraft { States = "Togo, Benin", Date = "2026-12-01" };
        Assert.Equal((plain, (string?)null), StateGroups.Expand(plain, Data, Today));
    }

    [Fact]
    public void A_told_sentence_names_the_group_as_written() =>
        Assert.Equal("all overdue states", StateGroups.NamedWithin("letter sent to all overdue states on 2 December 2026"));
}
