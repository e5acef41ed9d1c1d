using CcmBot.Core.Outreach;

namespace CcmBot.Core.Reminders;

public enum ReminderTopic { OverdueReports, TreatyDeadlines, Milestones, FollowUps }

/// <summary>A conversation's standing order for digests: what about, when, and whether it still works.</summary>
public sealed record Subscription(
    string Id,
    string ConversationKey,
    Person Owner,
    Schedule Schedule,
    IReadOnlySet<ReminderTopic> Topics,
    int WithinDays,
    string? Plan,
    bool OwnFollowUpsOnly,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastOccurrence,
    bool Active,
    string? InactiveReason)
{
    /// <summary>What a one-off note says ("chase Togo about its initial report"); null for a digest.</summary>
    public string? Note { get; init; }

    public string DescribeTopics()
    {
        if (Note is not null) return $"note \"{Note}\"";
        var parts = Topics.OrderBy(t => t).Select(t => t switch
        {
            ReminderTopic.OverdueReports => "overdue reports",
            ReminderTopic.TreatyDeadlines => $"Art. 3/4 deadlines within {WithinDays} days",
            ReminderTopic.Milestones => Plan is null ? "action-plan milestones" : $"{Plan} milestones",
            _ => OwnFollowUpsOnly ? "my follow-ups" : "follow-ups",
        });
        return string.Join(", ", parts);
    }
}

/// <summary>Which subscriptions are due now, and for which occurrence: the latest one not yet handled (one catch-up after downtime, not one per missed run).</summary>
public static class DueRule
{
    public static IReadOnlyList<(Subscription Subscription, DateTimeOffset Occurrence)> Due(IEnumerable<Subscription> subscriptions, DateTimeOffset now, Func<string, TimeZoneInfo> zones)
    {
        var due = new List<(Subscription, DateTimeOffset)>();
        foreach (var s in subscriptions.Where(s => s.Active))
        {
            var latest = ScheduleCalculator.LatestAtOrBefore(s.Schedule, now, zones(s.Schedule.TimeZone));
            if (latest is { } occurrence && occurrence > (s.LastOccurrence ?? s.CreatedAt)) due.Add((s, occurrence));
        }
        return due;
    }
}
