using CcmBot.Core.Treaties;

namespace CcmBot.Core.Answers;

/// <summary>Article 9: national implementation measures, by State and by status.</summary>
public static class Article9Answers
{
    public static Answer Answer(TreatyData data, Question q, DateOnly asOf)
    {
        var latest = data.States.Where(s => Membership.At(s, asOf).IsStateParty)
            .Select(s => (State: s, Obs: StateAssessment.Article9At(data, s, asOf)))
            .Where(x => x.Obs is not null && (q.Article9Category is null || x.Obs.Category == q.Article9Category))
            .Where(x => !q.Article9Lacking || x.Obs!.Category is not (Article9Category.SpecificLegislation or Article9Category.ExistingLawSufficient))
            .OrderBy(x => x.Obs!.Category).ThenBy(x => x.State.Name).ToList();
        ListRow Row((StateInfo State, Article9Observation? Obs) x) => new(x.State.Name, Article9Observation.Label(x.Obs!.Category), null, null,
            $"{x.Obs.Basis.Replace('_', ' ')}, as of {x.Obs.AsOf.Display()}" + (x.Obs.Notes is { } n ? $" — {n}" : ""), ListAnswers.Source(x.Obs.Provenance), x.State.Iso3);
        // "NIM status by region": a group per region, each State with its status; otherwise a group per status.
        var groups = q.ByRegion
            ? latest.GroupBy(x => x.State.Region).OrderBy(g => g.Key).Select(g => new ListGroup(g.Key, g.OrderBy(x => x.State.Name).Select(Row).ToList())).ToList()
            : latest.GroupBy(x => x.Obs!.Category).Select(g => new ListGroup(Article9Observation.Label(g.Key), g.Select(Row).ToList())).ToList();
        var what = q.Article9Category is { } c ? $"\"{Article9Observation.Label(c)}\""
            : q.Article9Lacking ? "a status short of adopted legislation or existing law deemed sufficient" : "an Article 9 status";
        var summary = $"As of {Dates.Format(asOf)}: CcmBot has {what} recorded for {latest.Count} {(latest.Count == 1 ? "State Party" : "States Parties")}" +
                      (latest.Count > 0 ? $": {ListAnswers.Names(latest.Select(x => x.State.Name))}" : "") + "." +
                      (q.ByRegion && latest.Count > 0 ? " By region: " + string.Join(", ", latest.GroupBy(x => x.State.Region).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")) + "." : "");
        var notes = new List<string>();
        var counts = data.Figures.Where(f => f.Topic == "article9" && f.AsOf.IsKnown && f.AsOf.Earliest <= asOf && f.Metric.StartsWith("total:", StringComparison.Ordinal)
                                             && (q.Article9Category is null || f.Metric.EndsWith(Key(q.Article9Category.Value), StringComparison.Ordinal)
                                                 || q.Article9Category == Article9Category.NoInformation && f.Metric.EndsWith("incomplete_or_no_information", StringComparison.Ordinal)))
            .GroupBy(f => f.AsOf.Latest).OrderByDescending(g => g.Key).FirstOrDefault()?.ToList() ?? [];
        if (counts.Count > 0)
            notes.Add($"Counts the source reported ({SourceNames.Friendly(counts[0].Provenance.Source)}, as of {counts[0].AsOf.Display()}): " +
                      string.Join("; ", counts.Select(f => $"{f.Metric["total:".Length..].Replace('_', ' ')} {f.Value:0}")) + ". The named States above are those a source names; the counts cover all States Parties.");
        if (q.Article9Lacking) notes.Add("States Parties with no Article 9 status recorded at all are not listed: the data cannot tell whether they have legislation.");
        notes.Add("Seeds count differently over time: 28 with existing law deemed sufficient before 6MSP, 18 in June 2017, 31 c. 2022 (conflict I-24).");
        return ListAnswers.Create("Article 9: national implementation measures", asOf, summary, groups,
            [$"{Rules.Article9.Description} — {Rules.Article9.Citation}", $"{Rules.NationalMeasures.Description} — {Rules.NationalMeasures.Citation}"],
            notes, latest.Select(x => ListAnswers.Source(x.Obs!.Provenance)).Concat(counts.Select(f => ListAnswers.Source(f.Provenance))),
            [new("No information", "which States Parties have no information on national legislation?"), new("NIM milestones", "what is overdue in the NIM plan?")]);
    }

    static string Key(Article9Category category) => category switch
    {
        Article9Category.SpecificLegislation => "specific_legislation",
        Article9Category.ExistingLawSufficient => "existing_law_sufficient",
        Article9Category.InProcess => "in_process",
        Article9Category.InProcessAssistanceRequested => "in_process_assistance_requested",
        Article9Category.IncompleteInformation => "incomplete_information",
        _ => "no_information",
    };
}
