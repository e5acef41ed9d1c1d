using CcmBot.Core.Treaties;
using static CcmBot.Core.Text.TextCase;

namespace CcmBot.Core.Answers;

/// <summary>Articles 3, 4 and 5: who has obligations, deadlines in a window, extensions, completions.</summary>
public static class ObligationAnswers
{
    const string RetentionRule = "a State Party may retain or acquire a limited number of cluster munitions and explosive submunitions for training and for developing detection, clearance and destruction techniques and counter-measures, and reports on them (Art. 3(6)-(8))";

    /// <summary>
    /// "Who retains cluster munitions for training?": the latest retention record (Art. 3(6)-(8)) of each State on or before the
    /// day asked about, with what it reported; the numbers kept are not in CcmBot's data, and the records stop where their source does.
    /// </summary>
    static Answer Retention(TreatyData data, IReadOnlyList<StateInfo> states, DateOnly asOf)
    {
        var latest = data.ArticleSnapshots
            .Where(s => s.Article == "3.8" && s.AsOf.IsKnown && s.AsOf.Latest <= asOf && (states.Count == 0 || states.Any(x => x.Iso3 == s.Iso3)))
            .GroupBy(s => s.Iso3).Select(g => g.MaxBy(s => s.AsOf.Latest)!)
            .Select(s => (Snapshot: s, State: data.State(s.Iso3)))
            .Where(x => x.State is not null).OrderBy(x => x.State!.Name).ToList();
        var recordedTo = data.ArticleSnapshots.Where(s => s.Article == "3.8" && s.AsOf.IsKnown).Select(s => s.AsOf.Latest).DefaultIfEmpty().Max();
        var who = states.Count == 0 ? "States Parties" : ListAnswers.Names(states.Select(s => s.Name));
        var summary = latest.Count == 0
            ? $"As of {Dates.Format(asOf)}: CcmBot's data record no retention of cluster munitions by {(states.Count == 0 ? "any State Party" : who)} (Art. 3(6))" +
              (recordedTo != default ? $"; its retention records are as of {Dates.Format(recordedTo)}." : ".")
            : $"As of {Dates.Format(asOf)}: {latest.Count} {(latest.Count == 1 ? "State" : "States")} recorded as retaining cluster munitions or submunitions for training or counter-measures (Art. 3(6)), " +
              $"by the latest record ({Dates.Format(latest.Max(x => x.Snapshot.AsOf.Latest))}): {ListAnswers.Names(latest.Select(x => x.State!.Name))}.";
        var rows = latest.Select(x => new ListRow(x.State!.Name, x.Snapshot.Status.Replace('_', ' '), null, null,
            $"{x.Snapshot.Notes ?? ""} (as of {x.Snapshot.AsOf.Display()})".Trim(), ListAnswers.Source(x.Snapshot.Provenance), x.State.Iso3)).ToList();
        return ListAnswers.Create("Retained cluster munitions (Art. 3(6))", asOf, summary, [new ListGroup("Retention records", rows)], [RetentionRule],
            new[] { "The numbers retained are not in CcmBot's data; States report them in their Article 7 reports.",
                    recordedTo != default && asOf > recordedTo ? $"CcmBot's retention records run to {Dates.Format(recordedTo)}; what changed after that is not in them." : null }.OfType<string>(),
            latest.Select(x => ListAnswers.Source(x.Snapshot.Provenance)).Distinct(),
            [new("Stockpile destruction", "who has stockpile destruction obligations?")]);
    }

    /// <summary>A request is decided once a grant for the same State and article is dated on or after it, by the day asked about.</summary>
    internal static bool Decided(TreatyData data, ObligationEvent request, DateOnly asOf) =>
        data.EventsFor(request.Iso3).Any(g => g.Article == request.Article && g.Kind == ObligationEventKind.ExtensionGranted
                                              && g.Date.IsKnown && g.Date.Earliest <= asOf && (!request.Date.IsKnown || g.Date.Latest >= request.Date.Earliest));

