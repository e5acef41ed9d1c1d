using CcmBot.Core.Outreach;
using CcmBot.Core.Reminders;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Tests.Reminders;

public sealed class DigestRuleTests
{
    static readonly DateOnly Today = A.Day("2018-06-05");
    static readonly Person Me = new("me", "Me");
    static readonly Person Other = new("other", "Other");

    static Contact Contact(int id, Person author, string followUp, ContactStatus status = ContactStatus.Open) =>
        new(id, ["AAA"], A.Day("2018-05-03"), ContactKind.Demarche, ThematicArea.Transparency, "Art. 7 initial report", author, null, null, null, null, null,
            A.Day(followUp), status, false, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    static Subscription Subscription(bool ownOnly = false, params ReminderTopic[] topics) =>
        new("s", "c", Me, Schedule.Daily(new TimeOnly(9, 0), "UTC"), topics.ToHashSet(), 30, null, ownOnly, DateTimeOffset.UnixEpoch, null, true, null);

    static readonly TreatyData Data = new(
        [A.State("AAA", "Togo", deposited: "2012-06-22")],
        evidence: [A.Evidence(Deliverable.InitialReport, EvidenceKind.NotSubmittedAt, "2018-07-01", "AAA")],
        milestones: [new Milestone("NIM", "3.1", "Draw up a target list", "by end May 2018", MilestoneTargetType.Date, PartialDate.Parse("2018-05-31"), null, null, null, A.Source)]);

    [Fact]
    public void A_digest_groups_overdue_reports_milestones_and_follow_ups_with_deadline_rule_and_source()
    {
        var log = new OutreachLog([Contact(1, Me, "2018-06-10"), Contact(2, Other, "2018-09-01"), Contact(3, Me, "2018-06-01", ContactStatus.Done)], Me);
        var digest = DigestRule.Build(Subscription(false, ReminderTopic.OverdueReports, ReminderTopic.Milestones, ReminderTopic.FollowUps), Data, log, new Dictionary<string, ItemState>(), Today);

        var report = Assert.Single(digest.Items, i => i.Topic == ReminderTopic.OverdueReports);
        Assert.Equal("Togo: initial report overdue", report.Title);
        Assert.Contains("Art. 7(1)", report.Rule);
        Assert.Equal(A.Day("2013-05-30"), report.Deadline); // in force 1 Dec 2012, + 180 days
        Assert.Single(digest.Items, i => i.Topic == ReminderTopic.Milestones && i.DaysOverdue == 5);
        Assert.Equal(1, Assert.Single(digest.Items, i => i.Topic == ReminderTopic.FollowUps).ContactId); // #2 is beyond 30 days, #3 is done
    }

    [Fact]
    public void Own_follow_ups_only_leaves_out_other_peoples()
    {
        var log = new OutreachLog([Contact(1, Other, "2018-06-10")], Me);
        Assert.True(DigestRule.Build(Subscription(true, ReminderTopic.FollowUps), Data, log, new Dictionary<string, ItemState>(), Today).IsEmpty);
    }

    [Fact]
    public void A_snoozed_item_stays_away_until_its_day_and_a_done_item_until_its_status_changes()
    {
        var subscription = Subscription(false, ReminderTopic.OverdueReports);
        var item = Assert.Single(DigestRule.Build(subscription, Data, OutreachLog.Empty, new Dictionary<string, ItemState>(), Today).Items);

        var snoozed = new Dictionary<string, ItemState> { [item.Key] = new(item.Key, Today.AddDays(7), null) };
        Assert.True(DigestRule.Build(subscription, Data, OutreachLog.Empty, snoozed, Today).IsEmpty);
        Assert.False(DigestRule.Build(subscription, Data, OutreachLog.Empty, snoozed, Today.AddDays(8)).IsEmpty);

        var done = new Dictionary<string, ItemState> { [item.Key] = new(item.Key, null, item.Signature) };
        Assert.True(DigestRule.Build(subscription, Data, OutreachLog.Empty, done, Today).IsEmpty);
        // After the last observation the status turns to unknown: the signature changes and the item comes back.
        Assert.False(DigestRule.Build(subscription, Data, OutreachLog.Empty, done, A.Day("2018-07-05")).IsEmpty);
    }
}
