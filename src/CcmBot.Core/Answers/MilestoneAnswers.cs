using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Answers;

public enum MilestoneState { Completed, Overdue, DueInPeriod, Upcoming, NoDate }

/// <summary>A milestone with its target resolved to a date (meetings are data too) and its status on a date.</summary>
public sealed record MilestoneStatus(Milestone Milestone, PartialDate Target, string TargetText, MilestoneState State, string Explanation);

/// <summary>Action-plan milestones: due, overdue, by plan, area, window or meeting.</summary>
public static class MilestoneAnswers
{
    static readonly string Rule = "milestone dates as each plan sets them; a meeting-relative target (\"before 10MSP\") takes the meeting's first day; overdue = target passed with no completion recorded";

    public static MilestoneStatus Assess(TreatyData data, Milestone m, DateOnly asOf)
    {
        var meeting = m.TargetMeeting is { } id ? data.Meeting(id) : null;
        var target = meeting is { Start.IsExactDay: true } ? meeting.Start : m.TargetDate;
        var targetText = meeting is not null && meeting.Start.IsKnown ? $"{m.Target} ({meeting.Id}: {meeting.Start.Display()})" : m.Target;
        // A completion recorded with its day counts from that day; a seed's note saying so, always.
        if (m.CompletedOn is { } done && done <= asOf)
            return new(m, target, targetText, MilestoneState.Completed, $"completed on {Dates.Format(done)}");
        if (m.CompletedOn is null && m.StatusNote?.Contains("completed", StringComparison.OrdinalIgnoreCase) == true)
            return new(m, target, targetText, MilestoneState.Completed, $"completed: {m.StatusNote}");
        if (!target.IsKnown)
            return new(m, target, targetText, MilestoneState.NoDate, m.TargetType switch
            {
                MilestoneTargetType.Ongoing => "ongoing, no date",
                MilestoneTargetType.TreatyDeadline => "each State's treaty deadline (see the Article 3/4/7 answers)",
                MilestoneTargetType.MeetingRelative => $"the meeting {m.TargetMeeting} has no date in CcmBot's data",
                _ => "no date given",
            });
        if (target.Latest < asOf)
            return new(m, target, targetText, MilestoneState.Overdue, $"target {target.Display()} passed {asOf.DayNumber - target.Latest.DayNumber} days before; no completion recorded");
        if (target.Earliest <= asOf)
            return new(m, target, targetText, MilestoneState.DueInPeriod, $"due {target.Display()}");
        return new(m, target, targetText, MilestoneState.Upcoming, $"due {target.Display()}, in {target.Earliest.DayNumber - asOf.DayNumber} days");
    }

