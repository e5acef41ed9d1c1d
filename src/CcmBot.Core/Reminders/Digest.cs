using CcmBot.Core.Answers;
using CcmBot.Core.Outreach;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Reminders;

/// <summary>One thing a digest reminds of, with what backs it; the key identifies it across digests (for snooze and done).</summary>
public sealed record DigestItem(
    string Key, ReminderTopic Topic, string Title, DateOnly? Deadline, int? DaysOverdue, string Rule, string Source, string Signature,
    int? ContactId = null, string? Iso3 = null);

/// <summary>What a subscriber did with an item: snoozed it until a day, or marked it done while it stays as it was.</summary>
public sealed record ItemState(string Key, DateOnly? SnoozedUntil, string? DoneSignature);

public sealed record Digest(Subscription Subscription, DateOnly Today, IReadOnlyList<DigestItem> Items)
{
    public bool IsEmpty => Items.Count == 0;
    public IEnumerable<IGrouping<ReminderTopic, DigestItem>> ByTopic => Items.GroupBy(i => i.Topic).OrderBy(g => g.Key);
}

/// <summary>
/// What is due to whom: the items of a subscriber's topics on a day, minus what they snoozed or marked
/// done (a done item comes back when its status changes). Pure: data, log and states in, items out.
/// </summary>
public static class DigestRule
{
    public static Digest Build(Subscription subscription, TreatyData data, OutreachLog log, IReadOnlyDictionary<string, ItemState> states, DateOnly today)
    {
        var horizon = today.AddDays(subscription.WithinDays);
        var items = new List<DigestItem>();
        if (subscription.Topics.Contains(ReminderTopic.OverdueReports)) items.AddRange(Reports(data, today));
        if (subscription.Topics.Contains(ReminderTopic.TreatyDeadlines)) items.AddRange(Deadlines(data, today, horizon));
        if (subscription.Topics.Contains(ReminderTopic.Milestones)) items.AddRange(Milestones(data, subscription.Plan, today, horizon));
        if (subscription.Topics.Contains(ReminderTopic.FollowUps)) items.AddRange(FollowUps(data, log, subscription, today, horizon));
        var visible = items.Where(i => !states.TryGetValue(i.Key, out var s)
                                       || !(s.SnoozedUntil is { } until && until >= today) && s.DoneSignature != i.Signature).ToList();
        return new Digest(subscription, today, visible);
    }

    static IEnumerable<DigestItem> Reports(TreatyData data, DateOnly today)
    {
        var year = ReportingAnswers.LatestDueYear(today);
        foreach (var state in data.States.Where(s => Membership.At(s, today).IsInForce))
        {
            var initial = StateAssessment.InitialReport(data, state, today);
            if (initial.Status == ObligationStatus.Overdue)
                yield return Item($"report:initial:{state.Iso3}", ReminderTopic.OverdueReports, $"{state.Name}: initial report overdue", initial, today, state.Iso3);
            else if (initial.Status == ObligationStatus.Unknown && data.EvidenceFor(state.Iso3)
                         .Where(e => e.Deliverable == Deliverable.InitialReport && e.CertainlyMissingUntil is not null).MaxBy(e => e.CertainlyMissingUntil) is { } last)
                yield return new DigestItem($"report:initial:{state.Iso3}", ReminderTopic.OverdueReports,
                    $"{state.Name}: initial report last recorded missing {last.Date.Display()} (unknown since)", initial.Deadline, null,
                    $"{Rules.InitialReport.Description} — {Rules.InitialReport.Citation}", last.Provenance.ToString(), $"unknown|{last.Date.Text}", Iso3: state.Iso3);
            var annual = StateAssessment.AnnualReport(data, state, year, today);
            if (annual.Status == ObligationStatus.Overdue)
                yield return Item($"report:annual:{year}:{state.Iso3}", ReminderTopic.OverdueReports, $"{state.Name}: annual report for {year} overdue", annual, today, state.Iso3);
        }
    }

    static IEnumerable<DigestItem> Deadlines(TreatyData data, DateOnly today, DateOnly horizon)
    {
        foreach (var state in data.States)
        foreach (var article in new[] { 3, 4 })
        {
            if (!data.EventsFor(state.Iso3).Any(e => e.Article == article)) continue;
            var a = StateAssessment.Article(data, state, article, today);
            if (a.Deadline is not { } deadline || a.Status is ObligationStatus.Met or ObligationStatus.NotApplicable) continue;
            var coming = a.Status == ObligationStatus.NotYetDue && deadline <= horizon;
            var passed = a.Status is ObligationStatus.Overdue or ObligationStatus.Unknown && deadline < today;
            if (coming || passed)
                yield return Item($"art{article}:{state.Iso3}", ReminderTopic.TreatyDeadlines,
                    $"{state.Name}: Art. {article} deadline {Dates.Format(deadline)} ({StatusText.Label(a.Status)})", a, today, state.Iso3);
        }
    }

    static IEnumerable<DigestItem> Milestones(TreatyData data, string? plan, DateOnly today, DateOnly horizon)
    {
        foreach (var m in data.Milestones)
        {
            if (plan is "NIM" && !m.Plan.Contains("NIM", StringComparison.Ordinal) || plan is "DAP" or "LAP" && m.Plan != plan) continue;
            var s = MilestoneAnswers.Assess(data, m, today);
            var include = s.State == MilestoneState.Overdue || s.State is MilestoneState.DueInPeriod or MilestoneState.Upcoming && s.Target.Earliest <= horizon;
            if (!include) continue;
            yield return new DigestItem($"milestone:{m.Plan}|{m.ActionId}", ReminderTopic.Milestones, $"{m.Plan} {m.ActionId}: {m.Title}",
                s.Target.IsKnown ? s.Target.Latest : null, s.State == MilestoneState.Overdue ? today.DayNumber - s.Target.Latest.DayNumber : null,
                $"target: {s.TargetText}", m.Provenance.ToString(), s.State.ToString());
        }
    }

    static IEnumerable<DigestItem> FollowUps(TreatyData data, OutreachLog log, Subscription subscription, DateOnly today, DateOnly horizon) =>
        log.Live.Where(c => c.Status == ContactStatus.Open && c.FollowUp is { } f && f <= horizon)
            .Where(c => !subscription.OwnFollowUpsOnly || c.Author.Id == subscription.Owner.Id)
            .OrderBy(c => c.FollowUp)
            .Select(c => new DigestItem($"followup:{c.Id}", ReminderTopic.FollowUps,
                $"Follow up {OutreachText.Label(c.Kind)} #{c.Id} to {OutreachAnswers.Names(data, c)}" + (c.Chases is { } ch ? $" ({ch})" : ""),
                c.FollowUp, c.FollowUp < today ? today.DayNumber - c.FollowUp!.Value.DayNumber : null,
                $"follow-up date set by {c.Author.Name}", "CcmBot outreach log", $"{c.FollowUp:yyyy-MM-dd}|{c.Status}", ContactId: c.Id,
                Iso3: c.States.FirstOrDefault()));

    static DigestItem Item(string key, ReminderTopic topic, string title, ObligationAssessment a, DateOnly today, string iso3) =>
        new(key, topic, title, a.Deadline, a.DaysOverdue(today), $"{a.Rule.Description} — {a.Rule.Citation}",
            a.Sources.Count > 0 ? string.Join("; ", a.Sources.Take(2)) : "the treaty rule", $"{a.Status}|{a.Deadline:yyyy-MM-dd}", Iso3: iso3);
}
