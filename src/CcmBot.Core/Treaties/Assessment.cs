namespace CcmBot.Core.Treaties;

public enum ObligationStatus
{
    Met,
    Overdue,
    NotYetDue,
    /// <summary>The data does not cover the date asked about, or sources contradict each other.</summary>
    Unknown,
    /// <summary>The obligation does not apply to this State on that date.</summary>
    NotApplicable,
}

/// <summary>The status of one obligation for one State on one date, with everything that backs it.</summary>
public sealed record ObligationAssessment(
    string Obligation,
    ObligationStatus Status,
    DateOnly? Deadline,
    TreatyRule Rule,
    string Explanation,
    IReadOnlyList<Provenance> Sources)
{
    /// <summary>For a deliverable met: true when handed in after its deadline, false when on time, null when its day is not recorded.</summary>
    public bool? SubmittedLate { get; init; }

    /// <summary>For a deliverable met: when it came in, as the source says ("submitted September 2012", "recorded as submitted by 18 Jun 2015").</summary>
    public string? Submission { get; init; }

    /// <summary>For a deliverable not known to be in: the latest time a source still recorded it missing, if any.</summary>
    public PartialDate? LastRecordedMissing { get; init; }

    public int? DaysOverdue(DateOnly asOf) =>
        Status == ObligationStatus.Overdue && Deadline is { } d ? asOf.DayNumber - d.DayNumber : null;
}

public static class StatusText
{
    public static string Label(ObligationStatus status) => status switch
    {
        ObligationStatus.Met => "met",
        ObligationStatus.Overdue => "overdue",
        ObligationStatus.NotYetDue => "not yet due",
        ObligationStatus.Unknown => "unknown",
        _ => "not applicable",
    };

    public static string Label(MembershipStatus status) => status switch
    {
        MembershipStatus.Signatory => "signatory",
        MembershipStatus.StatePartyNotYetInForce => "State Party (not yet in force)",
        MembershipStatus.InForce => "State Party (in force)",
        MembershipStatus.Withdrawn => "withdrawn",
        _ => "not party",
    };
}
