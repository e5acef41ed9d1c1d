using CcmBot.Core.Text;

namespace CcmBot.Core.Treaties;

/// <summary>
/// Everything CcmBot knows, as one immutable snapshot: the answer engine reads only this.
/// Built by the host from the store; built by tests from builders.
/// </summary>
public sealed class TreatyData
{
    public IReadOnlyList<StateInfo> States { get; }
    public IReadOnlyList<StateAlias> Aliases { get; }
    public IReadOnlyList<DeliverableEvidence> Evidence { get; }
    public IReadOnlyList<ObligationEvent> ObligationEvents { get; }
    public IReadOnlyList<ArticleSnapshot> ArticleSnapshots { get; }
    public IReadOnlyList<Article9Observation> Article9 { get; }
    public IReadOnlyList<ReportedFigure> Figures { get; }
    public IReadOnlyList<Meeting> Meetings { get; }
    public IReadOnlyList<Milestone> Milestones { get; }
    public IReadOnlyList<Coordinator> Coordinators { get; }
    public IReadOnlyList<SourceConflict> Conflicts { get; }
    /// <summary>The furthest declaration that reporting data is complete, if any was made.</summary>
    public ReportingCoverage? ReportingCoverage { get; }
    public StateResolver Resolver { get; }

    readonly Dictionary<string, StateInfo> _byIso3;
    readonly ILookup<string, DeliverableEvidence> _evidenceByIso3;
    readonly ILookup<string, ObligationEvent> _eventsByIso3;

    public TreatyData(
        IEnumerable<StateInfo> states,
        IEnumerable<StateAlias>? aliases = null,
        IEnumerable<DeliverableEvidence>? evidence = null,
        IEnumerable<ObligationEvent>? obligationEvents = null,
        IEnumerable<ArticleSnapshot>? articleSnapshots = null,
        IEnumerable<Article9Observation>? article9 = null,
        IEnumerable<ReportedFigure>? figures = null,
        IEnumerable<Meeting>? meetings = null,
        IEnumerable<Milestone>? milestones = null,
        IEnumerable<Coordinator>? coordinators = null,
        IEnumerable<SourceConflict>? conflicts = null,
        IEnumerable<ReportingCoverage>? coverage = null)
    {
        States = states.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        _byIso3 = States.ToDictionary(s => s.Iso3, StringComparer.OrdinalIgnoreCase);
        Aliases = (aliases ?? []).ToList();
        Resolver = new StateResolver(States, Aliases);
        Figures = (figures ?? []).ToList();
        Evidence = (evidence ?? []).Concat(EvidenceFromCompleteLists()).ToList();
        ObligationEvents = (obligationEvents ?? []).ToList();
        ArticleSnapshots = (articleSnapshots ?? []).ToList();
        Article9 = (article9 ?? []).ToList();
        Meetings = (meetings ?? []).ToList();
        Milestones = (milestones ?? []).ToList();
        Coordinators = (coordinators ?? []).ToList();
        Conflicts = (conflicts ?? []).ToList();
        ReportingCoverage = (coverage ?? []).MaxBy(c => c.CompleteUntil);
        _evidenceByIso3 = Evidence.ToLookup(e => e.Iso3, StringComparer.OrdinalIgnoreCase);
        _eventsByIso3 = ObligationEvents.ToLookup(e => e.Iso3, StringComparer.OrdinalIgnoreCase);
    }

    readonly System.Collections.Concurrent.ConcurrentDictionary<string, TreatyData> _regions = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The same data for the States of one region ("which African States are overdue?"). Figures
    /// sources reported for all States, and conflicts about them, are left out: they do not describe
    /// a region. Kept per region, as the snapshot itself never changes.
    /// </summary>
    public TreatyData InRegion(string region) => _regions.GetOrAdd(region, name => Only(s => string.Equals(s.Region, name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The data of the States named only ("what is due for Chad?"); figures about all States are left out.</summary>
    public TreatyData ForStates(IEnumerable<string> iso3s)
    {
        var named = iso3s.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Only(s => named.Contains(s.Iso3));
    }

    TreatyData Only(Func<StateInfo, bool> keep)
    {
        var states = States.Where(keep).ToList();
        var kept = states.Select(s => s.Iso3).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new TreatyData(states, Aliases.Where(a => kept.Contains(a.Iso3)), Evidence.Where(e => kept.Contains(e.Iso3)),
            ObligationEvents.Where(e => kept.Contains(e.Iso3)), ArticleSnapshots.Where(a => kept.Contains(a.Iso3)), Article9.Where(a => kept.Contains(a.Iso3)),
            figures: [], Meetings, Milestones, Coordinators, Conflicts.Where(c => c.Iso3 is { } iso3 && kept.Contains(iso3)),
            ReportingCoverage is { } coverage ? [coverage] : []);
    }

    public StateInfo? State(string iso3) => _byIso3.GetValueOrDefault(iso3);
    public IEnumerable<DeliverableEvidence> EvidenceFor(string iso3) => _evidenceByIso3[iso3];
    public IEnumerable<ObligationEvent> EventsFor(string iso3) => _eventsByIso3[iso3];
    public IEnumerable<SourceConflict> ConflictsFor(string iso3) => Conflicts.Where(c => string.Equals(c.Iso3, iso3, StringComparison.OrdinalIgnoreCase));

    public Meeting? Meeting(string id) => Meetings.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Figures a source reported for a metric, e.g. ("membership", "states_parties").</summary>
    public IEnumerable<ReportedFigure> FiguresFor(string topic, string metric) =>
        Figures.Where(f => f.Topic == topic && f.Metric == metric);

    /// <summary>
    /// Full named lists of overdue initial reports (e.g. seed 002 §84) also say who had submitted:
    /// every other State Party whose report was due by then. Names in [brackets] were inferred by
    /// whoever extracted the list; the evidence says so.
    /// </summary>
    IEnumerable<DeliverableEvidence> EvidenceFromCompleteLists()
    {
        foreach (var figure in Figures.Where(f => f.Topic == "reporting" && f.Metric == "initial_reports_overdue_states" && f.AsOf.IsKnown))
        {
            var names = (figure.States ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var listed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var inferred = new List<string>();
            foreach (var name in names)
            {
                var clean = name.Trim('[', ']', ' ');
                if (Resolver.ResolveExact(clean) is not { } state) continue;
                listed.Add(state.Iso3);
                if (name.StartsWith('[')) inferred.Add(state.Name);
            }
            var note = inferred.Count > 0 ? $"complete list of {names.Length}; {string.Join(", ", inferred)} inferred by the extractor" : null;
            foreach (var e in DeliverableAssessor.FromCompleteOverdueList(States, listed, figure.AsOf, figure.Provenance, note))
                yield return e;
        }
    }
}