    /// <summary>
    /// Each State's latest recorded completion, in years from its entry into force, fastest first, with the median. A completion
    /// recorded by month or year is placed at the middle of it ("about"); one with no date cannot be measured and is counted aside.
    /// </summary>
    static (string? Note, string Summary, List<ListRow> Rows) TimeTaken(TreatyData data, int article, string label, DateOnly asOf)
    {
        var completions = data.ObligationEvents.Where(e => e.Article == article && e.Kind == ObligationEventKind.Completed && (!e.Date.IsKnown || e.Date.Earliest <= asOf))
            .GroupBy(e => e.Iso3).Select(g => g.OrderBy(e => e.Date.IsKnown ? e.Date.Latest : DateOnly.MinValue).Last()).ToList();
        var measured = new List<(string Name, double Years, ListRow Row)>();
        var before = new List<ListRow>();
        var unmeasured = new List<string>();
        foreach (var done in completions)
        {
            var state = data.State(done.Iso3);
            if (state?.EntryIntoForce is not { } eif || !done.Date.IsKnown) { unmeasured.Add(state?.Name ?? done.Iso3); continue; }
            var deadline = (article == 3 ? TreatyCalendar.StockpileDestructionDue(eif) : TreatyCalendar.ClearanceDue(eif)).Date;
            var against = $"original deadline {Dates.Format(deadline)}" + (done.Date.Latest <= deadline ? ", met within it" : ", completed after it (extended)");
            // Done before the Convention bound the State: nothing to measure from entry into force.
            if (done.Date.Latest < eif)
            {
                before.Add(new ListRow(state.Name, "before entry into force", null, null, $"{done.Describe()}; in force {Dates.Format(eif)}", ListAnswers.Source(done.Provenance), state.Iso3));
                continue;
            }
            var middle = done.Date.Earliest.AddDays((done.Date.Latest.DayNumber - done.Date.Earliest.DayNumber) / 2);
            var years = Math.Max(0, (middle.DayNumber - eif.DayNumber) / 365.25);
            var about = done.Date.IsExactDay ? "" : "about ";
            measured.Add((state.Name, years, new ListRow(state.Name, about + Years(years), null, null,
                $"in force {Dates.Format(eif)}; {done.Describe()}; {about}{Years(years)} after entry into force; {against}", ListAnswers.Source(done.Provenance), state.Iso3)));
        }
        measured = measured.OrderBy(m => m.Years).ThenBy(m => m.Name).ToList();
        var rows = measured.Select(m => m.Row).Concat(before.OrderBy(r => r.Label)).ToList();
        var aside = before.Count > 0 ? $"{before.Count} more had finished before the Convention entered into force for them ({ListAnswers.Names(before.Select(r => r.Label).Order())})" : "";
        if (measured.Count == 0)
            return (null, $"{label}: no completion after entry into force with a date recorded by {Dates.Format(asOf)}, so no time can be measured" + (aside.Length > 0 ? $"; {aside}" : ""), rows);
        var sorted = measured.Select(m => m.Years).ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        var summary = (measured.Count == 1
                          ? $"{label}: 1 State recorded as completing after entry into force, {measured[0].Name}, took {Years(median)}"
                          : $"{label}: {measured.Count} States recorded as completing after entry into force took a median of {Years(median)} " +
                            $"(fastest: {string.Join(", ", measured.Take(3).Select(m => $"{m.Name} {Years(m.Years)}"))}; longest: {string.Join(", ", measured.TakeLast(3).Reverse().Select(m => $"{m.Name} {Years(m.Years)}"))})") +
                      (aside.Length > 0 ? $"; {aside}" : "");
        var note = "Measured from entry into force to the latest completion recorded for each State; a completion recorded by month or year is placed at its middle (\"about\")." +
                   (unmeasured.Count > 0 ? $" Not measured (no date of completion recorded): {ListAnswers.Names(unmeasured)}." : "");
        return (note, summary, rows);
    }

    static string Years(double years) => years * 365.25 < 45 ? $"{Math.Round(years * 365.25):0} days" : years < 1 ? $"{Math.Round(years * 12):0} months" : $"{years:0.0} years";

