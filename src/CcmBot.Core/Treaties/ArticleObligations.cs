namespace CcmBot.Core.Treaties;

public enum ObligationEventKind
{
    OriginalDeadline, ObligationDeclared, ExtensionGranted, ExtensionRequested, Completed,
    NewStockpile, NewlyContaminated, StatusClarified,
}

/// <summary>One dated fact about a State's Article 3 (stockpiles) or Article 4 (clearance) obligation.</summary>
public sealed record ObligationEvent(
    string Iso3,
    int Article,
    ObligationEventKind Kind,
    PartialDate Date,
    PartialDate Deadline,
    string? GrantedBy,
    string? Notes,
    bool Conditional,
    Provenance Provenance,
    RecordOrigin Origin = RecordOrigin.Reference)
{
    public string Describe() => Kind switch
    {
        ObligationEventKind.OriginalDeadline => $"original deadline {Deadline.Display()}",
        ObligationEventKind.ObligationDeclared => $"obligation declared {Date.Display()}",
        ObligationEventKind.ExtensionGranted => $"extension to {Deadline.Display()} granted{By} ({Date.Display()})",
        ObligationEventKind.ExtensionRequested => $"extension requested{(Deadline.IsKnown ? $" to {Deadline.Display()}" : "")}{By} ({Date.Display()})",
        ObligationEventKind.Completed => $"completion reported: {Date.Display()}",
        ObligationEventKind.StatusClarified => $"position clarified {Date.Display()}: {Notes ?? "no obligation outstanding"}",
        ObligationEventKind.NewStockpile => $"further stocks found {Date.Display()}",
        _ => $"new contamination found {Date.Display()}",
    };

    string By => string.IsNullOrWhiteSpace(GrantedBy) ? "" : $" by {GrantedBy}";
}

/// <summary>Article 3 and Article 4 status on a date, from the rule and the recorded events.</summary>
public static class ArticleObligationAssessor
{
    public static TreatyRule RuleFor(int article) => article == 3 ? Rules.StockpileDestruction : Rules.Clearance;

    public static string NameFor(int article) => article == 3 ? "stockpile destruction (Art. 3)" : "clearance of cluster munition remnants (Art. 4)";

