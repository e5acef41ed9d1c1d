using CcmBot.Core.Treaties;

namespace CcmBot.Core.Answers;

/// <summary>
/// "Where does your data come from?", "how up to date is the data?": each kind of record CcmBot answers from, how many it holds,
/// the latest date its sources speak for and where they come from — so a coordinator knows where "unknown" begins.
/// </summary>
public static class CoverageAnswers
{
    public static Answer Answer(TreatyData data, DateOnly today)
    {
        var rows = new List<ListRow>();
        var runsTo = new List<string>();

        var membershipTo = Latest(data.States.Select(s => s.Provenance.AsOf));
        var joinedOrSigned = data.States.Count(s => s.SignatureDate is not null || s.InstrumentDate is not null);
        rows.Add(Row("Membership", $"{data.States.Count} States", membershipTo,
            $"{joinedOrSigned} that signed or joined, and every other UN Member State; signature, instrument and entry-into-force days; an instrument deposited later is not in them",
            MembershipAnswers.MembershipSource(data)));
        runsTo.Add(RunsTo("membership", membershipTo));

        var reports = data.Evidence.Where(e => e.Deliverable.Kind is DeliverableKind.InitialReport or DeliverableKind.AnnualReport).ToList();
        var reportsTo = Latest(reports.Select(e => e.Provenance.AsOf));
        rows.Add(Row("Art. 7 reports", $"{reports.Count} records", reportsTo,
            (data.ReportingCoverage is { } coverage
                ? $"receipts and overdue lists; declared complete up to {Dates.Format(coverage.CompleteUntil)} ({coverage.Provenance}), so before that day no receipt on record means not submitted"
                : "receipts and overdue lists from the seeds, the ISU and the Monitor; where none is recorded a report is \"unknown\", not overdue") +
            (LatestAnnualRound(reports) is { } round ? $"; the latest annual round with a receipt recorded: the reports for {round}" : ""),
            Sources(reports.Select(e => e.Provenance))));
        runsTo.Add(RunsTo("Art. 7 reports", reportsTo));

        var obligationsTo = Latest(data.ObligationEvents.Select(e => e.Provenance.AsOf));
        rows.Add(Row("Art. 3 and 4 obligations", $"{data.ObligationEvents.Count} records", obligationsTo,
            $"deadlines, extension requests and grants, completions for {data.ObligationEvents.Select(e => e.Iso3).Distinct().Count()} States; a decision not found shows as \"outcome not recorded\"",
            Sources(data.ObligationEvents.Select(e => e.Provenance))));
        runsTo.Add(RunsTo("Art. 3 and 4", obligationsTo));

        var victims = data.ArticleSnapshots.Where(s => s.Article == "5").ToList();
        var victimsTo = Latest(victims.Select(s => s.AsOf));
        rows.Add(Row("Art. 5 (States with victims)", $"{victims.Select(s => s.Iso3).Distinct().Count()} States", victimsTo,
            "the list of States Parties that reported cluster munition victims, and their DAP Action 4.1 items", Sources(victims.Select(s => s.Provenance))));
        runsTo.Add(RunsTo("Art. 5", victimsTo));

        var nationalTo = Latest(data.Article9.Select(a => a.AsOf));
        rows.Add(Row("Art. 9 (national measures)", $"{data.Article9.Count} records", nationalTo,
            $"status of implementing legislation for {data.Article9.Select(a => a.Iso3).Distinct().Count()} States Parties, stated or inferred", Sources(data.Article9.Select(a => a.Provenance))));

        var figuresTo = Latest(data.Figures.Select(f => f.AsOf));
        rows.Add(Row("Figures the sources give", $"{data.Figures.Count} figures", figuresTo,
            "counts as each source reported them (States Parties, reports submitted and missing, obligations), shown beside CcmBot's own", Sources(data.Figures.Select(f => f.Provenance))));

        var dated = data.Meetings.Where(m => m.Start.IsKnown).OrderBy(m => m.Start.Earliest).ToList();
        rows.Add(Row("Meetings", $"{data.Meetings.Count} meetings", dated.Count == 0 ? PartialDate.Unknown : dated[^1].Start,
            dated.Count == 0 ? "none dated" : $"MSPs and Review Conferences with their dates and presidents; the latest dated: {dated[^1].Id}", Sources(data.Meetings.Select(m => m.Provenance))));

        var plans = data.Milestones.Select(m => m.Plan).Distinct().Count();
        rows.Add(Row("Action plans", $"{data.Milestones.Count} milestones", PartialDate.Unknown,
            $"{plans} plans (the ISU's and coordinators' own); a milestone is done once a completion is recorded", Sources(data.Milestones.Select(m => m.Provenance))));

        var mandatesTo = CoordinatorAnswers.MandatesRunTo(data, today);
        rows.Add(Row("Coordinators' mandates", $"{data.Coordinators.Count} terms", mandatesTo is { } to ? PartialDate.Day(to) : PartialDate.Unknown,
            "thematic coordinators and presidents as the seeds record their terms", Sources(data.Coordinators.Select(c => c.Provenance))));
        if (mandatesTo is { } mandates) runsTo.Add($"mandates to {Dates.Format(mandates)}");

        rows.Add(new ListRow("Where sources disagree", $"{data.Conflicts.Count} conflicts", null, null,
            "both claims are kept; an answer about a State names the ones that concern it", null));

        var summary = $"As of {Dates.Format(today)}, CcmBot's data run: {string.Join("; ", runsTo)}. After a dataset's last date an answer says \"unknown\" rather than guess.";
        return ListAnswers.Create("CcmBot's data", today, summary, [new ListGroup("Datasets", rows)], [],
        [
            "Coordinators and admins correct and add records in chat (\"record data\"); each change keeps who made it, when and its source, and can be reverted (\"what changed this week?\").",
            "Every answer ends with the sources it rests on and their dates.",
        ],
        rows.Select(r => r.Source).OfType<string>(),
        [new("What changed", "what changed this week?"), new("Rules applied", "what are the rules?")]);
    }

    static ListRow Row(string label, string count, PartialDate runsTo, string detail, string? source) =>
        new(label, runsTo.IsKnown ? $"{count}, to {runsTo.Display()}" : count, null, null, detail, source);

    static int? LatestAnnualRound(IEnumerable<DeliverableEvidence> reports) =>
        reports.Where(e => e.Deliverable.Kind == DeliverableKind.AnnualReport && e.Kind is EvidenceKind.SubmittedOn or EvidenceKind.SubmittedBy).Select(e => e.Deliverable.Year).Max();

    static PartialDate Latest(IEnumerable<PartialDate> dates) =>
        dates.Where(d => d.IsKnown).MaxBy(d => d.Latest) ?? PartialDate.Unknown;

    static string RunsTo(string dataset, PartialDate date) => date.IsKnown ? $"{dataset} to {date.Display()}" : $"{dataset}: no dated record";

    /// <summary>The sources most records of a kind come from, most used first; the rest counted.</summary>
    static string? Sources(IEnumerable<Provenance> provenances)
    {
        var ranked = provenances.Select(p => SourceNames.Friendly(p.Source)).Where(s => s.Length > 0)
            .GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        if (ranked.Count == 0) return null;
        return string.Join("; ", ranked.Take(3)) + (ranked.Count > 3 ? $"; and {ranked.Count - 3} more" : "");
    }
}