    public static Answer Answer(TreatyData data, Question q, DateOnly asOf)
    {
        // "milestones before the 3RC": when no milestone is tied to that meeting, what falls due until it opens.
        if (q is { MeetingId: { } meetingId, MeetingRelation: "before", Window: null } && data.Milestones.All(m => !string.Equals(m.TargetMeeting, meetingId, StringComparison.OrdinalIgnoreCase))
            && data.Meeting(meetingId) is { Start.IsKnown: true } meeting && meeting.Start.Earliest > asOf)
            q = q with { MeetingId = null, Window = new DateWindow(asOf, meeting.Start.Earliest.AddDays(-1), $"before {meeting.Id}") };
        var all = data.Milestones.Select(m => Assess(data, m, asOf)).ToList();
        if (q is { ByPlan: true, Plan: null }) return Plans(all, asOf);
        var selected = all.Where(s => Matches(s.Milestone, q)).ToList();
        var scope = Scope(q);
        // A plan CcmBot holds nothing of ("the Vientiane Action Plan"): said as such, not as "nothing falls due then".
        if (q.Plan is { } asked && !all.Any(s => Matches(s.Milestone, new Question(Intent.Milestones, q.Text, null, null, null, [], []) { Plan = asked })))
            q = q with { Window = null, NextOnly = false, CompletedOnly = false, OverdueOnly = false };
        var groups = new List<ListGroup>();
        string summary;

        if (q.NextOnly && q.Window is null && !q.CompletedOnly && !q.OverdueOnly)
        {
            // "What's the next milestone?": the earliest target still ahead (all milestones sharing that target), with what is already overdue said after.
            var ahead = selected.Where(s => s.State is MilestoneState.DueInPeriod or MilestoneState.Upcoming && s.Target.IsKnown).ToList();
            var first = ahead.Select(s => s.Target.Earliest).DefaultIfEmpty().Min();
            var next = ahead.Where(s => s.Target.Earliest == first).ToList();
            var overdueCount = selected.Count(s => s.State == MilestoneState.Overdue);
            groups.Add(new ListGroup("Next", next.Select(Row).ToList()));
            summary = (next.Count == 0
                          ? $"As of {Dates.Format(asOf)}: no milestone{scope} has a target still ahead."
                          : $"As of {Dates.Format(asOf)}, the next milestone{(next.Count == 1 ? "" : "s")}{scope}: {ListAnswers.Names(next.Select(Name))}, target {next[0].Target.Display()}.") +
                      (overdueCount > 0 ? $" Already overdue: {overdueCount} (\"what is overdue{(q.Plan is { } plan ? $" in the {(plan == "NIM" ? "NIM plan" : plan)}" : "")}?\")." : "");
        }
        else if (q.CompletedOnly)
        {
            // Done within the period asked about, or by the date asked about; a seed's "completed" without a day counts only without a period.
            var done = selected.Where(s => s.State == MilestoneState.Completed
                                           && (q.Window is not { } period || s.Milestone.CompletedOn is { } on && period.Contains(on)))
                .OrderBy(s => s.Milestone.CompletedOn ?? DateOnly.MinValue).ToList();
            var when = q.Window is { } w ? MembershipAnswers.Describe(w) : $"by {Dates.Format(asOf)}";
            groups.Add(new ListGroup("Completed", done.Select(Row).ToList()));
            summary = done.Count == 0
                ? $"No milestone{scope} recorded as completed {when}."
                : $"{done.Count} milestone{(done.Count == 1 ? "" : "s")}{scope} recorded as completed {when}: {ListAnswers.Names(done.Select(Name))}.";
        }
        else if (q.Window is { } window)
        {
            var inWindow = selected.Where(s => s.Target.IsKnown && s.Target.Latest >= (window.From ?? DateOnly.MinValue) && s.Target.Earliest <= (window.To ?? DateOnly.MaxValue))
                .OrderBy(s => s.Target.Latest).ToList();
            if (q.OverdueOnly)
            {
                // "What milestones did we miss in 2017?": due then and not done by their target (still open, or done late).
                var missed = inWindow.Where(s => s.State == MilestoneState.Overdue || s.Milestone.CompletedOn is { } on && on > s.Target.Latest).ToList();
                groups.Add(new ListGroup($"Due {MembershipAnswers.Describe(window)} and missed", missed.Select(Row).ToList()));
                summary = $"{missed.Count} of {inWindow.Count} milestone{(inWindow.Count == 1 ? "" : "s")}{scope} due {MembershipAnswers.Describe(window)} missed {(missed.Count == 1 ? "its" : "their")} target (no completion recorded by then)" +
                          (missed.Count > 0 ? $": {ListAnswers.Names(missed.Select(Name))}." : ".");
            }
            else
            {
                groups.Add(new ListGroup($"Due {MembershipAnswers.Describe(window)}", inWindow.Select(Row).ToList()));
                summary = inWindow.Count == 0
                    ? $"No milestone{scope} falls due {MembershipAnswers.Describe(window)}." + Nearest(selected, window)
                    : $"{inWindow.Count} milestone{(inWindow.Count == 1 ? "" : "s")}{scope} due {MembershipAnswers.Describe(window)}: {ListAnswers.Names(inWindow.Select(Name))}.";
            }
        }
        else
        {
            var overdue = selected.Where(s => s.State == MilestoneState.Overdue).OrderBy(s => s.Target.Latest).ToList();
            groups.Add(new ListGroup("Overdue (no completion recorded)", overdue.Select(Row).ToList()));
            if (!q.OverdueOnly)
            {
                groups.Add(new ListGroup("Due", selected.Where(s => s.State is MilestoneState.DueInPeriod or MilestoneState.Upcoming).OrderBy(s => s.Target.Earliest).Select(Row).ToList()));
                groups.Add(new ListGroup("Completed", selected.Where(s => s.State == MilestoneState.Completed).Select(Row).ToList()));
                groups.Add(new ListGroup("No date", selected.Where(s => s.State == MilestoneState.NoDate).Select(Row).ToList()));
            }
            var upcoming = selected.Count(s => s.State is MilestoneState.DueInPeriod or MilestoneState.Upcoming);
            summary = selected.Count == 0
                ? $"No milestone{scope} in CcmBot's data."
                : $"As of {Dates.Format(asOf)}: {overdue.Count} milestone{(overdue.Count == 1 ? "" : "s")}{scope} overdue (target passed, no completion recorded)" +
                  (overdue.Count > 0 ? $": {ListAnswers.Names(overdue.Select(Name))}" : "") +
                  (q.OverdueOnly ? "." : $"; {upcoming} still due; {selected.Count(s => s.State == MilestoneState.Completed)} completed; {selected.Count(s => s.State == MilestoneState.NoDate)} without a date.");
        }

        var notes = new List<string>();
        // "The VA plan" when CcmBot holds no such plan: say which plans it does hold, so the next question can name one.
        if (selected.Count == 0 && data.Milestones.Count > 0)
            notes.Add("Plans with milestones in CcmBot's data: " + string.Join(", ", data.Milestones.GroupBy(m => m.Plan).OrderBy(g => g.Key).Select(g => $"{g.Key} ({g.Count()})")) + ".");
        if (selected.Any(s => s.State == MilestoneState.Overdue))
            notes.Add("Progress is recorded where a seed says so or a coordinator recorded it (\"NIM-2016 concept note 3.1 completed on 1 December 2016\"); a milestone completed leaves the overdue list from that day.");
        return ListAnswers.Create($"Milestones{scope}", asOf, summary, groups, [Rule], notes,
            selected.Select(s => ListAnswers.Source(s.Milestone.Provenance)),
            [new("NIM plan", "what is overdue in the NIM plan?"), new("Due next month", "what milestones are due next month?")]);
    }

