using static CcmBot.Core.Text.TextCase;
using CcmBot.Core.Text;
using System.Globalization;
using System.Text.RegularExpressions;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Answers;

/// <summary>Article 7: who is overdue, reporting rates, a State's reporting history.</summary>
public static class ReportingAnswers
{
    static readonly string InitialRule = $"{Rules.InitialReport.Description} — {Rules.InitialReport.Citation}";
    static readonly string AnnualRule = $"{Rules.AnnualReport.Description} — {Rules.AnnualReport.Citation}";

    /// <summary>The latest calendar year whose annual report had fallen due by <paramref name="asOf"/>.</summary>
    static readonly Regex DaysOverduePrefix = new(@"^\d+ days? overdue; ", RegexOptions.None, Patterns.Timeout);
    static readonly Regex CalendarYear = new(@"calendar year (\d{4})", RegexOptions.IgnoreCase, Patterns.Timeout);

    /// <summary>
    /// The States Parties to chase about reports on the day: initial report overdue, or not known but last recorded missing,
    /// or the latest annual report overdue; each with why. One list for "who haven't we contacted?" and "letter to all overdue States".
    /// </summary>
    public static List<(StateInfo State, string Why)> OverdueOrLastRecordedMissing(TreatyData data, DateOnly day)
    {
        var overdue = new List<(StateInfo State, string Why)>();
        foreach (var state in data.States.Where(s => Membership.At(s, day).IsInForce))
        {
            var initial = StateAssessment.InitialReport(data, state, day);
            var annual = StateAssessment.AnnualReport(data, state, LatestDueYear(day), day);
            var lastMissing = data.EvidenceFor(state.Iso3).Where(e => e.CertainlyMissingUntil is not null && e.Deliverable.Kind is DeliverableKind.InitialReport).MaxBy(e => e.CertainlyMissingUntil);
            if (initial.Status == ObligationStatus.Overdue) overdue.Add((state, $"initial report overdue since {Dates.Format(initial.Deadline!.Value)}"));
            else if (initial.Status == ObligationStatus.Unknown && lastMissing is not null) overdue.Add((state, $"initial report last recorded missing {lastMissing.Date.Display()}"));
            else if (annual.Status == ObligationStatus.Overdue) overdue.Add((state, $"{annual.Obligation} overdue"));
        }
        return overdue;
    }

    public static int LatestDueYear(DateOnly asOf) => asOf > new DateOnly(asOf.Year, 4, 30) ? asOf.Year - 1 : asOf.Year - 2;

    public static Answer Overdue(TreatyData data, Question q, DateOnly asOf)
    {
        if (q.LateMostOften) return LateMostOften(data, asOf);
        if (q.NoReportOver) return NoReportOver(data, q.Reports, q.Window?.From, asOf, q.InitialSubmittedOnly);
        if (q.Submitted) return Submitted(data, q, asOf);
        var groups = new List<ListGroup>();
        var summary = new List<string>();
        var notes = new List<string>();
        var rules = new List<string>();
        var sources = new List<string>();

        if (q.Reports is ReportScope.Both or ReportScope.Initial)
        {
            rules.Add(InitialRule);
            Collect(data, InitialAssessments(data, asOf), "Initial report overdue", "initial report", Deliverable.InitialReport, asOf, groups, summary, notes, sources, q);
            AddReportedFigures(data, asOf, null, notes, sources, initial: true);
        }
        if (q.Reports is ReportScope.Both or ReportScope.Annual)
        {
            rules.Add(AnnualRule);
            var year = q.Year ?? LatestDueYear(asOf);
            var due = TreatyCalendar.AnnualReportDue(year).Date;
            if (due >= asOf)
            {
                summary.Add($"the annual report for {year} is due on {Dates.Format(due)}, after {Dates.Format(asOf)}, so nobody was overdue with it yet");
            }
            else
            {
                var owing = Owing(data, year, asOf);
                Collect(data, AnnualAssessments(data, owing, year, asOf), $"Annual report for {year} overdue", $"annual report for {year} (due {Dates.Format(due)})", Deliverable.AnnualReport(year), asOf, groups, summary, notes, sources, q);
                if (MissingCounted(data, year, asOf) is { } counted) summary.Add(counted);
                notes.Add($"By CcmBot's rule {owing.Count} States Parties owed the annual report for {year}.");
                AddReportedFigures(data, asOf, year, notes, sources, initial: false);
            }
        }

        if (q.Interpretation is not null)
        {
            var signatories = SignatoryRows(data, asOf);
            groups.Add(new ListGroup("Signatories that have not ratified", signatories.Select(r => r.Row).ToList()));
            summary.Add($"{signatories.Count} {(signatories.Count == 1 ? "signatory" : "signatories")} had not ratified ({ListAnswers.Names(signatories.Select(r => r.State.Name))})");
        }

        var text = $"As of {Dates.Format(asOf)}: " + string.Join("; ", summary) + ".";
        return ListAnswers.Create("Overdue Article 7 reports", asOf, text, groups, rules, notes, sources,
            [new("Reporting rate", $"reporting rate for {LatestDueYear(asOf)}"), new("Who has Art. 4 obligations", "who has Article 4 obligations")],
            q.Interpretation);
    }

