using CcmBot.Core.Treaties;

namespace CcmBot.Core.Answers;

/// <summary>
/// "Tell me about Africa", "Pacific overview", "compare Africa and Europe": a region at a glance — who is in, reporting,
/// the open Article 3 and 4 obligations and the States with victims — one group per region, side by side when several are named;
/// "status of the Convention" is the same for every State, "compare all regions" every region.
/// Each part is counted by the same rule as its own answer; the follow-ups open those answers for the region.
/// </summary>
public static class RegionAnswers
{
    /// <summary>More names than this in one line are counted, not listed; the region's own answers list them.</summary>
    const int NamesListed = 8;

    /// <summary>The regions of the data, in order.</summary>
    public static IReadOnlyList<string?> AllRegions(TreatyData data) => data.States.Select(s => s.Region).Distinct().Order().ToList();

    const string WholeConvention = "The Convention (all States)";

    /// <param name="regions">The regions to show, in order; null stands for every State (the whole Convention).</param>
    public static Answer Overview(TreatyData data, IReadOnlyList<string?> regions, DateOnly asOf)
    {
        var year = ReportingAnswers.LatestDueYear(asOf);
        var due = TreatyCalendar.AnnualReportDue(year).Date;
        var owing = due < asOf ? ReportingAnswers.Owing(data, year, asOf) : [];
        var inForce = data.States.Where(s => Membership.At(s, asOf).IsInForce).ToList();
        var holders = new[] { 3, 4, 5 }.ToDictionary(a => a, a => ObligationAnswers.Holders(data, a, asOf));
        var sources = new List<string> { MembershipAnswers.MembershipSource(data) };
        var groups = new List<ListGroup>();
        var lines = new List<string>();

        foreach (var region in regions)
        {
            bool InScope(StateInfo s) => region is null || s.Region == region;
            var label = region ?? WholeConvention;
            var members = data.States.Where(InScope).Select(s => (State: s, M: Membership.At(s, asOf))).ToList();
            var parties = members.Count(x => x.M.IsStateParty);
            var partiesInForce = members.Count(x => x.M.IsInForce);
            var signatories = members.Where(x => x.M.Status == MembershipStatus.Signatory).Select(x => x.State.Name).Order().ToList();
            var notParty = MembershipAnswers.NotPartyRows(data, region, asOf).Count;
            var membership = $"{partiesInForce} in force" + (parties > partiesInForce ? $", {parties - partiesInForce} awaiting entry into force" : "") +
                             $"; {Counted(signatories, "signatory", "signatories")} still to ratify; {notParty} other States neither signed nor joined";

            var reporting = ReportingAnswers.ReportingIn(data, region, year, asOf, owing, inForce);
            sources.AddRange(reporting.Sources);

            var rows = new List<ListRow>
            {
                new("Membership", $"{parties} States Parties", null, null, membership, null),
                new("Reporting (Art. 7)", reporting.Overdue == 0 ? "none recorded overdue" : $"{reporting.Overdue} recorded overdue", null, null, reporting.Detail, null),
            };
            foreach (var (article, topic) in new[] { (3, "Stockpile destruction (Art. 3)"), (4, "Clearance (Art. 4)"), (5, "Victim assistance (Art. 5)") })
            {
                var held = holders[article].Values.Where(h => InScope(h.State)).OrderBy(h => h.State.Name).ToList();
                sources.AddRange(held.Select(h => h.Row.Source).OfType<string>());
                var detail = held.Count == 0
                    ? article == 5 ? "no State Party in force on CcmBot's list of States that reported victims" : "no open obligation by CcmBot's data"
                    : held.Count <= NamesListed ? string.Join("; ", held.Select(h => $"{h.State.Name}: {h.Line}")) : $"{ListAnswers.Names(held.Select(h => h.State.Name))}";
                rows.Add(new ListRow(topic, article == 5 ? $"{held.Count} with victims reported" : $"{held.Count} open", null, null, detail, null));
            }
            groups.Add(new ListGroup(label, rows));
            var art34 = holders[3].Values.Count(h => InScope(h.State)) + holders[4].Values.Count(h => InScope(h.State));
            // The share of the region's States that have joined: universalization as coordinators measure it.
            var share = members.Count == 0 ? "" : $" of its {members.Count} States ({100.0 * parties / members.Count:0}%)";
            lines.Add($"{label} — {Plural(parties, "State Party", "States Parties")}{share}, {Plural(signatories.Count, "signatory", "signatories")}, {notParty} not party; " +
                      $"{Plural(reporting.Overdue, "report", "reports")} recorded overdue; {Plural(art34, "open Art. 3/4 obligation", "open Art. 3/4 obligations")}");
        }

        var summary = $"As of {Dates.Format(asOf)}: " + string.Join(". ", lines) + ".";
        var notes = new List<string>
        {
            $"Reporting: the annual report for {year} (due {Dates.Format(due)}) and initial reports, by CcmBot's rule; \"not known\" is where the data hold no record either way.",
            "Art. 3 and 4: an obligation open on the day (not yet due, overdue or not known to be met); Art. 5: the States Parties that reported cluster munition victims.",
        };
        // The share's base, said with the States outside the UN that it includes.
        var others = data.States.Where(s => s.UnMember == false && regions.Any(r => r is null || s.Region == r)).Select(s => s.Name).Order().ToList();
        notes.Add("A share is of the States in CcmBot's data for the region: the UN Member States" +
                  (others.Count > 0 ? $" and the other States that signed or joined ({ListAnswers.Names(others)})." : "."));
        if (data.ArticleSnapshots.Where(s => s.Article == "5" && s.AsOf.IsKnown).Select(s => s.AsOf.Latest).DefaultIfEmpty().Max() is var listed && listed != default && listed != asOf)
            notes.Add($"The list of States with Art. 5 obligations is the one of {Dates.Format(listed)}; CcmBot has no later or earlier list.");
        var rules = new[]
        {
            $"{Rules.EntryIntoForce.Description} — {Rules.EntryIntoForce.Citation}",
            $"{Rules.InitialReport.Description} — {Rules.InitialReport.Citation}",
            $"{Rules.AnnualReport.Description} — {Rules.AnnualReport.Citation}",
            $"{Rules.StockpileDestruction.Description} — {Rules.StockpileDestruction.Citation}",
            $"{Rules.Clearance.Description} — {Rules.Clearance.Citation}",
        };
        var first = regions[0];
        var title = first is null ? "The Convention at a glance" : regions.Count == 1 ? $"{first} at a glance" : $"{ListAnswers.Names(regions.OfType<string>())} compared";
        var where = first is null ? "" : $" {ListAnswers.InRegion(first)}";
        return ListAnswers.Create(title, asOf, summary, groups, rules, notes, sources.Distinct(),
        [
            new($"Overdue{where}", $"who is overdue{where}?"),
            new($"Not party{where}", first is null ? "which States are not party?" : $"which States{where} are not party?"),
            new($"Art. 4 deadlines{where}", $"Article 4 deadlines{where}"),
        ]);
    }

    static string Plural(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    static string Counted(IReadOnlyList<string> names, string one, string many) =>
        names.Count == 0 ? $"no {one}"
        : names.Count <= NamesListed ? $"{names.Count} {(names.Count == 1 ? one : many)} ({ListAnswers.Names(names)})"
        : $"{names.Count} {many}";
}
