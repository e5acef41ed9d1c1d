using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Answers;

/// <summary>
/// "What's due in the next 3 months?": every kind of deadline in one window — Article 3 and 4
/// deadlines, action-plan milestones, Article 7 reports falling due, and meetings. Each part is the
/// answer its own topic gives for that window, so the rules stay where they are.
/// </summary>
public static class ComingUpAnswers
{
    /// <summary>Without a period named, "coming up" means the next 90 days.</summary>
    public const int DefaultDays = 90;

    /// <param name="log">The outreach log, for the open follow-ups falling in the window; hidden or empty for those who may not read it.</param>
    public static Answer Answer(TreatyData data, Question q, DateOnly asOf, Outreach.OutreachLog? log = null)
    {
        // "What is due for Chad this year?", "deadlines coming up in Asia": those States' deadlines and reports; milestones and
        // meetings belong to no one State or region.
        var named = q.States.Count > 0 ? ListAnswers.Names(q.States.Select(s => s.Name)) : null;
        if (named is not null) data = data.ForStates(q.States.Select(s => s.Iso3));
        var from = q.Window?.From ?? asOf;
        var to = q.Window?.To ?? from.AddDays(DefaultDays);
        if (to < from) (from, to) = (to, from);
        var window = new DateWindow(from, to, q.Window?.Text ?? $"the next {DefaultDays} days");
        var period = MembershipAnswers.Describe(window) + (q.Window is null ? $" (the next {DefaultDays} days)" : "");

        var groups = new List<ListGroup>();
        var rules = new List<string>();
        var notes = new List<string>();
        var sources = new List<string>();
        var counts = new List<string>();

        // "Initial reports due next year": the Art. 7 part alone; otherwise every kind of deadline.
        var reportsOnly = q.Article == 7;
        var treaty = reportsOnly ? Empty : Part(ObligationAnswers.Answer(data, q with { Intent = Intent.ArticleObligations, Article = null, View = ObligationView.Deadlines, Window = window }, asOf));
        foreach (var group in treaty.Groups)
        {
            groups.Add(group);
            counts.Add($"{group.Rows.Count} {group.Title.Split(": ")[0]} deadline{(group.Rows.Count == 1 ? "" : "s")}");
        }
        // The note on how far the Article 3/4 data run explains an empty window too.
        notes.AddRange(treaty.Notes);
        if (treaty.Groups.Count > 0) Keep(treaty);

        var milestones = reportsOnly || named is not null || q.Region is not null ? Empty : Part(MilestoneAnswers.Answer(data, q with { Intent = Intent.Milestones, Plan = null, Area = null, MeetingId = null, OverdueOnly = false, Window = window }, asOf));
        var milestoneRows = milestones.Groups.SelectMany(g => g.Rows).ToList();
        if (milestoneRows.Count > 0)
        {
            groups.Add(new ListGroup("Action-plan milestones", milestoneRows));
            counts.Add($"{milestoneRows.Count} action-plan milestone{(milestoneRows.Count == 1 ? "" : "s")}");
            Keep(milestones);
        }

        var reports = ReportRows(data, window, asOf, q.Reports, named is not null);
        if (reports.Count > 0)
        {
            groups.Add(new ListGroup("Art. 7 reports falling due", reports));
            counts.Add($"{reports.Count} Art. 7 reporting deadline{(reports.Count == 1 ? "" : "s")}");
            rules.Add($"{Rules.InitialReport.Description} — {Rules.InitialReport.Citation}");
            rules.Add($"{Rules.AnnualReport.Description} — {Rules.AnnualReport.Citation}");
            sources.AddRange(reports.Select(r => r.Source!));
        }

        // "Which initial reports are due next?" when none falls in the period: the latest that fell due, and when a newcomer's would.
        if (reportsOnly && q.Reports == ReportScope.Initial && !reports.Any(r => r.Status?.StartsWith("initial report", StringComparison.Ordinal) == true)
            && data.States.Where(s => s.EntryIntoForce is not null && Membership.At(s, asOf).IsStateParty).MaxBy(s => s.EntryIntoForce) is { } newest)
            notes.Add($"No State Party has an initial report falling due {MembershipAnswers.Describe(window)}; the latest fell due on {Dates.Format(TreatyCalendar.InitialReportDue(newest.EntryIntoForce!.Value).Date)} ({newest.Name}). " +
                      $"A State that joins now owes its first 180 days after the Convention enters into force for it ({Rules.InitialReport.Citation}).");

        var meetings = data.Meetings.Where(m => !reportsOnly && named is null && m.Start.IsKnown && window.Contains(m.Start.Earliest)).OrderBy(m => m.Start.Earliest)
            .Select(m => new ListRow($"{m.Id}: {m.Name}", m.Start.Earliest > asOf ? "planned" : "held", null, null, $"{m.When}; {m.Place ?? "place not recorded"}", ListAnswers.Source(m.Provenance)))
            .ToList();
        if (meetings.Count > 0)
        {
            groups.Add(new ListGroup("Meetings", meetings));
            counts.Add($"{meetings.Count} meeting{(meetings.Count == 1 ? "" : "s")}");
            sources.AddRange(meetings.Select(r => r.Source!));
        }

        // "What's due this week?" for a coordinator: the outreach follow-ups falling in it too.
        var followUps = reportsOnly || log is null || log.HiddenBecause is not null ? []
            : Part(Outreach.OutreachAnswers.FollowUps(data, log, q with { Intent = Intent.FollowUps, Window = window, OverdueOnly = false, AnyDay = false, WithoutFollowUp = false }, asOf))
                .Groups.SelectMany(g => g.Rows).ToList();
        if (followUps.Count > 0)
        {
            groups.Add(new ListGroup("Outreach follow-ups", followUps));
            counts.Add($"{followUps.Count} outreach follow-up{(followUps.Count == 1 ? "" : "s")}");
            sources.Add(Outreach.OutreachAnswers.Source);
        }

        // "What happened in 2023?": in a period already begun, who joined or left and what was completed in it, too.
        if (!reportsOnly && from <= asOf)
        {
            var until = to < asOf ? to : asOf;
            var changes = data.States
                .SelectMany(st => new[] { (State: st, Day: st.InstrumentDate, What: $"{st.Instrument.ToString().ToLowerInvariant()} deposited") , (State: st, Day: st.WithdrawalEffective, What: "withdrawal took effect") })
                .Where(x => x.Day is { } d && d >= from && d <= until).OrderBy(x => x.Day)
                .Select(x => new ListRow(x.State.Name, $"{x.What} {Dates.Format(x.Day!.Value)}", null, null, x.What == "withdrawal took effect" ? Rules.Withdrawal.ToString() : $"in force from {Dates.Format(TreatyCalendar.EntryIntoForce(x.Day!.Value).Date)} (Art. 17)", ListAnswers.Source(x.State.Provenance), x.State.Iso3))
                .ToList();
            if (changes.Count > 0)
            {
                groups.Insert(0, new ListGroup("Joined or left", changes));
                counts.Insert(0, $"{changes.Count} instrument{(changes.Count == 1 ? "" : "s")} of joining or withdrawal");
                sources.AddRange(changes.Select(r => r.Source!));
            }
            var completions = data.States.SelectMany(st => data.EventsFor(st.Iso3).Where(e => e.Kind == ObligationEventKind.Completed && e.Date.IsKnown && e.Date.Earliest >= from && e.Date.Latest <= until)
                    .Select(e => new ListRow(st.Name, $"Art. {e.Article} completed", null, null, e.Describe(), ListAnswers.Source(e.Provenance), st.Iso3)))
                .OrderBy(r => r.Label).ToList();
            if (completions.Count > 0)
            {
                groups.Insert(changes.Count > 0 ? 1 : 0, new ListGroup("Art. 3 and 4 completions", completions));
                counts.Insert(changes.Count > 0 ? 1 : 0, $"{completions.Count} Art. 3/4 completion{(completions.Count == 1 ? "" : "s")}");
                sources.AddRange(completions.Select(r => r.Source!));
            }
        }

        // "What's coming up?" on a quiet stretch: the next twelve months, said as such, rather than "nothing".
        if (counts.Count == 0 && q.Window is null)
        {
            var year = Answer(data, q with { Window = new DateWindow(asOf, asOf.AddYears(1), "the next 12 months") }, asOf, log);
            var model = (ListAnswerModel)year.Model;
            var widened = model with { Summary = $"Nothing in CcmBot's data falls due{(named is null ? "" : $" for {named}")} in the next {DefaultDays} days; looking a year ahead. {model.Summary}" };
            return new Answer(ListAnswers.Render(widened), widened);
        }
        var found = counts;
        var forWhom = named is null ? "" : $" for {named}";
        var kinds = reportsOnly ? "Art. 7 reports" : named is null ? "treaty deadlines, action-plan milestones, Art. 7 reports, meetings" : "Art. 3 and 4 deadlines, Art. 7 reports";
        var summary = found.Count == 0
            ? $"As of {Dates.Format(asOf)}: nothing in CcmBot's data falls due{forWhom} {period} ({kinds})."
            : $"As of {Dates.Format(asOf)},{(to < asOf ? "" : " due")}{forWhom} {period}: {ListAnswers.Names(found)}.";
        return ListAnswers.Create(named is null ? "Coming up" : $"Coming up for {named}", asOf, summary, groups, rules, notes, sources,
            [new("Overdue reports", "who is overdue?"), new("Overdue milestones", "what milestones are overdue?")]);

        void Keep(ListAnswerModel part)
        {
            rules.AddRange(part.Rules);
            notes.AddRange(part.Notes);
            sources.AddRange(part.Groups.SelectMany(g => g.Rows).Select(r => r.Source).OfType<string>());
        }
    }