    public static Answer Answer(TreatyData data, Question q, DateOnly asOf)
    {
        if (q.Retention) return Retention(data, q.States, asOf);
        if (q.ArticlesTogether.Count >= 2) return Together(data, q.ArticlesTogether, asOf);
        if (q.Article == 5) return VictimAssistance(data, asOf, q.VictimAssistanceItem);
        var articles = q.Article is 3 or 4 ? new[] { q.Article.Value } : [3, 4];
        var view = q.View;
        var groups = new List<ListGroup>();
        var summary = new List<string>();
        var notes = new List<string>();
        // "Which requests will the 14MSP consider?": a meeting not yet held decided nothing; the requests with no recorded
        // decision are those that may come before it (its agenda is not in the data).
        if (view.HasFlag(ObligationView.Pending) && q.MeetingId is { } named && data.Meeting(named) is var meeting && (meeting is null || !meeting.Start.IsKnown || meeting.Start.Earliest > asOf))
        {
            notes.Add((meeting is null || !meeting.Start.IsKnown ? $"CcmBot has no record of the {named}'s dates or agenda" : $"The {meeting.Id} opens on {Dates.Format(meeting.Start.Earliest)}; its agenda is not in CcmBot's data") +
                      "; the requests listed have no recorded decision, so they are the ones that may come before it.");
            q = q with { MeetingId = null };
        }
        var sources = new List<string>();
        var rules = articles.Select(a => $"{ArticleObligationAssessor.RuleFor(a).Description} — {ArticleObligationAssessor.RuleFor(a).Citation}").ToList();

        foreach (var article in articles)
        {
            var label = article == 3 ? "Art. 3 (stockpile destruction)" : "Art. 4 (clearance)";
            var holders = data.States.Where(s => data.EventsFor(s.Iso3).Any(e => e.Article == article))
                .Select(s => (State: s, A: ArticleObligationAssessor.Assess(s, article, asOf, data.EventsFor(s.Iso3)))).ToList();

            if (view.HasFlag(ObligationView.Extensions))
            {
                var pendingOnly = view.HasFlag(ObligationView.Pending);
                var events = data.ObligationEvents.Where(e => e.Article == article && e.Kind is ObligationEventKind.ExtensionGranted or ObligationEventKind.ExtensionRequested)
                    .Where(e => !pendingOnly || e.Kind == ObligationEventKind.ExtensionRequested && !Decided(data, e, asOf))
                    .Where(e => q.MeetingId is null || (e.GrantedBy ?? "").StartsWith(q.MeetingId, StringComparison.OrdinalIgnoreCase))
                    .Where(e => q.Window is null ? !e.Date.IsKnown || e.Date.Earliest <= asOf : e.Date.IsKnown && q.Window.Contains(e.Date.Latest))
                    .OrderBy(e => e.Date.Earliest).ToList();
                var rows = events.Select(e => new ListRow(data.State(e.Iso3)?.Name ?? e.Iso3,
                    e.Kind == ObligationEventKind.ExtensionGranted ? "granted" : Decided(data, e, asOf) ? "requested, granted later" : "requested",
                    e.Deadline.IsKnown ? e.Deadline.Display() : null, null, e.Describe(), ListAnswers.Source(e.Provenance), e.Iso3)).ToList();
                groups.Add(new ListGroup($"{label}: extensions" + (q.MeetingId is { } by ? $" decided or requested at {by}" : ""), rows));
                var granted = rows.Count(r => r.Status == "granted");
                var pending = rows.Count(r => r.Status == "requested");
                var requested = rows.Count - granted;
                // In a period both counts are said, so "who requested an extension this year?" reads "0 requested", not only "0 granted".
                var period = q.Window is null ? "" : " " + MembershipAnswers.Describe(q.Window);
                summary.Add((pendingOnly ? $"{label}: {pending} extension request{(pending == 1 ? "" : "s")} with no recorded outcome{period}"
                                : q.Window is not null
                                    ? $"{label}: {granted} extension{(granted == 1 ? "" : "s")} granted and {requested} requested{period}{(pending > 0 ? $", {pending} of them with no recorded outcome" : "")}"
                                    : $"{label}: {granted} extension{(granted == 1 ? "" : "s")} granted{(pending > 0 ? $" and {pending} requested with no recorded outcome" : "")}") +
                            (rows.Count > 0 ? $" ({ListAnswers.Names(rows.Select(r => r.Label).Distinct())})" : ""));
                sources.AddRange(rows.Select(r => r.Source!));
                continue;
            }

            if (view.HasFlag(ObligationView.TimeTaken))
            {
                var (row, line, taken) = TimeTaken(data, article, label, asOf);
                groups.Add(new ListGroup($"{label}: time from entry into force to completion", taken));
                summary.Add(line);
                sources.AddRange(taken.Select(r => r.Source).OfType<string>());
                if (row is not null) notes.Add(row);
                continue;
            }

            if (view.HasFlag(ObligationView.Completed))
            {
                var completions = data.ObligationEvents.Where(e => e.Article == article && e.Kind == ObligationEventKind.Completed)
                    .Where(e => q.Window is null ? e.Date.CertainlyOnOrBefore(asOf) || !e.Date.IsKnown && asOf >= e.Provenance.AsOf.Latest : e.Date.IsKnown && q.Window.Contains(e.Date.Latest))
                    .OrderBy(e => e.Date.IsKnown ? e.Date.Earliest : DateOnly.MaxValue).ToList();
                var rows = completions.Select(e => new ListRow(data.State(e.Iso3)?.Name ?? e.Iso3, "completed", null, null, e.Describe() + (e.Notes is { } n ? $" — {Short(n)}" : ""), ListAnswers.Source(e.Provenance), e.Iso3)).ToList();
                var states = rows.Select(r => r.Label).Distinct().ToList();
                // Some States completed twice (stocks found later) or sources disagree on when: every record is kept and shown.
                groups.Add(new ListGroup(rows.Count == states.Count ? $"{label}: completions" : $"{label}: completion records, {states.Count} States", rows));
                summary.Add($"{label}: {states.Count} {(states.Count == 1 ? "State" : "States")} recorded as completed{(q.Window is null ? $" by {Dates.Format(asOf)}" : " " + MembershipAnswers.Describe(q.Window))} ({ListAnswers.Names(states)})");
                sources.AddRange(rows.Select(r => r.Source!));
                continue;
            }

            // "Article 3 deadlines in 2019" asked later: the deadlines that fell then, met or not, as they stood at the period's end.
            if (view.HasFlag(ObligationView.Deadlines) && !view.HasFlag(ObligationView.Overdue) && q.Window is { To: { } end } past && end < asOf)
            {
                var fell = holders.Select(h => (h.State, A: ArticleObligationAssessor.Assess(h.State, article, end, data.EventsFor(h.State.Iso3))))
                    .Where(h => h.A.Status != ObligationStatus.NotApplicable && h.A.Deadline is { } d && past.Contains(d))
                    .OrderBy(h => h.A.Deadline).ToList();
                groups.Add(new ListGroup($"{label}: deadlines that fell {MembershipAnswers.Describe(past)}", fell.Select(h => Row(h.State, h.A, end)).ToList()));
                summary.Add(fell.Count == 0
                    ? $"{label}: no deadline fell {MembershipAnswers.Describe(past)}"
                    : $"{label}: {fell.Count} deadline{(fell.Count == 1 ? "" : "s")} fell {MembershipAnswers.Describe(past)}, as they stood on {Dates.Format(end)}: " +
                      ListAnswers.Names(fell.Select(h => $"{h.State.Name} ({Dates.Format(h.A.Deadline!.Value)}, {StatusText.Label(h.A.Status)})")));
                sources.AddRange(fell.SelectMany(h => h.A.Sources).Select(ListAnswers.Source));
                continue;
            }

            if (view.HasFlag(ObligationView.Deadlines) || view.HasFlag(ObligationView.Overdue))
            {
                var inWindow = holders.Where(h => h.A.Status != ObligationStatus.Met && h.A.Status != ObligationStatus.NotApplicable && h.A.Deadline is { } d
                                                  && (q.Window is null ? !view.HasFlag(ObligationView.Overdue) || d < asOf : q.Window.Contains(d)))
                    .Where(h => !view.HasFlag(ObligationView.Overdue) || h.A.Status is ObligationStatus.Overdue or ObligationStatus.Unknown)
                    .OrderBy(h => h.A.Deadline).ToList();
                var rows = inWindow.Select(h => Row(h.State, h.A, asOf)).ToList();
                groups.Add(new ListGroup($"{label}: deadlines", rows));
                var period = q.Window is null ? "" : " " + MembershipAnswers.Describe(q.Window);
                summary.Add(rows.Count == 0
                    ? $"{label}: no open deadline{period}"
                    : $"{label}: {rows.Count} open deadline{(rows.Count == 1 ? "" : "s")}{period}: {ListAnswers.Names(inWindow.Select(h => $"{h.State.Name} ({Dates.Format(h.A.Deadline!.Value)}, {StatusText.Label(h.A.Status)})"))}");
                sources.AddRange(inWindow.SelectMany(h => h.A.Sources).Select(ListAnswers.Source));
                continue;
            }

            if (view.HasFlag(ObligationView.Ever))
            {
                // Every State whose obligation was on record by the date, completed ones included.
                var ever = holders.Where(h => data.EventsFor(h.State.Iso3).Any(e => e.Article == article && (!e.Date.IsKnown || e.Date.Earliest <= asOf)))
                    .OrderBy(h => h.State.Name).ToList();
                var met = ever.Count(h => h.A.Status == ObligationStatus.Met);
                groups.Add(new ListGroup($"{label}: every State with the obligation", ever.Select(h => Row(h.State, h.A, asOf)).ToList()));
                summary.Add($"{label}: {ever.Count} {(ever.Count == 1 ? "State" : "States")} with the obligation on record by {Dates.Format(asOf)}, {met} of them completed " +
                            $"({ListAnswers.Names(ever.Select(h => h.State.Name))})");
                sources.AddRange(ever.SelectMany(h => h.A.Sources).Select(ListAnswers.Source));
                continue;
            }

            var open = holders.Where(h => h.A.Status is ObligationStatus.NotYetDue or ObligationStatus.Overdue or ObligationStatus.Unknown
                                          && Membership.At(h.State, asOf).IsInForce).OrderBy(h => h.State.Name).ToList();
            groups.Add(new ListGroup($"{label}: open obligations", open.Select(h => Row(h.State, h.A, asOf)).ToList()));
            summary.Add($"{label}: {open.Count} {(open.Count == 1 ? "State Party" : "States Parties")} with an open obligation by CcmBot's data ({ListAnswers.Names(open.Select(h => h.State.Name))})");
            sources.AddRange(open.SelectMany(h => h.A.Sources).Select(ListAnswers.Source));
            AddSeedComparison(data, article, asOf, open.Select(h => h.State.Iso3).ToHashSet(), notes, sources);
        }

        var text = $"As of {Dates.Format(asOf)}: " + string.Join("; ", summary) + ".";
        notes.Add("Article 3/4 data run to February 2026: decisions of the 12MSP (apart from Chad) and the 13MSP were not found, so deadlines after them show as unknown.");
        return ListAnswers.Create(articles.Length == 1 ? $"Article {articles[0]} obligations" : "Article 3 and 4 obligations", asOf, text, groups, rules, notes, sources,
            [new("Deadlines before 2027", $"Article {articles[0]} deadlines before 2027"), new("Extensions granted", $"Article {articles[0]} extensions granted")]);
    }

