using System.Globalization;
using CcmBot.Core.Treaties;

namespace CcmBot.Web.Storage;

/// <summary>Turns stored rows (the same fields as the shipped CSV files) into the Core snapshot.</summary>
public static class TreatyDataLoader
{
    /// <summary>Declarations that reporting data is complete up to a day; only users make them.</summary>
    public const string CoverageCollection = "reporting_coverage";

    public static (TreatyData Data, IReadOnlyList<string> Problems) Load(CcmStore store)
    {
        var problems = new List<string>();
        List<T> Map<T>(string collection, Func<IReadOnlyDictionary<string, string>, T?> map) where T : class
        {
            var result = new List<T>();
            foreach (var row in store.EffectiveRows(collection))
            {
                try
                {
                    if (map(row) is { } item) result.Add(item);
                }
                catch (Exception ex) when (ex is FormatException or KeyNotFoundException or OverflowException)
                {
                    problems.Add($"{collection} row '{Get(row, "key")}' skipped: {ex.Message}");
                }
            }
            return result;
        }

        var states = Map("states", State);
        var data = new TreatyData(
            states,
            Map("aliases", r => new StateAlias(r["iso3"], r["alias"])),
            Map("report_evidence", Evidence),
            Map("obligations", ObligationEvent),
            Map("article_snapshots", ArticleSnapshot),
            Map("article9_status", Article9),
            Map("reported_figures", Figure),
            Map("meetings", Meeting),
            Map("milestones", Milestone),
            Map("coordinators", r => new Coordinator(r["thematic_area"], r["role"], r["state"], Null(r, "term_from"), Null(r, "term_to"), Null(r, "term_note"), Provenance(r))),
            Map("source_conflicts", r => new SourceConflict(r["id"], r["subject"], Null(r, "iso3"), r["claim_a"], r["source_a"], r["claim_b"], r["source_b"], Null(r, "resolution")))
                .Concat(Map(CcmStore.ConflictCollection, r => new SourceConflict(r["key"], $"a user correction of {r["collection"]} and a newer shipped row", Null(r, "iso3"),
                    r["user_claim"], r["user_source"], r["shipped_claim"], r["shipped_source"], "the user's correction is used until an admin reverts it"))),
            Map(CoverageCollection, r => new ReportingCoverage(DateOnly.ParseExact(r["complete_until"], "yyyy-MM-dd", CultureInfo.InvariantCulture), Provenance(r))));
        return (data, problems);
    }

    static StateInfo State(IReadOnlyDictionary<string, string> r) => new(
        r["iso3"], r["name"], r["region"], Day(r, "signature_date"),
        Enum.TryParse<InstrumentKind>(Get(r, "instrument"), true, out var kind) ? kind : InstrumentKind.None,
        Day(r, "instrument_date"), Day(r, "eif_date"), Day(r, "withdrawal_date"), Day(r, "withdrawal_effective_date"), Provenance(r))
    {
        UnMember = Get(r, "un_member") switch { "yes" => true, "no" => false, _ => null },
    };

    static DeliverableEvidence Evidence(IReadOnlyDictionary<string, string> r)
    {
        var deliverable = r["deliverable"] switch
        {
            "initial" => Deliverable.InitialReport,
            "va_focal_point" => Deliverable.FocalPoint,
            "va_action_plan" => Deliverable.ActionPlan,
            var d when d.StartsWith("annual:", StringComparison.Ordinal) => Deliverable.AnnualReport(int.Parse(d[7..], CultureInfo.InvariantCulture)),
            var d => throw new FormatException($"unknown deliverable '{d}'"),
        };
        var kind = r["kind"] switch
        {
            "submitted_on" => EvidenceKind.SubmittedOn,
            "submitted_by" => EvidenceKind.SubmittedBy,
            "not_submitted_at" => EvidenceKind.NotSubmittedAt,
            var k => throw new FormatException($"unknown evidence kind '{k}'"),
        };
        return new DeliverableEvidence(r["iso3"], deliverable, kind, PartialDate.Parse(r["date"]), Provenance(r), Null(r, "note"), Origin(r));
    }

    static ObligationEvent ObligationEvent(IReadOnlyDictionary<string, string> r) => new(
        r["iso3"], int.Parse(r["article"], CultureInfo.InvariantCulture),
        Enum.Parse<ObligationEventKind>(r["kind"].Replace("_", ""), ignoreCase: true),
        PartialDate.Parse(r["date"]), PartialDate.Parse(Get(r, "deadline")), Null(r, "granted_by"), Null(r, "notes"),
        Get(r, "conditional") == "true", Provenance(r), Origin(r));

    static ArticleSnapshot ArticleSnapshot(IReadOnlyDictionary<string, string> r) => new(
        r["iso3"], r["article"], r["obligation_status"], PartialDate.Parse(r["as_of"]), Null(r, "deadline"),
        Get(r, "reported_items").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Null(r, "status_notes"), Provenance(r));

    static Article9Observation Article9(IReadOnlyDictionary<string, string> r) => new(
        r["iso3"], Enum.Parse<Article9Category>(r["status"].Replace("_", ""), ignoreCase: true),
        PartialDate.Parse(r["as_of"]), Get(r, "basis"), Null(r, "notes"), Provenance(r), Origin(r));

    static ReportedFigure Figure(IReadOnlyDictionary<string, string> r) => new(
        r["topic"], r["metric"], PartialDate.Parse(r["as_of"]), decimal.Parse(r["value"], CultureInfo.InvariantCulture),
        Null(r, "states"), Null(r, "notes"), Provenance(r));

    static Meeting Meeting(IReadOnlyDictionary<string, string> r) => new(
        r["meeting"], r["name"], r["kind"], Place(r), PartialDate.Parse(Get(r, "start_date")), PartialDate.Parse(Get(r, "end_date")),
        Null(r, "notes"), Provenance(r), Null(r, "president"));

    static Milestone Milestone(IReadOnlyDictionary<string, string> r) => new(
        r["plan"], r["action_id"], r["title"], r["target"],
        Enum.Parse<MilestoneTargetType>(r["target_type"].Replace("_", ""), ignoreCase: true),
        PartialDate.Parse(Get(r, "target_iso")), Null(r, "target_meeting"), Null(r, "responsible"), Null(r, "status_note"), Provenance(r), Origin(r), Day(r, "completed_on"));

    static Provenance Provenance(IReadOnlyDictionary<string, string> r) =>
        new(Get(r, "source"), PartialDate.TryParse(Get(r, "as_of"), out var asOf) ? asOf : PartialDate.Unknown);

    static RecordOrigin Origin(IReadOnlyDictionary<string, string> r) => Get(r, "origin") == CcmStore.OriginUser ? RecordOrigin.User : RecordOrigin.Reference;

    static DateOnly? Day(IReadOnlyDictionary<string, string> r, string field)
    {
        var text = Get(r, field);
        if (text.Length == 0) return null;
        return DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    static string Get(IReadOnlyDictionary<string, string> r, string field) => r.TryGetValue(field, out var v) ? v.Trim() : "";
    /// <summary>The sources' "not stated" is no place: answers then say the place is not recorded.</summary>
    static string? Place(IReadOnlyDictionary<string, string> r) =>
        Null(r, "place") is { } place && !place.Equals("not stated", StringComparison.OrdinalIgnoreCase) ? place : null;

    static string? Null(IReadOnlyDictionary<string, string> r, string field) => Get(r, field) is { Length: > 0 } v ? v : null;
}
