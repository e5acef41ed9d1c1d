using CcmBot.Core.Treaties;
using CcmBot.Web.Storage;
using CcmBot.Web.Tests.Support;

namespace CcmBot.Web.Tests.Storage;

/// <summary>The shipped reference data, checked against the rules and against what the seeds state.</summary>
public sealed class ReferenceDataTests : IClassFixture<ReferenceDataTests.Loaded>
{
    public sealed class Loaded : IDisposable
    {
        readonly TempFolder _folder = new();
        public ReferenceDataSet Set { get; } = ReferenceDataSet.Load(Path.Combine(AppContext.BaseDirectory, "ReferenceData"));
        public TreatyData Data { get; }
        public IReadOnlyList<string> Problems { get; }

        public Loaded()
        {
            using var store = CcmStore.Open(_folder.File("store.db"));
            store.SyncReferenceData(Set, DateTimeOffset.UtcNow);
            (Data, Problems) = TreatyDataLoader.Load(store);
        }

        public void Dispose() => _folder.Dispose();
    }

    readonly Loaded _loaded;
    public ReferenceDataTests(Loaded loaded) => _loaded = loaded;
    TreatyData Data => _loaded.Data;
    static readonly DateOnly June2017 = new(2017, 6, 30);

    StateInfo S(string name) => Data.Resolver.ResolveExact(name) ?? throw new InvalidOperationException(name);

    [Fact]
    public void Every_row_loads_and_carries_its_source_and_as_of_date()
    {
        Assert.Empty(_loaded.Problems);
        foreach (var (collection, rows) in _loaded.Set.Rows)
        foreach (var (key, row) in rows)
        {
            Assert.True(row.Where(f => f.Key.StartsWith("source", StringComparison.Ordinal)).All(f => f.Value.Length > 0), $"{collection} {key} has no source");
            Assert.True(row.TryGetValue("as_of", out var asOf) && PartialDate.TryParse(asOf, out var parsed) && parsed.IsKnown, $"{collection} {key} has no as_of");
        }
    }

    [Fact]
    public void Every_recorded_entry_into_force_matches_article_17()
    {
        var withInstrument = Data.States.Where(s => s.InstrumentDate is not null).ToList();
        Assert.Equal(113, withInstrument.Count);
        Assert.All(withInstrument, s => Assert.Equal(s.RecordedEntryIntoForce, s.EntryIntoForce));
    }

    [Fact]
    public void Every_fact_names_a_State_that_is_in_the_membership_data()
    {
        var known = Data.States.Select(s => s.Iso3).ToHashSet();
        Assert.All(Data.Evidence, e => Assert.Contains(e.Iso3, known));
        Assert.All(Data.ObligationEvents, e => Assert.Contains(e.Iso3, known));
        Assert.All(Data.Article9, e => Assert.Contains(e.Iso3, known));
        Assert.All(Data.ArticleSnapshots, e => Assert.Contains(e.Iso3, known));
    }

    [Theory]
    [InlineData("2010-08-01", 38, 30, 70)]
    [InlineData("2015-08-10", 93, 89, 24)]  // seed 004 Annex IV §2: 93 and 24
    [InlineData("2016-08-15", 100, 98, 19)] // Monitor 2016
    [InlineData("2017-06-30", 101, 100, 18)] // seed 002 §3
    [InlineData("2022-08-01", 110, 110, 13)] // seed 001; Monitor 2022
    [InlineData("2025-03-05", 112, 112, 12)]
    [InlineData("2025-06-22", 111, 111, 12)] // Lithuania gone
    public void Membership_counts_match_the_sources(string date, int deposited, int inForce, int signatories)
    {
        var asOf = DateOnly.Parse(date);
        var at = Data.States.Select(s => Membership.At(s, asOf)).ToList();
        Assert.Equal(deposited, at.Count(m => m.IsStateParty));
        Assert.Equal(inForce, at.Count(m => m.IsInForce));
        Assert.Equal(signatories, at.Count(m => m.Status == MembershipStatus.Signatory));
    }

    [Fact]
    public void The_18_signatories_on_30_June_2017_are_those_of_seed_002_paragraph_6()
    {
        string[] seed = ["Angola", "Benin", "Central African Republic", "Democratic Republic of the Congo", "Cyprus", "Djibouti", "Gambia", "Haiti",
            "Indonesia", "Jamaica", "Kenya", "Liberia", "Namibia", "Nigeria", "Philippines", "Sao Tome and Principe", "Tanzania", "Uganda"];
        var ours = Data.States.Where(s => Membership.At(s, June2017).Status == MembershipStatus.Signatory).Select(s => s.Iso3).Order();
        Assert.Equal(seed.Select(n => S(n).Iso3).Order(), ours);
    }