    /// <param name="Line">Its status in a few words, for the row of a State holding several.</param>
    /// <param name="Row">Its row in that article's own list.</param>
    internal sealed record Holding(StateInfo State, string Line, ListRow Row);

    /// <summary>
    /// "Which States have both stockpile and clearance obligations?": the States Parties holding every article named on the day
    /// (Art. 3/4: an open obligation; Art. 5: victims reported on CcmBot's list), then each article's holders on their own.
    /// </summary>
    static Answer Together(TreatyData data, IReadOnlyList<int> articles, DateOnly asOf)
    {
        var held = articles.ToDictionary(a => a, a => Holders(data, a, asOf));
        var all = held[articles[0]].Keys.Where(iso3 => articles.All(a => held[a].ContainsKey(iso3)))
            .Select(iso3 => held[articles[0]][iso3].State).OrderBy(s => s.Name).ToList();
        var what = ListAnswers.Names(articles.Select(Topic));
        var rows = all.Select(s => new ListRow(s.Name, "holds all", null, null, string.Join("; ", articles.Select(a => $"Art. {a}: {held[a][s.Iso3].Line}")),
            string.Join("; ", articles.Select(a => held[a][s.Iso3].Row.Source).Distinct()), s.Iso3)).ToList();
        var summary = $"As of {Dates.Format(asOf)}: " + (all.Count == 0
            ? $"no State Party holds {what} together by CcmBot's data"
            : $"{all.Count} State{(all.Count == 1 ? " Party holds" : "s Parties hold")} {what} together: {ListAnswers.Names(all.Select(s => s.Name))}") +
            ". Each on its own: " + string.Join("; ", articles.Select(a => $"{Topic(a)} {held[a].Count}")) + ".";
        var groups = new List<ListGroup> { new($"Holding {what}", rows) };
        groups.AddRange(articles.Select(a => new ListGroup(Capital(Topic(a)), held[a].Values.OrderBy(h => h.State.Name).Select(h => h.Row).ToList())));
        var notes = new List<string> { "Art. 3 and 4: an obligation open on the day (not yet due, overdue or not known to be met); Art. 5: the States that reported cluster munition victims." };
        if (articles.Contains(5) && data.ArticleSnapshots.Where(s => s.Article == "5" && s.AsOf.IsKnown).Select(s => s.AsOf.Latest).DefaultIfEmpty().Max() is var listed && listed != asOf)
            notes.Add($"The list of States with Art. 5 obligations is the one of {Dates.Format(listed)}; CcmBot has no later or earlier list.");
        var rules = articles.Select(a => a == 5 ? $"{Rules.VictimAssistance.Description} — {Rules.VictimAssistance.Citation}"
            : $"{ArticleObligationAssessor.RuleFor(a).Description} — {ArticleObligationAssessor.RuleFor(a).Citation}");
        return ListAnswers.Create($"Articles {string.Join(" and ", articles)} together", asOf, summary, groups, rules, notes,
            held.Values.SelectMany(h => h.Values).Select(h => h.Row.Source!), articles.Select(a => new SuggestedQuestion($"Art. {a} holders", $"who has Article {a} obligations?")));

        static string Topic(int article) => article switch { 3 => "stockpile destruction (Art. 3)", 4 => "clearance (Art. 4)", _ => "victim assistance (Art. 5)" };
    }