    public static ObligationAssessment Assess(StateInfo state, int article, DateOnly asOf, IEnumerable<ObligationEvent> allEvents)
    {
        var rule = RuleFor(article);
        var name = NameFor(article);
        var events = allEvents.Where(e => e.Iso3 == state.Iso3 && e.Article == article).OrderBy(e => e.Date.Earliest).ToList();
        var sources = events.Select(e => e.Provenance).Distinct().ToList();
        if (events.Count == 0)
            return new(name, ObligationStatus.NotApplicable, null, rule, $"no Art. {article} obligation recorded", sources);

        var membership = Membership.At(state, asOf);
        if (state.EntryIntoForce is not { } eif)
            return new(name, ObligationStatus.NotApplicable, null, rule, "not a State Party", sources);
        if (membership.Status == MembershipStatus.Withdrawn)
            return new(name, ObligationStatus.NotApplicable, null, rule, membership.Explanation, sources);

        var original = article == 3 ? TreatyCalendar.StockpileDestructionDue(eif) : TreatyCalendar.ClearanceDue(eif);
        var dataAsOf = events.Max(e => e.Provenance.AsOf.Latest);
        var notes = new List<string>();
        var recordedOriginal = events.FirstOrDefault(e => e.Kind == ObligationEventKind.OriginalDeadline);
        if (recordedOriginal is { Deadline.IsKnown: true } && recordedOriginal.Deadline.Latest != original.Date)
            notes.Add($"the data records an original deadline of {recordedOriginal.Deadline.Display()}, the rule gives {Dates.Format(original.Date)}");

        // Completions count only after the last time new stocks or contamination were found.
        var lastReopening = events.LastOrDefault(e => e.Kind is ObligationEventKind.NewStockpile or ObligationEventKind.NewlyContaminated
                                                      && e.Date.CertainlyOnOrBefore(asOf));
        var completions = events.Where(e => e.Kind is ObligationEventKind.Completed or ObligationEventKind.StatusClarified
                                            && (lastReopening is null || e.Date.Earliest >= lastReopening.Date.Earliest)).ToList();
        var completedBy = completions.Where(e => e.Date.CertainlyOnOrBefore(asOf)
                                                 || (!e.Date.IsKnown && asOf >= e.Provenance.AsOf.Latest)).ToList();
        var hasRunningDeadline = recordedOriginal is not null || events.Any(e => e.Kind is ObligationEventKind.ObligationDeclared or ObligationEventKind.ExtensionGranted);

        if (completedBy.Count > 0)
        {
            var detail = string.Join("; ", completedBy.Select(c => $"{c.Describe()} {SourceNames.Per(c.Provenance.Source)}"));
            var conflict = completions.Count > 1 ? " (sources give different completion dates)" : "";
            var before = hasRunningDeadline ? "" : ", before entry into force, so no deadline ran";
            // "Did Peru meet its Article 3 deadline?": the first completion set against the deadline in force on its day.
            var timing = "";
            if (hasRunningDeadline && completedBy.Where(c => c.Date.IsKnown).MinBy(c => c.Date.Earliest) is { } firstDone)
            {
                var dueThen = CurrentDeadline(events, original, firstDone.Date.Latest).Latest;
                timing = firstDone.Date.Latest <= dueThen ? $" within its deadline of {Dates.Format(dueThen)}"
                    : firstDone.Date.Earliest > dueThen ? $" after its deadline of {Dates.Format(dueThen)}" : "";
            }
            return new(name, ObligationStatus.Met, hasRunningDeadline ? CurrentDeadline(events, original, asOf).Latest : null, rule,
                $"completed{before}{timing}{conflict}: {detail}{Join(notes)}", sources);
        }

        if (!hasRunningDeadline)
        {
            var recorded = completions.Count > 0 ? $"; {completions[0].Describe()}" : "";
            return new(name, ObligationStatus.NotApplicable, null, rule, $"no Art. {article} deadline recorded as running{recorded}", sources);
        }

        if (membership.Status != MembershipStatus.InForce)
            return new(name, ObligationStatus.NotYetDue, original.Date, rule, $"{membership.Explanation}; deadline would be {Dates.Format(original.Date)}", sources);

        var deadline = CurrentDeadline(events, original, asOf);
        var extended = deadline.Latest != original.Date ? $" (extended from {Dates.Format(original.Date)})" : "";
        var conditional = events.FirstOrDefault(e => e.Conditional);
        if (conditional is not null) notes.Add($"conditional: {conditional.Notes}");

        var undatedGrant = events.FirstOrDefault(e => e.Kind == ObligationEventKind.ExtensionGranted && !e.Date.IsKnown
                                                      && asOf < e.Provenance.AsOf.Latest && e.Deadline.Latest > deadline.Latest);
        if (asOf <= deadline.Earliest)
            return new(name, ObligationStatus.NotYetDue, deadline.Latest, rule, $"deadline {deadline.Display()}{extended}{Join(notes)}", sources);

        if (asOf <= deadline.Latest)
            return new(name, ObligationStatus.Unknown, deadline.Latest, rule,
                $"deadline falls {deadline.Display()}{extended}; the exact day is not recorded{Join(notes)}", sources);

        if (undatedGrant is not null)
            return new(name, ObligationStatus.Unknown, deadline.Latest, rule,
                $"deadline {deadline.Display()}{extended} passed, but an {undatedGrant.Describe()} at a date not recorded{Join(notes)}", sources);

        if (conditional is not null)
            return new(name, ObligationStatus.Unknown, deadline.Latest, rule,
                $"deadline {deadline.Display()}{extended} passed; whether the obligation exists is not established{Join(notes)}", sources);

        var request = events.LastOrDefault(e => e.Kind == ObligationEventKind.ExtensionRequested && e.Date.CertainlyOnOrBefore(asOf));
        if (request is not null && !events.Any(e => e.Kind == ObligationEventKind.ExtensionGranted && e.Date.IsKnown && e.Date.Earliest > request.Date.Latest))
            return new(name, ObligationStatus.Unknown, deadline.Latest, rule,
                $"deadline {deadline.Display()}{extended} passed; {request.Describe()}, outcome not recorded{Join(notes)}", sources);

        if (deadline.Latest >= dataAsOf)
            return new(name, ObligationStatus.Unknown, deadline.Latest, rule,
                $"deadline {deadline.Display()}{extended} passed after our data ends ({Dates.Format(dataAsOf)}); no record of completion or extension{Join(notes)}", sources);

        var pendingCompletion = completions.FirstOrDefault();
        if (pendingCompletion is not null && !pendingCompletion.Date.IsKnown)
            return new(name, ObligationStatus.Unknown, deadline.Latest, rule,
                $"deadline {deadline.Display()}{extended}; completion reported without a date{Join(notes)}", sources);

        if (lastReopening is not null)
            return new(name, ObligationStatus.Unknown, deadline.Latest, rule,
                $"deadline {deadline.Display()}{extended} passed; {lastReopening.Describe()} after an earlier completion, and no completion is recorded after that{Join(notes)}", sources);

        var days = asOf.DayNumber - deadline.Latest.DayNumber;
        var later = pendingCompletion is not null ? $"; {pendingCompletion.Describe()}, after the date asked about" : "";
        return new(name, ObligationStatus.Overdue, deadline.Latest, rule,
            $"deadline {deadline.Display()}{extended} passed {days} days before, no completion recorded{later}{Join(notes)}", sources);
    }

    /// <summary>The deadline in force on <paramref name="asOf"/>: the latest extension granted by then, else the rule's.</summary>
    public static PartialDate CurrentDeadline(IEnumerable<ObligationEvent> events, RuleDeadline original, DateOnly asOf)
    {
        var granted = events.Where(e => e.Kind == ObligationEventKind.ExtensionGranted && e.Deadline.IsKnown
                                        && (e.Date.CertainlyOnOrBefore(asOf) || (!e.Date.IsKnown && asOf >= e.Provenance.AsOf.Latest)))
                            .MaxBy(e => e.Deadline.Latest);
        return granted is not null && granted.Deadline.Latest > original.Date ? granted.Deadline : PartialDate.Day(original.Date);
    }

    static string Join(List<string> notes) => notes.Count == 0 ? "" : "; " + string.Join("; ", notes);
}