    [Fact]
    public void On_30_June_2017_the_20_overdue_initial_reports_are_those_of_seed_002_paragraph_84_and_80_were_in()
    {
        string[] seed = ["Belize", "Bolivia", "Cape Verde", "Comoros", "Congo", "Cook Islands", "Dominic Republic", "Fiji", "Guinea", "Guinea Bissau",
            "Guyana", "Iceland", "Nauru", "Palau", "Rwanda", "Somalia", "South Africa", "State of Palestine", "Togo", "Tunisia"];
        var assessed = Data.States.Select(s => (State: s, Initial: StateAssessment.InitialReport(Data, s, June2017))).ToList();
        var overdue = assessed.Where(a => a.Initial.Status == ObligationStatus.Overdue).Select(a => a.State.Iso3).Order();
        Assert.Equal(seed.Select(n => S(n).Iso3).Order(), overdue);
        Assert.Equal(80, assessed.Count(a => a.Initial.Status == ObligationStatus.Met));
        Assert.Equal(ObligationStatus.NotYetDue, assessed.Single(a => a.State.Iso3 == "MDG").Initial.Status);
    }

    [Fact]
    public void Madagascar_enters_into_force_1_November_2017_with_its_initial_report_due_30_April_2018()
    {
        var madagascar = S("Madagascar");
        Assert.Equal(new DateOnly(2017, 11, 1), madagascar.EntryIntoForce);
        var initial = StateAssessment.InitialReport(Data, madagascar, June2017);
        Assert.Equal(new DateOnly(2018, 4, 30), initial.Deadline);
    }

    [Fact]
    public void Victim_assistance_focal_points_missing_after_end_2016_include_Guinea_Bissau_and_Sierra_Leone()
    {
        var missing = Data.States
            .Where(s => StateAssessment.VictimAssistance(Data, s, June2017).Any(a => a.Rule == Rules.VictimAssistanceFocalPoint && a.Status == ObligationStatus.Overdue))
            .Select(s => s.Name).Order().ToList();
        Assert.Equal(["Chad", "Guinea-Bissau", "Montenegro", "Sierra Leone"], missing);
        Assert.Equal(11, Data.ArticleSnapshots.Count(s => s.Article == "5"));
    }

    [Fact]
    public void Seed_002_obligation_counts_are_kept_as_reported_figures()
    {
        Assert.Equal(10, Data.FiguresFor("obligations", "article3_states").Single().Value);
        Assert.Equal(10, Data.FiguresFor("obligations", "article4_states").Single().Value);
        Assert.Equal(11, Data.FiguresFor("obligations", "article5_states").Single().Value);
    }

    [Fact]
    public void Article_4_deadlines_follow_the_rule_and_the_recorded_extensions()
    {
        var chad = S("Chad");
        Assert.Equal(new DateOnly(2023, 9, 1), StateAssessment.Article(Data, chad, 4, new DateOnly(2020, 1, 1)).Deadline);
        Assert.Equal(new DateOnly(2026, 10, 1), StateAssessment.Article(Data, chad, 4, new DateOnly(2025, 1, 1)).Deadline);
        var lao = StateAssessment.Article(Data, S("Lao PDR"), 4, new DateOnly(2026, 1, 1));
        Assert.Equal(ObligationStatus.Unknown, lao.Status); // deadline 1 Aug 2025 passed; 12MSP request outcome not recorded
        Assert.Contains("outcome not recorded", lao.Explanation);
        Assert.Equal(ObligationStatus.Met, StateAssessment.Article(Data, S("Croatia"), 4, new DateOnly(2021, 1, 1)).Status);
    }

    [Fact]
    public void Sources_that_disagree_are_both_kept()
    {
        Assert.Equal(2, Data.ObligationEvents.Count(e => e.Iso3 == "NOR" && e.Article == 3 && e.Kind == ObligationEventKind.Completed));
        Assert.Contains(Data.Conflicts, c => c.Id == "I-18");
        var chad = StateAssessment.InitialReport(Data, S("Chad"), new DateOnly(2015, 1, 1));
        Assert.Equal(ObligationStatus.Unknown, chad.Status);
        Assert.Contains("sources disagree", chad.Explanation);
    }
}