    /// <summary>The States Parties holding one article on the day, each with its status, a line on it and its source.</summary>
    internal static Dictionary<string, Holding> Holders(TreatyData data, int article, DateOnly asOf)
    {
        if (article == 5)
            return data.ArticleSnapshots.Where(s => s.Article == "5" && s.AsOf.IsKnown && data.State(s.Iso3) is { } state && Membership.At(state, asOf).IsInForce)
                .GroupBy(s => s.Iso3).ToDictionary(g => g.Key, g => g.MaxBy(s => s.AsOf.Latest)!)
                .ToDictionary(p => p.Key, p => new Holding(data.State(p.Key)!, $"victims reported (as of {p.Value.AsOf.Display()})",
                    new ListRow(data.State(p.Key)!.Name, "victims reported", null, null, $"reported cluster munition victims, as of {p.Value.AsOf.Display()}", ListAnswers.Source(p.Value.Provenance), p.Key)));
        return data.States.Where(s => Membership.At(s, asOf).IsInForce && data.EventsFor(s.Iso3).Any(e => e.Article == article))
            .Select(s => (State: s, A: ArticleObligationAssessor.Assess(s, article, asOf, data.EventsFor(s.Iso3))))
            .Where(h => h.A.Status is ObligationStatus.NotYetDue or ObligationStatus.Overdue or ObligationStatus.Unknown)
            .ToDictionary(h => h.State.Iso3, h => new Holding(h.State, StatusText.Label(h.A.Status) + (h.A.Deadline is { } d ? $", deadline {Dates.Format(d)}" : ""), Row(h.State, h.A, asOf)));
    }