    /// <summary>
    /// "Who submitted the 2016 report?": the States Parties recorded as having submitted it by the date asked,
    /// beside how many owed it, how many are recorded overdue and how many the data cannot place.
    /// </summary>
    /// <summary>
    /// "Who reports late most often?": for each State Party, the reports on record as handed in after their
    /// deadline or still missing after it (by the date asked), counted and ranked. Only what a source recorded
    /// counts; for most reports the data say nothing either way, and the answer says so.
    /// </summary>
    static Answer LateMostOften(TreatyData data, DateOnly asOf)
    {
        var counted = new List<(StateInfo State, List<string> Reports, List<string> Sources)>();
        foreach (var state in data.States.Where(s => Membership.At(s, asOf).IsStateParty && s.EntryIntoForce is not null))
        {
            var late = new Dictionary<Deliverable, (string Text, string Source)>();
            foreach (var e in data.EvidenceFor(state.Iso3).Where(e => e.Date.IsKnown && e.Date.Earliest <= asOf && e.Kind is EvidenceKind.SubmittedOn or EvidenceKind.NotSubmittedAt))
            {
                var deadline = e.Deliverable.Kind switch
                {
                    DeliverableKind.InitialReport => TreatyCalendar.InitialReportDue(state.EntryIntoForce!.Value).Date,
                    // Only a year the State owed by CcmBot's reading of Art. 7(2) (a list may name a State that did not owe it yet).
                    DeliverableKind.AnnualReport when e.Deliverable.Year is { } year && year >= TreatyCalendar.FirstAnnualReportYear(state.EntryIntoForce!.Value) => TreatyCalendar.AnnualReportDue(year).Date,
                    _ => (DateOnly?)null,
                };
                if (deadline is not { } due || e.Date.Earliest <= due || late.ContainsKey(e.Deliverable)) continue;
                var what = e.Kind == EvidenceKind.SubmittedOn ? $"handed in {e.Date.Display()}, after {Dates.Format(due)}" : $"still missing {e.Date.Display()}, due {Dates.Format(due)}";
                late[e.Deliverable] = ($"{e.Deliverable.Name}: {what}", ListAnswers.Source(e.Provenance));
            }
            if (late.Count > 0)
                counted.Add((state, late.Values.Select(v => v.Text).ToList(), late.Values.Select(v => v.Source).Distinct().ToList()));
        }
        var ranked = counted.OrderByDescending(c => c.Reports.Count).ThenBy(c => c.State.Name).ToList();
        var summary = ranked.Count == 0
            ? $"As of {Dates.Format(asOf)}: no State Party has a report on record as late or missing after its deadline."
            : $"As of {Dates.Format(asOf)}: {ranked.Count} States Parties have reports on record as late or still missing after the deadline; most often: " +
              ListAnswers.Names(ranked.Take(10).Select(c => $"{c.State.Name} ({c.Reports.Count})")) + ".";
        var rows = ranked.Select(c => new ListRow(c.State.Name, $"{c.Reports.Count} late or missing", null, null, string.Join("; ", c.Reports), string.Join("; ", c.Sources), c.State.Iso3)).ToList();
        return ListAnswers.Create("Reports late or missing, by State", asOf, summary, [new ListGroup("Late or missing after the deadline", rows)], [InitialRule, AnnualRule],
            ["Counted only where a source recorded a report handed in after its deadline or still missing after it; CcmBot's records cover a few reporting rounds, so for most reports the data cannot tell, and a State with none counted is not known to be on time."],
            ranked.SelectMany(c => c.Sources).Distinct(), [new("Who is overdue", $"who is overdue with reports as of {Dates.Format(asOf)}")]);
    }

    /// <summary>
    /// "Which States have never reported?", "who has not submitted any annual report since 2020?": for each State Party,
    /// the reports it owed that fell due in the span (from <paramref name="from"/>, or ever), and whether any is on record as
    /// submitted. None on record is split into "recorded as missing, every one" and "no record either way" — the latter is not "never".
    /// </summary>
    static Answer NoReportOver(TreatyData data, ReportScope scope, DateOnly? from, DateOnly asOf, bool initialSubmittedOnly = false)
    {
        var (reported, owedAny) = (0, 0);
        var recordedNone = new List<(StateInfo State, ListRow Row)>();
        var notKnown = new List<(StateInfo State, ListRow Row)>();
        var sources = new List<string>();
        foreach (var state in data.States.Where(s => Membership.At(s, asOf).IsInForce
                                                     && (!initialSubmittedOnly || StateAssessment.InitialReport(data, s, asOf).Status == ObligationStatus.Met)))
        {
            var owedReports = new List<(Deliverable Report, ObligationAssessment Assessment)>();
            if (scope is ReportScope.Both or ReportScope.Initial && StateAssessment.InitialReport(data, state, asOf) is { Deadline: { } initialDue } initial && initialDue < asOf && (from is null || initialDue >= from))
                owedReports.Add((Deliverable.InitialReport, initial));
            // The annual report for a year falls due on 30 April of the next (Art. 7(2)).
            if (scope is ReportScope.Both or ReportScope.Annual)
                owedReports.AddRange(StateAssessment.AnnualReports(data, state, asOf).Where(a => from is null || a.Deadline >= from).Select(a => (Deliverable.AnnualReport(a.Deadline!.Value.Year - 1), a)));
            var owed = owedReports.Select(o => o.Assessment).ToList();
            if (owed.Count == 0) continue;
            owedAny++;
            if (owed.Any(o => o.Status == ObligationStatus.Met)) { reported++; continue; }
            var missing = owed.Where(o => o.Status == ObligationStatus.Overdue).ToList();
            var (first, last) = (owed.Min(o => o.Deadline!.Value), owed.Max(o => o.Deadline!.Value));
            var detail = owed.Count == 1
                ? $"due {Dates.Format(first)}; " + (missing.Count == 1 ? "recorded as not submitted" : "no record either way")
                : $"{owed.Count} reports owed, due {Dates.Format(first)} to {Dates.Format(last)}; " +
                  (missing.Count == owed.Count ? "each recorded as not submitted" : missing.Count > 0 ? $"{missing.Count} recorded as not submitted, no record either way for the rest" : "no record either way");
            // Where a source saw one still missing after its day, the latest such sighting: "never" is likelier there.
            var sighting = owedReports.Where(o => o.Assessment.Status == ObligationStatus.Unknown)
                .Select(o => LastMissing(data, state, o.Report)).Where(e => e is not null).MaxBy(e => e!.CertainlyMissingUntil);
            if (sighting is not null)
            {
                detail += owed.Count == 1 ? $", last recorded as not submitted {sighting.Date.Display()}" : $"; {sighting.Deliverable.Name} last recorded as not submitted {sighting.Date.Display()}";
                sources.Add(ListAnswers.Source(sighting.Provenance));
            }
            var row = new ListRow(state.Name, missing.Count == owed.Count ? "none submitted" : "not known", null, null, detail,
                string.Join("; ", missing.SelectMany(m => m.Sources).Select(ListAnswers.Source).Distinct()), state.Iso3);
            (missing.Count == owed.Count ? recordedNone : notKnown).Add((state, row));
            sources.AddRange(missing.SelectMany(m => m.Sources).Select(ListAnswers.Source));
        }
        var what = scope switch { ReportScope.Initial => "initial report", ReportScope.Annual => "annual report", _ => "Article 7 report" };
        var span = from is { } f ? $"falling due from {Dates.Format(f)} to {Dates.Format(asOf)}" : "ever due";
        var summary = $"As of {Dates.Format(asOf)}: of the {owedAny} {(owedAny == 1 ? "State Party" : "States Parties")}{(initialSubmittedOnly ? " with their initial report on record" : "")} that owed an {what} {span}, {reported} {(reported == 1 ? "is" : "are")} recorded as having submitted at least one; " +
                      (recordedNone.Count == 0 ? "none is recorded as having submitted none" : $"{recordedNone.Count} {(recordedNone.Count == 1 ? "is" : "are")} recorded as having submitted none ({ListAnswers.Names(recordedNone.Select(r => r.State.Name).Order())})") +
                      $"; for {notKnown.Count} the data hold no submission and cannot tell whether one was made.";
        var groups = ListAnswers.ByRegionIfLong($"No {what} submitted, each one recorded missing", recordedNone.OrderBy(r => r.State.Name).ToList())
            .Concat(ListAnswers.ByRegionIfLong($"No {what} on record, not known", notKnown.OrderBy(r => r.State.Name).ToList()));
        List<string> rules = scope switch { ReportScope.Initial => [InitialRule], ReportScope.Annual => [AnnualRule], _ => [InitialRule, AnnualRule] };
        return ListAnswers.Create($"No {what} on record", asOf, summary, groups, rules,
            ["\"Not known\" is not \"never\": CcmBot's records of reports received cover a few rounds, so a State with no submission on record may well have reported."],
            sources.Distinct(), [new("Who reports late most often?", "who reports late most often?"), new("Reporting rate", $"reporting rate for {LatestDueYear(asOf)}")]);
    }