    /// <summary>"Which plans do we have?", "how are the action plans going?": each plan's milestones counted by state, the most overdue first, with its next target.</summary>
    static Answer Plans(IReadOnlyList<MilestoneStatus> all, DateOnly asOf)
    {
        var plans = all.GroupBy(s => s.Milestone.Plan)
            .Select(g => (Plan: g.Key, Milestones: g.ToList(), Overdue: g.Count(s => s.State == MilestoneState.Overdue)))
            .OrderByDescending(p => p.Overdue).ThenBy(p => p.Plan, StringComparer.Ordinal).ToList();
        var rows = plans.Select(p =>
        {
            int Count(MilestoneState state) => p.Milestones.Count(s => s.State == state);
            var ahead = p.Milestones.Where(s => s.State is MilestoneState.DueInPeriod or MilestoneState.Upcoming && s.Target.IsKnown).OrderBy(s => s.Target.Earliest).FirstOrDefault();
            var detail = $"{p.Milestones.Count} milestone{(p.Milestones.Count == 1 ? "" : "s")}: {p.Overdue} overdue, {Count(MilestoneState.DueInPeriod) + Count(MilestoneState.Upcoming)} still due, " +
                         $"{Count(MilestoneState.Completed)} completed, {Count(MilestoneState.NoDate)} without a date" +
                         (ahead is null ? "" : $"; next: {ahead.Milestone.ActionId} ({Short(ahead.Milestone.Title)}), target {ahead.Target.Display()}");
            return new ListRow(p.Plan, p.Overdue > 0 ? $"{p.Overdue} overdue" : "none overdue", ahead?.Target.Display(), null, detail,
                ListAnswers.Source(p.Milestones[0].Milestone.Provenance));
        }).ToList();
        var overdueTotal = plans.Sum(p => p.Overdue);
        var summary = plans.Count == 0
            ? "CcmBot holds no action plan or milestone yet; add one with \"add milestone to <plan>: <what>, by <date>\"."
            : $"As of {Dates.Format(asOf)}: {plans.Count} plan{(plans.Count == 1 ? "" : "s")} with {all.Count} milestones in CcmBot's data: " +
              string.Join(", ", plans.Select(p => $"{p.Plan} ({p.Milestones.Count})")) + $". Overdue: {overdueTotal}" +
              (overdueTotal > 0 ? $", most in {plans[0].Plan} ({plans[0].Overdue})." : ".");
        return ListAnswers.Create("Action plans", asOf, summary, [new ListGroup("Plans", rows)], [Rule],
            ["A coordinator's own plan appears here once its first milestone is added (\"add milestone to the universalization plan: …, by …\")."],
            all.Select(s => ListAnswers.Source(s.Milestone.Provenance)),
            plans.Take(2).Select(p => new SuggestedQuestion($"{p.Plan} overdue", $"what is overdue in the {p.Plan}?")));
    }