    /// <summary>Where a seed lists the States with obligations on a date, show its list beside CcmBot's and name the differences.</summary>
    static void AddSeedComparison(TreatyData data, int article, DateOnly asOf, HashSet<string> ours, List<string> notes, List<string> sources)
    {
        var snapshot = data.ArticleSnapshots.Where(s => s.Article == article.ToString() && s.Status == "current" && s.AsOf.IsKnown && s.AsOf.Latest <= asOf).ToList();
        if (snapshot.Count == 0) return;
        var date = snapshot.Max(s => s.AsOf.Latest);
        var listed = snapshot.Where(s => s.AsOf.Latest == date).Select(s => s.Iso3).ToHashSet();
        var figure = data.FiguresFor("obligations", $"article{article}_states").FirstOrDefault(f => f.AsOf.Latest == date);
        var names = listed.Select(i => data.State(i)!.Name).Order().ToList();
        var line = $"{(figure is not null ? SourceNames.Friendly(figure.Provenance.Source) : "Seed 002")} listed {listed.Count} States with Art. {article} obligations on {Dates.Format(date)}: {ListAnswers.Names(names)}.";
        if (date == asOf)
        {
            var onlyOurs = ours.Except(listed).Select(i => data.State(i)!.Name).Order().ToList();
            var onlySeed = listed.Except(ours).Select(i => data.State(i)!.Name).Order().ToList();
            if (onlyOurs.Count > 0) line += $" CcmBot's later sources also count {ListAnswers.Names(onlyOurs)} (completion undated, conditional or disputed: see each State).";
            if (onlySeed.Count > 0) line += $" Not open in CcmBot's data on that date: {ListAnswers.Names(onlySeed)}.";
        }
        notes.Add(line);
        if (figure is not null) sources.Add(ListAnswers.Source(figure.Provenance));
    }