    /// <summary>
    /// "How many reports did we receive this year?": every Art. 7 report recorded with a day of submission inside the period,
    /// whatever year it covers; reports whose day is not recorded cannot be placed, and the answer says so.
    /// </summary>
    static Answer ReceivedIn(TreatyData data, DateWindow window, DateOnly asOf)
    {
        var to = window.To is { } end && end < asOf ? end : asOf;
        var received = data.Evidence
            .Where(e => e.Kind == EvidenceKind.SubmittedOn && e.Date.IsExactDay && e.Date.Earliest <= to && (window.From is null || e.Date.Earliest >= window.From))
            .Select(e => (Evidence: e, State: data.State(e.Iso3))).Where(x => x.State is not null)
            .OrderBy(x => x.Evidence.Date.Earliest).ThenBy(x => x.State!.Name).ToList();
        var period = MembershipAnswers.Describe(window);
        var summary = received.Count == 0
            ? $"No Article 7 report is recorded as received {period} in CcmBot's data."
            : $"{received.Count} Article 7 report{(received.Count == 1 ? "" : "s")} recorded as received {period}: " +
              ListAnswers.Names(received.Take(12).Select(x => $"{x.State!.Name} ({x.Evidence.Deliverable.Name.Split(" (")[0]}, {Dates.Format(x.Evidence.Date.Earliest)})")) +
              (received.Count > 12 ? $", and {received.Count - 12} more in the list" : "") + ".";
        var rows = received.Select(x => new ListRow(x.State!.Name, "received", null, null, $"{x.Evidence.Deliverable.Name}, submitted {Dates.Format(x.Evidence.Date.Earliest)}",
            ListAnswers.Source(x.Evidence.Provenance), x.State.Iso3)).ToList();
        return ListAnswers.Create("Article 7 reports received", asOf, summary, [new ListGroup("Received", rows)], [InitialRule, AnnualRule],
            ["Only reports recorded with their day of submission are placed in a period; CcmBot's records of receipts cover a few rounds, and recording one (\"Chad submitted its 2025 annual report on 3 May 2026\") adds it."],
            rows.Select(r => r.Source!).Distinct(), [new("Who is overdue", "who is overdue with reports?")]);
    }

    static Answer Submitted(TreatyData data, Question q, DateOnly asOf)
    {
        if (q is { ReceivedInPeriod: true, Window: { } window }) return ReceivedIn(data, window, asOf);
        var groups = new List<ListGroup>();
        var summary = new List<string>();
        var notes = new List<string>();
        var rules = new List<string>();
        var sources = new List<string>();
        if (q.Reports is ReportScope.Both or ReportScope.Initial)
        {
            rules.Add(InitialRule);
            CollectSubmitted(data, InitialAssessments(data, asOf), q.SubmittedLate ? $"Initial report submitted {Timing(q)}" : "Initial report submitted", "States Parties with the Convention in force", "initial report", Deliverable.InitialReport, asOf, groups, summary, notes, sources, q.SubmittedLate, q.SubmittedOnTime);
            AddReportedFigures(data, asOf, null, notes, sources, initial: true);
        }
        if (q.Reports is ReportScope.Both or ReportScope.Annual)
        {
            rules.Add(AnnualRule);
            var year = q.Year ?? LatestDueYear(asOf);
            var due = TreatyCalendar.AnnualReportDue(year).Date;
            CollectSubmitted(data, AnnualAssessments(data, Owing(data, year, asOf), year, asOf), $"Annual report for {year} submitted{(q.SubmittedLate ? " " + Timing(q) : "")}", $"States Parties that owe the annual report for {year} (due {Dates.Format(due)})",
                $"annual report for {year}", Deliverable.AnnualReport(year), asOf, groups, summary, notes, sources, q.SubmittedLate, q.SubmittedOnTime);
            if (due >= asOf) notes.Add($"The annual report for {year} falls due on {Dates.Format(due)}, after {Dates.Format(asOf)}: a State not listed is not late yet.");
            AddReportedFigures(data, asOf, year, notes, sources, initial: false);
            if (SourceRate(data, year, asOf) is { } sourceRate) notes.Add($"Rate as the source reported it: {sourceRate.Text}.");
        }
        var text = $"As of {Dates.Format(asOf)}: " + string.Join("; ", summary) + ".";
        return ListAnswers.Create("Article 7 reports submitted", asOf, text, groups, rules, notes, sources,
            [new("Who is overdue", $"who is overdue with reports as of {Dates.Format(asOf)}"), new("Reporting rate", $"reporting rate for {q.Year ?? LatestDueYear(asOf)}")]);
    }

    /// <summary>Every State Party with the Convention in force on the date, and where its initial report stands.</summary>
    static List<(StateInfo State, ObligationAssessment A)> InitialAssessments(TreatyData data, DateOnly asOf) =>
        data.States.Where(s => Membership.At(s, asOf).IsInForce).Select(s => (State: s, A: StateAssessment.InitialReport(data, s, asOf))).ToList();

    static List<(StateInfo State, ObligationAssessment A)> AnnualAssessments(TreatyData data, List<StateInfo> owing, int year, DateOnly asOf) =>
        owing.Select(s => (State: s, A: StateAssessment.AnnualReport(data, s, year, asOf))).ToList();

    static string Timing(Question q) => q.SubmittedOnTime ? "on time" : "late";

    static void CollectSubmitted(TreatyData data, List<(StateInfo State, ObligationAssessment A)> assessed, string groupTitle, string owedBy, string what,
        Deliverable deliverable, DateOnly asOf, List<ListGroup> groups, List<string> summary, List<string> notes, List<string> sources, bool lateOnly = false, bool onTime = false)
    {
        var met = assessed.Where(x => x.A.Status == ObligationStatus.Met).OrderBy(x => x.State.Name).ToList();
        if (lateOnly)
        {
            CollectLate(met, groupTitle, what, groups, summary, sources, onTime);
            return;
        }
        var overdue = assessed.Count(x => x.A.Status == ObligationStatus.Overdue);
        var unknown = assessed.Count(x => x.A.Status == ObligationStatus.Unknown);
        groups.AddRange(ListAnswers.ByRegionIfLong(groupTitle, met.Select(x => (x.State, new ListRow(x.State.Name, "submitted",
            x.A.Deadline is { } d ? Dates.Format(d) : null, null, Evidence(x.A), string.Join("; ", x.A.Sources.Select(ListAnswers.Source)), x.State.Iso3))).ToList()));
        sources.AddRange(met.SelectMany(x => x.A.Sources).Select(ListAnswers.Source));
        var line = $"{met.Count} of {assessed.Count} {owedBy} recorded as having submitted the {what}" + (met.Count == 0 ? "" : $": {ListAnswers.Names(met.Select(x => x.State.Name))}");
        var rest = new List<string>();
        if (overdue > 0) rest.Add($"{overdue} recorded overdue");
        if (unknown > 0) rest.Add($"for {unknown} the data cannot tell");
        if (rest.Count > 0) line += $" ({string.Join("; ", rest)})";
        summary.Add(line);
        if (unknown > 0 && !data.Evidence.Any(e => e.Deliverable == deliverable))
            notes.Add($"CcmBot's data hold no record of the {what} for any State: 'unknown' means no record either way, not 'not submitted'.");
        else if (unknown > 0) CoverageNote(data, deliverable, what, asOf, notes);
    }

    /// <summary>
    /// Of the reports recorded as submitted, those dated after their deadline (or, asked "on time", those by it); the other kind and
    /// the undated ones are counted beside them.
    /// </summary>
    static void CollectLate(List<(StateInfo State, ObligationAssessment A)> met, string groupTitle, string what,
        List<ListGroup> groups, List<string> summary, List<string> sources, bool onTimeAsked)
    {
        var late = met.Where(x => x.A.SubmittedLate == true).ToList();
        var onTime = met.Where(x => x.A.SubmittedLate == false).ToList();
        var undated = met.Count(x => x.A.SubmittedLate is null);
        var listed = onTimeAsked ? onTime : late;
        groups.AddRange(ListAnswers.ByRegionIfLong(groupTitle, listed.Select(x => (x.State, new ListRow(x.State.Name, onTimeAsked ? "submitted on time" : "submitted late",
            x.A.Deadline is { } d ? Dates.Format(d) : null, null, Evidence(x.A), string.Join("; ", x.A.Sources.Select(ListAnswers.Source)), x.State.Iso3))).ToList()));
        sources.AddRange(listed.SelectMany(x => x.A.Sources).Select(ListAnswers.Source));
        summary.Add($"{listed.Count} of the {met.Count} States Parties recorded as having submitted the {what} did so {(onTimeAsked ? "by" : "after")} the deadline" +
                    (listed.Count == 0 ? "" : $": {ListAnswers.Names(listed.Select(x => x.State.Name))}") +
                    $" ({(onTimeAsked ? $"{late.Count} late" : $"{onTime.Count} on time")}; {undated} with no day of submission recorded, so not known whether {(onTimeAsked ? "on time" : "late")})");
    }

    static void Collect(TreatyData data, List<(StateInfo State, ObligationAssessment A)> assessed, string groupTitle, string what, Deliverable deliverable,
        DateOnly asOf, List<ListGroup> groups, List<string> summary, List<string> notes, List<string> sources, Question q)
    {
        // "Overdue by more than a year": a report counts if it was that late on the day asked about, or when a source last saw it missing.
        var minDays = q.MinDaysOverdue ?? 0;
        var overdue = assessed.Where(x => x.A.Status == ObligationStatus.Overdue && (x.A.DaysOverdue(asOf) ?? 0) >= minDays)
            .OrderBy(x => q.LongestOverdueFirst ? x.A.Deadline : null).ThenBy(x => x.State.Name).ToList();
        var unknown = assessed.Where(x => x.A.Status == ObligationStatus.Unknown).ToList();
        var lastSeenMissing = unknown.Select(x => (x.State, x.A, Last: LastMissing(data, x.State, deliverable)))
            .Where(x => x.Last is not null && (minDays == 0 || x.A.Deadline is { } d && x.Last.CertainlyMissingUntil!.Value.DayNumber - d.DayNumber >= minDays))
            .OrderBy(x => q.LongestOverdueFirst ? x.A.Deadline : null).ThenBy(x => x.State.Name).ToList();
        if (minDays > 0 && summary.Count == 0)
            notes.Add($"Only reports at least {minDays:N0} days past their deadline: on the day asked about, or, where the data cannot tell, when a source last recorded them missing.");

        groups.AddRange(ListAnswers.ByRegionIfLong(groupTitle, overdue.Select(x => (x.State, new ListRow(x.State.Name, "overdue",
            x.A.Deadline is { } d ? Dates.Format(d) : null, x.A.DaysOverdue(asOf), Evidence(x.A), string.Join("; ", x.A.Sources.Select(ListAnswers.Source)), x.State.Iso3))).ToList()));
        if (lastSeenMissing.Count > 0)
            groups.Add(new ListGroup($"{Capital(what)}: unknown on that date, last recorded missing", lastSeenMissing.Select(x => new ListRow(x.State.Name, "unknown",
                x.A.Deadline is { } d ? Dates.Format(d) : null, null, $"last recorded as not submitted {x.Last!.Date.Display()}", ListAnswers.Source(x.Last.Provenance), x.State.Iso3)).ToList()));
        sources.AddRange(overdue.SelectMany(x => x.A.Sources).Concat(lastSeenMissing.Select(x => x.Last!.Provenance)).Select(ListAnswers.Source));

        var line = overdue.Count == 0
            ? $"no State Party is recorded as overdue with its {what}"
            : overdue.Count == 1 ? $"1 State Party overdue with its {what}: {overdue[0].State.Name}"
            : $"{overdue.Count} States Parties overdue with their {what}: {ListAnswers.Names(overdue.Select(x => x.State.Name))}";
        if (unknown.Count > 0)
            line += $" (for {unknown.Count} {(overdue.Count > 0 ? "more" : unknown.Count == 1 ? "State Party" : "States Parties")} the data cannot tell on that date" + (lastSeenMissing.Count > 0 ? $"; {lastSeenMissing.Count} of them {(lastSeenMissing.Count == 1 ? "was" : "were")} last recorded as missing" : "") + ")";
        summary.Add(line);
        if (unknown.Count > 0) CoverageNote(data, deliverable, what, asOf, notes);
    }

    static void CoverageNote(TreatyData data, Deliverable deliverable, string what, DateOnly asOf, List<string> notes)
    {
        var coverage = data.Evidence.Where(e => e.Deliverable == deliverable && e.Date.IsKnown).Select(e => e.Date.Latest).DefaultIfEmpty().Max();
        if (coverage != default && coverage < asOf)
            notes.Add($"CcmBot's data on the {what} run to {Dates.Format(coverage)}: after that, 'unknown' means no record either way, not 'submitted'.");
    }

    static DeliverableEvidence? LastMissing(TreatyData data, StateInfo state, Deliverable deliverable) =>
        data.EvidenceFor(state.Iso3).Where(e => e.Deliverable == deliverable && e.CertainlyMissingUntil is not null).MaxBy(e => e.CertainlyMissingUntil);

    static string Evidence(ObligationAssessment a)
    {
        var semicolon = a.Explanation.IndexOf("; ", StringComparison.Ordinal);
        var detail = semicolon < 0 ? a.Explanation : a.Explanation[(semicolon + 2)..];
        return DaysOverduePrefix.Replace(detail, "");
    }

    /// <summary>States Parties that owe the annual report for <paramref name="year"/> by the rule, as of a date.</summary>
    public static List<StateInfo> Owing(TreatyData data, int year, DateOnly asOf)
    {
        var due = TreatyCalendar.AnnualReportDue(year).Date;
        return data.States.Where(s => s.EntryIntoForce is { } eif && TreatyCalendar.FirstAnnualReportYear(eif) <= year
                                      && Membership.At(s, due).IsInForce && Membership.At(s, asOf).Status != MembershipStatus.Withdrawn).ToList();
    }

    /// <summary>
    /// "Who missed the 2016 annual report?": where a source counted the missing reports of that round, its count and the States
    /// it names, in the first line — and that the rest are not named — rather than only in the notes.
    /// </summary>
    static string? MissingCounted(TreatyData data, int year, DateOnly asOf)
    {
        var round = data.Figures.Where(f => f.Topic == "reporting" && f.AsOf.IsKnown && f.AsOf.Earliest <= asOf && FigureYear(f) == year).ToList();
        if (round.Where(f => f.Metric == "annual_reports_missing_count").MaxBy(f => f.AsOf.Earliest) is not { } count) return null;
        var named = round.FirstOrDefault(f => f.Metric == "annual_reports_missing_states_partial" && f.AsOf.Earliest == count.AsOf.Earliest && f.States is { Length: > 0 });
        var names = named?.States!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => data.Resolver.ResolveExact(n)?.Name ?? n).Order().ToList() ?? [];
        var total = (int)count.Value;
        return $"{SourceNames.Friendly(count.Provenance.Source)} counted {total} annual reports for {year} missing as of {count.AsOf.Display()}" +
               (names.Count == 0 ? ", naming none of them" : names.Count >= total ? $": {ListAnswers.Names(names)}" : $", naming {names.Count}: {ListAnswers.Names(names)}; the other {total - names.Count} are not named in the source");
    }

