using static CcmBot.Core.Text.TextCase;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Answers;

/// <summary>
/// "When is Lebanon's clearance deadline?", "has Lao PDR's extension been granted?": one State's
/// Article 3 or Article 4 obligation on its own — where it stands, every recorded deadline, request,
/// grant and completion up to the date asked about, and what the sources say — not the whole profile.
/// </summary>
public static class StateArticleAnswers
{
    public static Answer Answer(TreatyData data, StateInfo state, int article, DateOnly asOf)
    {
        var assessment = StateAssessment.Article(data, state, article, asOf);
        var name = ArticleObligationAssessor.NameFor(article);
        // What had happened by the date asked about, in order; a partial date counts from its earliest day.
        var events = data.EventsFor(state.Iso3).Where(e => e.Article == article && (!e.Date.IsKnown || e.Date.Earliest <= asOf))
            .OrderBy(e => e.Date.IsKnown ? e.Date.Earliest : DateOnly.MinValue).ToList();
        var noObligation = assessment.Status == ObligationStatus.NotApplicable && events.Count == 0;
        var summary = noObligation
            ? $"{state.Name} as of {Dates.Format(asOf)}: no {name} obligation in CcmBot's data — {assessment.Explanation}."
            : $"{state.Name}, {name}, as of {Dates.Format(asOf)}: {StatusText.Label(assessment.Status)} — {assessment.Explanation}.";
        // "How many extensions has Lao PDR had?": the count, said whenever there is one to say.
        var granted = events.Where(e => e.Kind == ObligationEventKind.ExtensionGranted).ToList();
        var undecided = events.Where(e => e.Kind == ObligationEventKind.ExtensionRequested && !ObligationAnswers.Decided(data, e, asOf)).ToList();
        if (granted.Count + undecided.Count > 0)
            summary += $" Extensions on record: {granted.Count} granted" +
                       (granted.Count > 0 ? $" ({string.Join("; ", granted.Select(e => (e.Deadline.IsKnown ? $"to {e.Deadline.Display()}" : "deadline not recorded") + (e.GrantedBy is { } by ? $", by {by}" : "")))})" : "") +
                       (undecided.Count > 0 ? $", and {undecided.Count} requested with no recorded outcome" : "") + ".";
        var rows = events.Select(e => new ListRow(Capital(e.Describe()), null, e.Deadline.IsKnown ? e.Deadline.Display() : null, null,
            e.Notes is { } n && !e.Describe().Contains(n, StringComparison.Ordinal) ? n : "", ListAnswers.Source(e.Provenance), state.Iso3)).ToList();
        var notes = data.ArticleSnapshots.Where(s => s.Iso3 == state.Iso3 && s.Article == article.ToString(System.Globalization.CultureInfo.InvariantCulture) && s.AsOf.IsKnown && s.AsOf.Latest <= asOf)
            .Select(SnapshotNote)
            .Concat(data.ConflictsFor(state.Iso3).Where(c => c.Subject.Contains($"Art. {article}", StringComparison.OrdinalIgnoreCase) || c.Subject.Contains($"Article {article}", StringComparison.OrdinalIgnoreCase))
                .Select(ConflictNote))
            .ToList();
        var sources = assessment.Sources.Select(ListAnswers.Source).Concat(events.Select(e => ListAnswers.Source(e.Provenance))).Prepend($"{state.Name} membership: {state.Provenance}").Distinct();
        return ListAnswers.Create($"{state.Name}: {name}", asOf, summary, [new ListGroup("Recorded deadlines, requests, grants and completions", rows)],
            [assessment.Rule.ToString()], notes, sources,
            [new($"Profile of {state.Name}", $"tell me about {state.Name}"), new($"All Article {article} deadlines", $"Article {article} deadlines")]);
    }

    /// <summary>"Chile vs Peru on Article 3": each State's obligation under that article in turn, under one summary.</summary>
    public static Answer ForStates(TreatyData data, IReadOnlyList<StateInfo> states, int article, DateOnly asOf)
    {
        if (states.Count == 1) return Answer(data, states[0], article, asOf);
        var each = states.Take(AnswerEngine.MaxProfiles).Select(s => (State: s, Model: (ListAnswerModel)Answer(data, s, article, asOf).Model)).ToList();
        var summary = string.Join(" ", each.Select(e => e.Model.Summary)) +
                      (states.Count > AnswerEngine.MaxProfiles ? $" Shown: the first {AnswerEngine.MaxProfiles} of the {states.Count} named; ask again for the others." : "");
        return ListAnswers.Create($"{ListAnswers.Names(each.Select(e => e.State.Name))}: {ArticleObligationAssessor.NameFor(article)}", asOf, summary,
            each.SelectMany(e => e.Model.Groups.Select(g => g with { Title = $"{e.State.Name}: {g.Title}" })),
            each.SelectMany(e => e.Model.Rules), each.SelectMany(e => e.Model.Notes), each.SelectMany(e => e.Model.Sources).Distinct());
    }

    /// <summary>What a source said of the State's Article 3 or 4 standing on a day (a note in a profile or this answer).</summary>
    public static string SnapshotNote(ArticleSnapshot s) =>
        $"Art. {s.Article} on {s.AsOf.Display()}: {s.Status.Replace('_', ' ')} {SourceNames.Per(s.Provenance.Source)}.";

    public static string ConflictNote(SourceConflict c) =>
        $"Sources disagree ({c.Subject}): {c.ClaimA} ({SourceNames.Friendly(c.SourceA)}) vs {c.ClaimB} ({SourceNames.Friendly(c.SourceB)}).";

    /// <summary>
    /// "Lebanon's extension": the obligation of the two the State has, or a plain "none" when it has
    /// neither; null when it has both, and the whole profile answers.
    /// </summary>
    public static Answer? Extension(TreatyData data, StateInfo state, DateOnly asOf)
    {
        var held = new[] { 3, 4 }.Where(a => data.EventsFor(state.Iso3).Any(e => e.Article == a)).ToList();
        if (held.Count == 1) return Answer(data, state, held[0], asOf);
        // Both articles: the one with extensions on record, if only one has them; otherwise the whole profile.
        var extended = held.Where(a => data.EventsFor(state.Iso3).Any(e => e.Article == a && e.Kind is ObligationEventKind.ExtensionGranted or ObligationEventKind.ExtensionRequested)).ToList();
        if (held.Count == 2) return extended.Count == 1 ? Answer(data, state, extended[0], asOf) : null;
        var summary = $"{state.Name} as of {Dates.Format(asOf)}: no Article 3 (stockpile destruction) or Article 4 (clearance) obligation in CcmBot's data, so there is no deadline to extend.";
        return ListAnswers.Create($"{state.Name}: extensions", asOf, summary, [],
            [ArticleObligationAssessor.RuleFor(3).ToString(), ArticleObligationAssessor.RuleFor(4).ToString()], [], [$"{state.Name} membership: {state.Provenance}"],
            [new($"Profile of {state.Name}", $"tell me about {state.Name}"), new("Extensions granted", "Art. 4 extensions granted")]);
    }
}