    static Answer VictimAssistance(TreatyData data, DateOnly asOf, DeliverableKind? item = null)
    {
        if (item is { } asked) return VictimAssistanceItem(data, asOf, asked);
        var snapshots = data.ArticleSnapshots.Where(s => s.Article == "5" && s.AsOf.IsKnown).ToList();
        var date = snapshots.Select(s => s.AsOf.Latest).DefaultIfEmpty().Max();
        var rows = new List<ListRow>();
        foreach (var snapshot in snapshots.OrderBy(s => data.State(s.Iso3)?.Name))
        {
            var state = data.State(snapshot.Iso3)!;
            var va = StateAssessment.VictimAssistance(data, state, asOf);
            var detail = string.Join("; ", va.Select(a => $"{a.Obligation}: {StatusText.Label(a.Status)}"));
            var overdue = va.FirstOrDefault(a => a.Status == ObligationStatus.Overdue);
            rows.Add(new ListRow(state.Name, "victims reported", overdue?.Deadline is { } d ? Dates.Format(d) : null, overdue?.DaysOverdue(asOf), detail, ListAnswers.Source(snapshot.Provenance), state.Iso3));
        }
        var focalMissing = rows.Where(r => r.Detail.Contains("focal point (DAP Action 4.1(a)): overdue", StringComparison.Ordinal)).Select(r => r.Label).ToList();
        var summary = $"{rows.Count} States Parties reported cluster munition victims, giving rise to Art. 5 obligations ({SourceNames.Friendly(snapshots.FirstOrDefault()?.Provenance.Source ?? "")}, as of {Dates.Format(date)}): {ListAnswers.Names(rows.Select(r => r.Label))}." +
                      (focalMissing.Count > 0 ? $" As of {Dates.Format(asOf)}, no victim assistance focal point recorded for {ListAnswers.Names(focalMissing)} (due end 2016, DAP Action 4.1(a))." : "");
        var notes = new List<string>
        {
            "Seed 002 §53 names only Guinea Bissau and Sierra Leone as yet to inform of a focal point (they did not answer the January 2017 letter); by §52's count Chad and Montenegro had not reported one either (conflict I-6).",
        };
        if (asOf != date) notes.Add($"The list of States with Art. 5 obligations is the one of {Dates.Format(date)}; CcmBot has no later or earlier list.");
        var fig = data.FiguresFor("obligations", "article5_states").FirstOrDefault();
        return ListAnswers.Create("Article 5 obligations (victim assistance)", asOf, summary, [new ListGroup("States with victims", rows)],
            [$"{Rules.VictimAssistance.Description} — {Rules.VictimAssistance.Citation}", $"{Rules.VictimAssistanceFocalPoint.Description} — {Rules.VictimAssistanceFocalPoint.Citation}",
             $"{Rules.VictimAssistanceActionPlan.Description} — {Rules.VictimAssistanceActionPlan.Citation}"],
            notes, rows.Select(r => r.Source!).Concat(fig is null ? [] : [ListAnswers.Source(fig.Provenance)]));
    }