    /// <summary>Figures a source reported, for the same kind of report; shown beside what the rule gives.</summary>
    static void AddReportedFigures(TreatyData data, DateOnly asOf, int? year, List<string> notes, List<string> sources, bool initial)
    {
        var figures = data.Figures.Where(f => f.Topic == "reporting" && f.AsOf.IsKnown
                                              && f.Metric.StartsWith(initial ? "initial_reports" : "annual_report", StringComparison.Ordinal)
                                              && !f.Metric.EndsWith("_state", StringComparison.Ordinal)
                                              && (initial || FigureYear(f) == year && f.AsOf.Earliest <= asOf)).ToList();
        if (initial)
        {
            // The figures of the date asked about, else the latest before it.
            var exact = figures.Where(f => f.AsOf.Earliest <= asOf && asOf <= f.AsOf.Latest).ToList();
            figures = exact.Count > 0 ? exact : figures.Where(f => f.AsOf.Latest < asOf).GroupBy(f => f.AsOf.Latest).OrderByDescending(g => g.Key).FirstOrDefault()?.ToList() ?? [];
        }
        foreach (var f in figures.OrderBy(f => f.AsOf.Earliest))
        {
            notes.Add($"{SourceNames.Friendly(f.Provenance.Source)} reported, as of {f.AsOf.Display()}: {Describe(f)}.");
            sources.Add(ListAnswers.Source(f.Provenance));
        }
    }

