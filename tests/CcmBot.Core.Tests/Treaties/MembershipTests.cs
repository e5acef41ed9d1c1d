using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Treaties;

public sealed class MembershipTests
{
    [Theory]
    [InlineData("2008-12-02", MembershipStatus.NotParty)]
    [InlineData("2008-12-03", MembershipStatus.Signatory)]
    [InlineData("2017-05-19", MembershipStatus.Signatory)]
    [InlineData("2017-05-20", MembershipStatus.StatePartyNotYetInForce)] // the day of deposit
    [InlineData("2017-10-31", MembershipStatus.StatePartyNotYetInForce)]
    [InlineData("2017-11-01", MembershipStatus.InForce)]
    public void A_ratifying_signatory_moves_through_each_status(string asOf, MembershipStatus expected)
    {
        var madagascar = A.State("MDG", "Madagascar", deposited: "2017-05-20");
        Assert.Equal(expected, Membership.At(madagascar, A.Day(asOf)).Status);
    }

    [Fact]
    public void An_acceding_State_is_not_party_before_its_deposit()
    {
        var acceding = A.State(signed: null, instrument: InstrumentKind.Accession, deposited: "2015-01-02");
        Assert.Equal(MembershipStatus.NotParty, Membership.At(acceding, A.Day("2015-01-01")).Status);
        Assert.Equal(MembershipStatus.StatePartyNotYetInForce, Membership.At(acceding, A.Day("2015-01-02")).Status);
    }

    [Fact]
    public void A_withdrawing_State_stays_bound_until_the_withdrawal_takes_effect()
    {
        var lithuania = A.State("LTU", "Lithuania", deposited: "2011-03-24", withdrawalNotified: "2024-09-06", withdrawalEffective: "2025-03-06");
        var notified = Membership.At(lithuania, A.Day("2024-12-01"));
        Assert.Equal(MembershipStatus.InForce, notified.Status);
        Assert.Contains("withdrawal notified 6 Sep 2024", notified.Explanation);
        var gone = Membership.At(lithuania, A.Day("2025-03-06"));
        Assert.Equal(MembershipStatus.Withdrawn, gone.Status);
        Assert.False(gone.IsStateParty);
    }

    [Fact]
    public void A_State_that_ratified_on_the_day_it_signed_is_never_a_signatory()
    {
        var norway = A.State("NOR", "Norway", signed: "2008-12-03", deposited: "2008-12-03");
        Assert.Equal(MembershipStatus.StatePartyNotYetInForce, Membership.At(norway, A.Day("2008-12-03")).Status);
        Assert.Equal(MembershipStatus.InForce, Membership.At(norway, A.Day("2010-08-01")).Status);
    }
}