    static ListAnswerModel Part(Answer answer) => (ListAnswerModel)answer.Model;

    static readonly ListAnswerModel Empty = new("", default, "", [], [], [], [], []);

    /// <summary>Initial reports of States whose deadline falls in the window, and each 30 April round inside it.</summary>
    static List<ListRow> ReportRows(TreatyData data, DateWindow window, DateOnly asOf, ReportScope scope, bool statesNamed)
    {
        var rows = new List<ListRow>();
        foreach (var state in scope == ReportScope.Annual ? Enumerable.Empty<StateInfo>() : data.States.Where(s => s.EntryIntoForce is not null && Membership.At(s, asOf).IsStateParty).OrderBy(s => s.EntryIntoForce))
        {
            var due = TreatyCalendar.InitialReportDue(state.EntryIntoForce!.Value).Date;
            if (!window.Contains(due)) continue;
            var status = StateAssessment.InitialReport(data, state, asOf);
            rows.Add(new ListRow(state.Name, $"initial report, {StatusText.Label(status.Status)}", Dates.Format(due), null,
                $"in force {Dates.Format(state.EntryIntoForce.Value)}", state.Provenance.ToString(), state.Iso3));
        }
        for (var year = window.From!.Value.Year; scope != ReportScope.Initial && year <= window.To!.Value.Year; year++)
        {
            var due = TreatyCalendar.AnnualReportDue(year - 1).Date;
            if (!window.Contains(due)) continue;
            var owing = ReportingAnswers.Owing(data, year - 1, asOf);
            // For States named, each one that owes the round, by name; a State that owes nothing yet is left out.
            if (statesNamed)
                rows.AddRange(owing.Select(state => new ListRow(state.Name, $"annual report for {year - 1}", Dates.Format(due), null, "owed by CcmBot's rule", "the treaty rule (Art. 7(2))", state.Iso3)));
            else
                rows.Add(new ListRow($"Annual reports for {year - 1}", null, Dates.Format(due), null,
                    $"{owing.Count} {(owing.Count == 1 ? "State Party owes" : "States Parties owe")} it by CcmBot's rule", "the treaty rule (Art. 7(2))"));
        }
        return rows;
    }
}