    static string Describe(ReportedFigure f)
    {
        var value = f.Value.ToString("0.##", CultureInfo.InvariantCulture);
        var label = f.Metric switch
        {
            "initial_reports_submitted_count" => $"{value} initial reports submitted",
            "initial_reports_submission_rate_pct" => $"{value}% of initial reports due had been submitted",
            "initial_reports_overdue_count" => $"{value} initial reports overdue",
            "initial_reports_overdue_states" => $"{value} initial reports overdue: {f.States}",
            "initial_reports_overdue_states_partial" => $"initial reports overdue, naming only {f.States}",
            "annual_reports_submitted_count" => $"{value} annual reports submitted",
            "annual_reports_missing_count" => $"{value} annual reports missing",
            "annual_reports_missing_states_partial" => $"{value} of the missing named: {f.States} (the rest not named in the source)",
            _ => $"{f.Metric.Replace('_', ' ')}: {value}",
        };
        var notes = (f.Notes ?? "") + YearCaveat(f);
        return notes.Length > 0 ? $"{label} ({notes.TrimStart(';', ' ')})" : label;
    }

    /// <summary>
    /// The report year a figure counts: the calendar year its notes state, else, for an annual-report count, the reports
    /// most recently due on the figure's date (when its whole date range agrees), else none.
    /// </summary>
    static int? FigureYear(ReportedFigure f) =>
        StatedYear(f) ?? (f.Metric.StartsWith("annual_report", StringComparison.Ordinal) && f.AsOf.IsKnown
                          && LatestDueYear(f.AsOf.Earliest) == LatestDueYear(f.AsOf.Latest) ? LatestDueYear(f.AsOf.Earliest) : null);

