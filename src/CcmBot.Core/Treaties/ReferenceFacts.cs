namespace CcmBot.Core.Treaties;

public enum Article9Category
{
    SpecificLegislation,
    ExistingLawSufficient,
    InProcess,
    InProcessAssistanceRequested,
    IncompleteInformation,
    NoInformation,
}

/// <summary>What a source said about one State's national implementation measures (Art. 9) at a date.</summary>
public sealed record Article9Observation(string Iso3, Article9Category Category, PartialDate AsOf, string Basis, string? Notes, Provenance Provenance, RecordOrigin Origin = RecordOrigin.Reference)
{
    public static string Label(Article9Category category) => category switch
    {
        Article9Category.SpecificLegislation => "specific legislation adopted",
        Article9Category.ExistingLawSufficient => "existing law deemed sufficient",
        Article9Category.InProcess => "legislation in process",
        Article9Category.InProcessAssistanceRequested => "legislation in process, assistance requested",
        Article9Category.IncompleteInformation => "incomplete information",
        _ => "no information",
    };
}

/// <summary>An aggregate count a source gives (e.g. "18 with existing law deemed sufficient").</summary>
public sealed record ReportedFigure(string Topic, string Metric, PartialDate AsOf, decimal Value, string? States, string? Notes, Provenance Provenance);

/// <summary>A State's status under an article as a seed snapshot states it (e.g. seed 002, 30 June 2017).</summary>
public sealed record ArticleSnapshot(string Iso3, string Article, string Status, PartialDate AsOf, string? Deadline, IReadOnlyList<string> ReportedItems, string? Notes, Provenance Provenance);

/// <param name="President">The State that presided, where the meeting's record names it.</param>
public sealed record Meeting(string Id, string Name, string Kind, string? Place, PartialDate Start, PartialDate End, string? Notes, Provenance Provenance, string? President = null)
{
    public string When => !Start.IsKnown ? "date not recorded"
        : Start.IsExactDay && End.IsExactDay && End.Earliest != Start.Earliest ? $"{Dates.Format(Start.Earliest)} to {Dates.Format(End.Earliest)}"
        : Start.Display();
}

public enum MilestoneTargetType { Date, MeetingRelative, RelativePeriod, TreatyDeadline, Ongoing, None }

/// <summary>A dated (or meeting-relative) action in an action plan or a coordinator's plan.</summary>
public sealed record Milestone(
    string Plan,
    string ActionId,
    string Title,
    string Target,
    MilestoneTargetType TargetType,
    PartialDate TargetDate,
    string? TargetMeeting,
    string? Responsible,
    string? StatusNote,
    Provenance Provenance,
    RecordOrigin Origin = RecordOrigin.Reference,
    DateOnly? CompletedOn = null)
{
    /// <summary>How the milestone is keyed in the store, as in milestones.csv.</summary>
    public string Key => $"{Plan}|{ActionId}";

    /// <summary>A plan's name compared loosely: "NIM 2016", "nim-2016 concept note" and "NIM-2016 concept note" are one plan, as are "the VA plan" and "VA".</summary>
    public static string PlanKey(string plan) =>
        Text.Patterns.Get(@"\b(concept note|plan|the|our|my)\b").Replace(Text.TextNormalizer.Normalize(plan.Replace('-', ' ')), " ").Replace(" ", "");
}

public sealed record Coordinator(string ThematicArea, string Role, string State, string? TermFrom, string? TermTo, string? TermNote, Provenance Provenance);

/// <summary>Two sources that disagree about one fact; both are kept and answers name both.</summary>
public sealed record SourceConflict(string Id, string Subject, string? Iso3, string ClaimA, string SourceA, string ClaimB, string SourceB, string? Resolution);

public sealed record StateAlias(string Iso3, string Alias);

/// <summary>
/// Someone responsible declared that every Article 7 report received up to <see cref="CompleteUntil"/>
/// is recorded: up to that day, no receipt on record means not submitted, not "unknown".
/// </summary>
public sealed record ReportingCoverage(DateOnly CompleteUntil, Provenance Provenance);