    /// <summary>
    /// "Who has no victim assistance focal point?": the States with Art. 5 obligations placed by that one item —
    /// recorded, not recorded by its date, or not known either way — so the same answer serves "who has one?".
    /// </summary>
    static Answer VictimAssistanceItem(TreatyData data, DateOnly asOf, DeliverableKind item)
    {
        var rule = item == DeliverableKind.VictimAssistanceFocalPoint ? Rules.VictimAssistanceFocalPoint : Rules.VictimAssistanceActionPlan;
        var snapshots = data.ArticleSnapshots.Where(s => s.Article == "5" && s.AsOf.IsKnown).ToList();
        var date = snapshots.Select(s => s.AsOf.Latest).DefaultIfEmpty().Max();
        var assessed = snapshots.Select(s => data.State(s.Iso3)!).OrderBy(s => s.Name)
            .Select(s => (State: s, A: StateAssessment.VictimAssistance(data, s, asOf).FirstOrDefault(a => a.Rule == rule)))
            .Where(x => x.A is not null).Select(x => (x.State, A: x.A!)).ToList();
        var what = new Deliverable(item).Name;
        var recorded = assessed.Where(x => x.A.Status == ObligationStatus.Met).ToList();
        var missing = assessed.Where(x => x.A.Status == ObligationStatus.Overdue).ToList();
        var unknown = assessed.Where(x => x.A.Status is not (ObligationStatus.Met or ObligationStatus.Overdue)).ToList();
        string Part(string label, List<(StateInfo State, ObligationAssessment A)> rows) =>
            $"{label}: {rows.Count}" + (rows.Count > 0 ? $" ({ListAnswers.Names(rows.Select(r => r.State.Name))})" : "");
        var summary = $"As of {Dates.Format(asOf)}, {what}, due {Dates.Format((item == DeliverableKind.VictimAssistanceFocalPoint ? TreatyCalendar.VictimAssistanceFocalPointDue() : TreatyCalendar.VictimAssistanceActionPlanDue()).Date)}, among the {assessed.Count} States Parties with reported victims: " +
                      $"{Part("not recorded by its date", missing)}; {Part("not known either way", unknown)}; {Part("recorded", recorded)}.";
        // The explanation already says the due date and days late.
        ListGroup Group(string label, List<(StateInfo State, ObligationAssessment A)> rows) => new(label, rows.Select(x =>
            new ListRow(x.State.Name, StatusText.Label(x.A.Status), null, null, x.A.Explanation, string.Join("; ", x.A.Sources.Take(2).Select(ListAnswers.Source)), x.State.Iso3)).ToList());
        var notes = new List<string>();
        if (item == DeliverableKind.VictimAssistanceFocalPoint)
            notes.Add("Seed 002 §53 names only Guinea Bissau and Sierra Leone as yet to inform of a focal point (they did not answer the January 2017 letter); by §52's count Chad and Montenegro had not reported one either (conflict I-6).");
        notes.Add($"The States with Art. 5 obligations are those of the list of {Dates.Format(date)}; CcmBot has no other list.");
        return ListAnswers.Create($"Article 5: {what}", asOf, summary,
            [Group("Not recorded by its date", missing), Group("Not known either way", unknown), Group("Recorded", recorded)],
            [$"{rule.Description} — {rule.Citation}", $"{Rules.VictimAssistance.Description} — {Rules.VictimAssistance.Citation}"],
            notes, assessed.SelectMany(x => x.A.Sources.Take(1).Select(ListAnswers.Source)).Concat(snapshots.Take(1).Select(s => ListAnswers.Source(s.Provenance))).Distinct());
    }

    static ListRow Row(StateInfo state, ObligationAssessment a, DateOnly asOf) =>
        new(state.Name, StatusText.Label(a.Status), a.Deadline is { } d ? Dates.Format(d) : null, a.DaysOverdue(asOf), a.Explanation,
            string.Join("; ", a.Sources.Take(2).Select(ListAnswers.Source)), state.Iso3);

    static string Short(string text) => text.Length <= 160 ? text : text[..157] + "...";
}