    static int? StatedYear(ReportedFigure f)
    {
        var m = CalendarYear.Match(f.Notes ?? "");
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Said beside a figure whose year CcmBot attributed, so the reader knows it is a reading, not the source's word.</summary>
    static string YearCaveat(ReportedFigure f) =>
        StatedYear(f) is null && FigureYear(f) is { } year ? $"; the source does not state the report year: taken as the reports for {year}, the latest due on that date" : "";

    public static Answer Rate(TreatyData data, Question q, DateOnly asOf)
    {
        var notes = new List<string>();
        var sources = new List<string>();
        if (q.Reports == ReportScope.Initial)
        {
            var parties = data.States.Where(s => Membership.At(s, asOf).IsInForce && TreatyCalendar.InitialReportDue(s.EntryIntoForce!.Value).Date < asOf).ToList();
            var assessed = parties.Select(s => StateAssessment.InitialReport(data, s, asOf)).ToList();
            var summary = RateLine($"initial reports due by {Dates.Format(asOf)}", assessed);
            AddReportedFigures(data, asOf, null, notes, sources, initial: true);
            return ListAnswers.Create("Initial report rate", asOf, $"As of {Dates.Format(asOf)}: {summary}.", [], [InitialRule], notes, sources);
        }
        if (q.ByRegion) return RateByRegion(data, q, asOf);
        if (q.Year is null && (q.ByYear || q.Window is { From: { } from, To: { } to } && to.Year > from.Year))
            return RateByYear(data, q.Window, asOf);
        var year = q.Year ?? LatestDueYear(asOf);
        var due = TreatyCalendar.AnnualReportDue(year).Date;
        var owing = Owing(data, year, asOf);
        var annual = owing.Select(s => StateAssessment.AnnualReport(data, s, year, asOf)).ToList();
        var line = due >= asOf
            ? $"the annual report for {year} falls due on {Dates.Format(due)}; {owing.Count} States Parties will owe it"
            : RateLine($"annual reports for {year} (due {Dates.Format(due)}) owed by {owing.Count} States Parties", annual);
        AddReportedFigures(data, asOf, year, notes, sources, initial: false);
        if (SourceRate(data, year, asOf) is { } sourceRate)
            notes.Add($"Rate as the source reported it: {sourceRate.Text}; " + (sourceRate.Owing == owing.Count
                ? $"CcmBot's rule counts the same {owing.Count} owing."
                : $"CcmBot's rule counts {owing.Count} owing, which does not reproduce the source's count (see conflict I-14)."));
        return ListAnswers.Create($"Reporting rate for {year}", asOf, $"As of {Dates.Format(asOf)}: {line}.", [], [AnnualRule], notes, sources,
            [new($"Who missed the {year} report", $"who missed the {year} annual report")]);
    }

    /// <summary>
    /// "Reporting by region", "which region is most behind on reporting?": for each region, the latest annual report due
    /// (submitted, overdue, not known, by CcmBot's rule) and the initial reports recorded overdue; regions ranked by what is
    /// recorded overdue, and "not known" said for what the data cannot place.
    /// </summary>
    static Answer RateByRegion(TreatyData data, Question q, DateOnly asOf)
    {
        var year = q.Year ?? LatestDueYear(asOf);
        var due = TreatyCalendar.AnnualReportDue(year).Date;
        var owing = due < asOf ? Owing(data, year, asOf) : [];
        var inForce = data.States.Where(s => Membership.At(s, asOf).IsInForce).ToList();
        var regions = q.RegionsNamed.Count > 0 ? [.. q.RegionsNamed] : inForce.Select(s => s.Region).Distinct().Order().ToList();
        var rows = new List<(string Region, int Overdue, ListRow Row)>();
        var sources = new List<string>();
        foreach (var region in regions)
        {
            var reporting = ReportingIn(data, region, year, asOf, owing, inForce);
            sources.AddRange(reporting.Sources);
            rows.Add((region, reporting.Overdue, new ListRow(region, $"{inForce.Count(s => s.Region == region)} States Parties in force", null, null, reporting.Detail, null)));
        }
        var ranked = rows.Where(r => r.Overdue > 0).OrderByDescending(r => r.Overdue).ToList();
        var summary = $"As of {Dates.Format(asOf)}, by region (the annual report for {year}, due {Dates.Format(due)}, and initial reports): " +
                      (ranked.Count == 0 ? "no region has a report recorded overdue on that date" : "recorded overdue — " + string.Join(", ", ranked.Select(r => $"{r.Region} {r.Overdue}"))) +
                      (owing.Any(s => regions.Contains(s.Region) && StateAssessment.AnnualReport(data, s, year, asOf).Status == ObligationStatus.Unknown)
                          ? "; for many reports the data cannot tell, so a region with fewer recorded is not known to be ahead." : ".");
        return ListAnswers.Create("Reporting by region", asOf, summary, [new ListGroup("Regions", rows.Select(r => r.Row).ToList())], [InitialRule, AnnualRule], [],
            sources.Distinct().Prepend(MembershipAnswers.MembershipSource(data)),
            [new("Reporting rate by year", "reporting rate by year"), new("Who is overdue", "who is overdue with reports?")]);
    }

    /// <summary>A region's reports on the day: how many are recorded overdue, a line on the annual report for the year and on initial reports, and the sources of what is recorded.</summary>
    internal sealed record RegionReporting(int Overdue, string Detail, IReadOnlyList<string> Sources);

    /// <param name="owing">The States Parties owing the annual report for <paramref name="year"/> (empty when it is not yet due).</param>
    /// <param name="inForce">The States Parties in force on the day.</param>
    /// <param name="region">Null: every State.</param>
    internal static RegionReporting ReportingIn(TreatyData data, string? region, int year, DateOnly asOf, IReadOnlyList<StateInfo> owing, IReadOnlyList<StateInfo> inForce)
    {
        var annual = owing.Where(s => region is null || s.Region == region).Select(s => StateAssessment.AnnualReport(data, s, year, asOf)).ToList();
        var initial = inForce.Where(s => region is null || s.Region == region).Select(s => StateAssessment.InitialReport(data, s, asOf)).Where(a => a.Deadline < asOf).ToList();
        var sources = annual.Concat(initial).Where(a => a.Status is ObligationStatus.Met or ObligationStatus.Overdue).SelectMany(a => a.Sources).Select(ListAnswers.Source).Distinct().ToList();
        int Count(IEnumerable<ObligationAssessment> list, ObligationStatus status) => list.Count(a => a.Status == status);
        var overdue = Count(annual, ObligationStatus.Overdue) + Count(initial, ObligationStatus.Overdue);
        var detail = (annual.Count == 0 ? $"annual report for {year}: not yet due" : $"annual report for {year}: {RateLine("owed", annual)}") +
                     $"; initial reports: {Count(initial, ObligationStatus.Met)} of {initial.Count} due recorded as submitted, {Count(initial, ObligationStatus.Overdue)} recorded overdue, {Count(initial, ObligationStatus.Unknown)} not known";
        return new(overdue, detail, sources);
    }

    /// <summary>
    /// "Reporting rate by year", "reporting rates 2015-2020": one row per report year, by CcmBot's rule,
    /// with the rate a source reported for that year beside it where there is one.
    /// </summary>
    static Answer RateByYear(TreatyData data, DateWindow? window, DateOnly asOf)
    {
        var latest = LatestDueYear(asOf);
        var first = data.States.Where(s => s.EntryIntoForce is not null).Select(s => TreatyCalendar.FirstAnnualReportYear(s.EntryIntoForce!.Value)).DefaultIfEmpty(latest).Min();
        var from = Math.Max(first, window?.From?.Year ?? first);
        var to = Math.Min(latest, window?.To?.Year ?? latest);
        var rows = new List<ListRow>();
        var sources = new List<string>();
        for (var year = from; year <= to; year++)
        {
            var owing = Owing(data, year, asOf);
            var assessed = owing.Select(s => StateAssessment.AnnualReport(data, s, year, asOf)).ToList();
            int met = assessed.Count(a => a.Status == ObligationStatus.Met), overdue = assessed.Count(a => a.Status == ObligationStatus.Overdue);
            var unknown = assessed.Count - met - overdue;
            var sourceRate = SourceRate(data, year, asOf);
            if (sourceRate is not null) sources.Add(ListAnswers.Source(sourceRate.Provenance));
            var status = assessed.Count == 0 ? "none owed" : unknown == assessed.Count ? "not known" : unknown == 0 ? $"{100.0 * met / assessed.Count:0}%" : $"{100.0 * met / assessed.Count:0}% at least";
            rows.Add(new ListRow($"Annual report for {year}", status, Dates.Format(TreatyCalendar.AnnualReportDue(year).Date), null,
                $"{assessed.Count} owed: {met} recorded as submitted, {overdue} recorded overdue, {unknown} not known either way" +
                (sourceRate is null ? "" : $"; the source reported {sourceRate.Text}"),
                sourceRate is null ? null : ListAnswers.Source(sourceRate.Provenance)));
        }
        var span = from == to ? $"{from}" : $"{from} to {to}";
        var notYetDue = window?.To?.Year > to // only when the last year asked was not yet due
            ? $" The report for {to + 1} falls due on {Dates.Format(TreatyCalendar.AnnualReportDue(to + 1).Date)}, after {Dates.Format(asOf)}."
            : "";
        var summary = rows.Count == 0
            ? $"As of {Dates.Format(asOf)}: no annual report was due in {window?.Text ?? "that period"}; the first were for {first}, the latest due for {latest}."
            : $"As of {Dates.Format(asOf)}: annual reporting by report year, {span}, by CcmBot's rule; where the store has no receipt either way the rate is a lower bound.{notYetDue}";
        return ListAnswers.Create($"Reporting rate by year, {span}", asOf, summary, [new ListGroup("Annual reports (Art. 7(2))", rows)], [AnnualRule], [],
            sources.Distinct(), rows.Count == 0 ? [] : [new($"Who missed the {to} report", $"who missed the {to} annual report")]);
    }

    sealed record ReportedRate(string Text, int Owing, Provenance Provenance);

    /// <summary>A year's annual-report rate as a source gave it ("48 of 76 = 63% (source, as of …)"), or null where none did.</summary>
    static ReportedRate? SourceRate(TreatyData data, int year, DateOnly asOf)
    {
        var reported = data.Figures.Where(f => f.Topic == "reporting" && f.AsOf.IsKnown && f.AsOf.Earliest <= asOf && FigureYear(f) == year).ToList();
        var submitted = reported.FirstOrDefault(f => f.Metric == "annual_reports_submitted_count");
        var missing = reported.FirstOrDefault(f => f.Metric == "annual_reports_missing_count");
        if (submitted is null || missing is null || submitted.Value + missing.Value <= 0) return null;
        var total = submitted.Value + missing.Value;
        return new($"{submitted.Value:0} of {total:0} = {100m * submitted.Value / total:0}% ({SourceNames.Friendly(submitted.Provenance.Source)}, as of {submitted.AsOf.Display()})", (int)total, submitted.Provenance);
    }

    static string RateLine(string what, IReadOnlyList<ObligationAssessment> assessed)
    {
        int met = assessed.Count(a => a.Status == ObligationStatus.Met), overdue = assessed.Count(a => a.Status == ObligationStatus.Overdue);
        var unknown = assessed.Count(a => a.Status == ObligationStatus.Unknown);
        if (assessed.Count == 0) return $"no {what}";
        var rate = 100.0 * met / assessed.Count;
        return unknown == 0
            ? $"{met} of {assessed.Count} {what} submitted ({rate:0}%), {overdue} overdue"
            : $"{met} of {assessed.Count} {what} recorded as submitted ({rate:0}% at least), {overdue} recorded overdue, {unknown} not known either way";
    }

    /// <summary>"Chile vs Peru reporting": each State's history in turn, under one summary.</summary>
    public static Answer Histories(TreatyData data, IReadOnlyList<StateInfo> states, DateOnly asOf, int? year = null)
    {
        if (states.Count == 1) return History(data, states[0], asOf, year);
        var each = states.Take(AnswerEngine.MaxProfiles).Select(s => (State: s, Model: (ListAnswerModel)History(data, s, asOf, year).Model)).ToList();
        var summary = string.Join(" ", each.Select(e => e.Model.Summary)) +
                      (states.Count > AnswerEngine.MaxProfiles ? $" Shown: the first {AnswerEngine.MaxProfiles} of the {states.Count} named; ask again for the others." : "");
        return ListAnswers.Create($"Reporting: {ListAnswers.Names(each.Select(e => e.State.Name))}", asOf, summary,
            each.SelectMany(e => e.Model.Groups.Select(g => g with { Title = $"{e.State.Name}: {g.Title}" })),
            each.SelectMany(e => e.Model.Rules), each.SelectMany(e => e.Model.Notes), each.SelectMany(e => e.Model.Sources).Distinct());
    }

    public static Answer History(TreatyData data, StateInfo state, DateOnly asOf, int? year = null)
    {
        if (year is { } y)
        {
            var one = StateAssessment.AnnualReport(data, state, y, asOf);
            var line = $"{state.Name}, annual report for {y} as of {Dates.Format(asOf)}: {StatusText.Label(one.Status)} — {one.Explanation}.";
            return ListAnswers.Create($"{state.Name}: annual report for {y}", asOf, line, [new ListGroup("Article 7 report", [Row(one, asOf)])], [AnnualRule], [],
                one.Sources.Select(ListAnswers.Source).Prepend($"{state.Name} membership: {state.Provenance}"),
                [new($"{state.Name} reporting history", $"{state.Name} reporting history")]);
        }
        var rows = new List<ListRow>();
        var initial = StateAssessment.InitialReport(data, state, asOf);
        rows.Add(Row(initial, asOf));
        var annual = StateAssessment.AnnualReports(data, state, asOf);
        rows.AddRange(annual.Select(a => Row(a, asOf)));
        var counts = annual.GroupBy(a => a.Status).ToDictionary(g => g.Key, g => g.Count());
        var summary = $"{state.Name}, reporting as of {Dates.Format(asOf)}: initial report {StatusText.Label(initial.Status)}{InitialReportDays(initial)}" +
                      (annual.Count > 0 ? $"; {annual.Count} annual reports due — {counts.GetValueOrDefault(ObligationStatus.Met)} recorded as submitted, {counts.GetValueOrDefault(ObligationStatus.Overdue)} overdue, {counts.GetValueOrDefault(ObligationStatus.Unknown)} with no record either way." : ".");
        // "When is its first annual report due?": the next report to fall due, from the same rule.
        if (StateAssessment.NextAnnualReport(state, asOf) is var (nextYear, next))
        {
            if (initial.Status == ObligationStatus.NotYetDue && initial.Deadline is { } initialDue && initialDue < next)
                summary += $" Next due: the initial report, on {Dates.Format(initialDue)}; then the {(annual.Count == 0 ? "first " : "")}annual report, for {nextYear}, on {Dates.Format(next)}.";
            else
                summary += $" Next due: the {(annual.Count == 0 ? "first " : "")}annual report, for {nextYear}, on {Dates.Format(next)}.";
        }
        var sources = new[] { initial }.Concat(annual).SelectMany(a => a.Sources).Select(ListAnswers.Source).Prepend($"{state.Name} membership: {state.Provenance}");
        return ListAnswers.Create($"{state.Name}: reporting history", asOf, summary, [new ListGroup("Article 7 reports", rows)], [InitialRule, AnnualRule],
            Membership.At(state, asOf).IsStateParty ? [] : [Membership.At(state, asOf).Explanation], sources,
            [new($"Profile of {state.Name}", $"tell me about {state.Name}")]);
    }

    /// <summary>
    /// "When is Vanuatu's initial report due?", "when did Chile submit it?": its day, when it came in and whether late, or when it was
    /// last seen missing, for the history's first line and not only its rows.
    /// </summary>
    static string InitialReportDays(ObligationAssessment initial)
    {
        if (initial.Status == ObligationStatus.NotYetDue || initial.Deadline is not { } due) return "";
        var late = initial.SubmittedLate switch { true => ", after the deadline", false => ", on time", null => "" };
        var came = initial.Submission is { } submitted ? $"; {submitted}{late}" : "";
        var missing = initial.Status == ObligationStatus.Unknown && initial.LastRecordedMissing is { } seen ? $"; last {DeliverableEvidence.NotSubmittedAt(seen)}" : "";
        return $" (due {Dates.Format(due)}{came}{missing})";
    }

    static ListRow Row(ObligationAssessment a, DateOnly asOf) =>
        new(Capital(a.Obligation), StatusText.Label(a.Status), a.Deadline is { } d ? Dates.Format(d) : null, a.DaysOverdue(asOf), Evidence(a),
            string.Join("; ", a.Sources.Select(ListAnswers.Source)));

    public static List<(StateInfo State, ListRow Row)> SignatoryRows(TreatyData data, DateOnly asOf) =>
        data.States.Where(s => Membership.At(s, asOf).Status == MembershipStatus.Signatory)
            .OrderBy(s => s.Name)
            .Select(s => (s, new ListRow(s.Name, "signatory", null, null,
                $"signed {Dates.Format(s.SignatureDate!.Value)}, not ratified for {Years(s.SignatureDate.Value, asOf)}", ListAnswers.Source(s.Provenance), s.Iso3)))
            .ToList();

    /// <summary>Whole years between two days ("17 years"), or days under a year.</summary>
    internal static string Years(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year - (to < from.AddYears(to.Year - from.Year) ? 1 : 0);
        return years >= 1 ? $"{years} year{(years == 1 ? "" : "s")}" : $"{to.DayNumber - from.DayNumber} days";
    }
}