    static bool Matches(Milestone m, Question q)
    {
        if (q.Plan is "NIM" && !m.Plan.Contains("NIM", StringComparison.Ordinal)) return false;
        if (q.Plan is "DAP" or "LAP" && m.Plan != q.Plan) return false;
        if (q.Plan is { } own and not ("NIM" or "DAP" or "LAP") && !Milestone.PlanKey(m.Plan).StartsWith(Milestone.PlanKey(own), StringComparison.Ordinal)) return false;
        if (q.MeetingId is { } id && !string.Equals(m.TargetMeeting, id, StringComparison.OrdinalIgnoreCase)) return false;
        if (q.ActionId is { } action && !(m.ActionId == action || m.ActionId.StartsWith(action + ".", StringComparison.Ordinal) || m.ActionId.StartsWith(action + "(", StringComparison.Ordinal))) return false;
        // A plan a coordinator built carries its area in its name ("our victim assistance plan"); the ISU's plans are filtered by it.
        if (q.Area is { } area && q.Plan is null or "DAP" or "LAP")
        {
            var key = area.Split(' ')[0];
            if (!(m.Responsible ?? "").Contains(key, StringComparison.OrdinalIgnoreCase) && !m.Title.Contains(key, StringComparison.OrdinalIgnoreCase)
                && !(key == "National" && m.Plan.Contains("NIM", StringComparison.Ordinal))) return false;
        }
        return true;
    }

    static string Scope(Question q) =>
        (q.Plan switch
        {
            "NIM" => " in the NIM concept notes",
            "DAP" => " in the Dubrovnik Action Plan" + (q.Area is { } dapArea ? $" for {dapArea.ToLowerInvariant()}" : ""),
            "LAP" => " in the Lausanne Action Plan" + (q.Area is { } lapArea ? $" for {lapArea.ToLowerInvariant()}" : ""),
            { } own => $" in the {own}",
            _ => q.Area is { } a ? $" for {a.ToLowerInvariant()}" : "",
        }) + (q.ActionId is { } action ? $", action {action}" : "") + (q.MeetingId is { } id ? $" tied to {id}" : "");

    static string Nearest(List<MilestoneStatus> selected, Text.DateWindow window)
    {
        var next = selected.Where(s => s.Target.IsKnown && s.Target.Earliest > (window.To ?? DateOnly.MaxValue)).MinBy(s => s.Target.Earliest);
        var before = selected.Where(s => s.Target.IsKnown && s.Target.Latest < (window.From ?? DateOnly.MinValue)).MaxBy(s => s.Target.Latest);
        var parts = new List<string>();
        if (before is not null) parts.Add($" The latest before: {Name(before)}, {before.Target.Display()}.");
        parts.Add(next is not null ? $" The next after: {Name(next)}, {next.Target.Display()}." : " No later milestone has a date in CcmBot's data.");
        return string.Concat(parts);
    }

    static string Name(MilestoneStatus s) => $"{s.Milestone.Plan} {s.Milestone.ActionId} ({Short(s.Milestone.Title)})";

    static ListRow Row(MilestoneStatus s) =>
        new($"{s.Milestone.Plan} {s.Milestone.ActionId}: {Short(s.Milestone.Title)}", Label(s.State), s.Target.IsKnown ? s.Target.Display() : null, null,
            $"target: {s.TargetText}; {s.Explanation}" + (s.Milestone.Responsible is { } r ? $"; responsible: {r}" : ""), ListAnswers.Source(s.Milestone.Provenance));

    static string Label(MilestoneState state) => state switch
    {
        MilestoneState.Completed => "completed",
        MilestoneState.Overdue => "overdue",
        MilestoneState.DueInPeriod => "due now",
        MilestoneState.Upcoming => "upcoming",
        _ => "no date",
    };

    static string Short(string text) => text.Length <= 90 ? text : text[..87] + "...";
}
