using CcmBot.Core.Treaties;

namespace CcmBot.Core.Records;

public enum FactKind
{
    ReportReceived, Signature, Ratification, Accession, Acceptance, Approval, Withdrawal,
    ObligationDeclared, ExtensionGranted, ExtensionRequested, Completed, Article9, FocalPoint, Coverage,
    MilestoneCompleted, MilestoneAdded,
}

/// <summary>
/// What a person typed or put in a form, before it is checked: every field is text as entered.
/// Chat lines, card forms and CSV rows all become drafts, so one validator decides for all three.
/// </summary>
public sealed record FactDraft
{
    public FactKind? Kind { get; init; }
    public string? States { get; init; }
    public string? Date { get; init; }
    public string? Report { get; init; }
    public string? Article { get; init; }
    public string? Deadline { get; init; }
    public string? GrantedBy { get; init; }
    public string? Article9Status { get; init; }
    public string? EffectiveDate { get; init; }
    public string? Reference { get; init; }
    /// <summary>For a State not yet in the list: "UKR" and "Europe" from "Ukraine (UKR, Europe)".</summary>
    public string? NewStateName { get; init; }
    public string? NewStateIso3 { get; init; }
    public string? NewStateRegion { get; init; }
    /// <summary>A milestone: its plan ("NIM-2016 concept note", "DAP", or a coordinator's own plan), action ("3.1"), what is to be done, and who.</summary>
    public string? Plan { get; init; }
    public string? Action { get; init; }
    public string? Title { get; init; }
    public string? Responsible { get; init; }
    /// <summary>"Mark NIM 3.1 as done" with no day: dated today, and the reply says so.</summary>
    public bool DatedToday { get; init; }
    /// <summary>"Correct: Peru ratified on …": the line replaces a date already recorded, and says so.</summary>
    public bool Correction { get; init; }
}

/// <summary>A checked fact, ready to be stored. Its date is the day from which answers change.</summary>
public abstract record Fact(string? Reference)
{
    public abstract FactKind Kind { get; }
    public abstract IReadOnlyList<string> Iso3s { get; }
    public abstract DateOnly Date { get; }
    public abstract string Describe();
}

public sealed record ReportReceived(IReadOnlyList<StateInfo> States, Deliverable Report, DateOnly ReceivedOn, string? Reference, string? Assumption = null) : Fact(Reference)
{
    public override FactKind Kind => FactKind.ReportReceived;
    public override IReadOnlyList<string> Iso3s => States.Select(s => s.Iso3).ToList();
    public override DateOnly Date => ReceivedOn;
    public override string Describe() => $"{Names(States)}: {Report.Name} received on {Dates.Format(ReceivedOn)}";

    internal static string Names(IReadOnlyList<StateInfo> states) =>
        states.Count == 1 ? states[0].Name : string.Join(", ", states.Take(states.Count - 1).Select(s => s.Name)) + " and " + states[^1].Name;
}

/// <summary>A signature, an instrument deposited, or a withdrawal; <see cref="State"/> is the State as it will read afterwards.</summary>
public sealed record MembershipFact(StateInfo State, StateInfo? Before, FactKind Event, DateOnly On, DateOnly? Effective, string? Reference) : Fact(Reference)
{
    public override FactKind Kind => Event;
    public override IReadOnlyList<string> Iso3s => [State.Iso3];
    public override DateOnly Date => On;

    public override string Describe() => Event switch
    {
        FactKind.Signature => $"{State.Name} signed the Convention on {Dates.Format(On)}",
        FactKind.Withdrawal => $"{State.Name} notified its withdrawal on {Dates.Format(On)}, effective {Dates.Format(Effective!.Value)} ({Rules.Withdrawal.Citation})",
        _ => $"{State.Name} deposited its instrument of {Event.ToString().ToLowerInvariant()} on {Dates.Format(On)}; " +
             $"in force for it from {Dates.Format(State.EntryIntoForce!.Value)} ({Rules.EntryIntoForce.Citation}), " +
             $"initial report due {Dates.Format(TreatyCalendar.InitialReportDue(State.EntryIntoForce!.Value).Date)} ({Rules.InitialReport.Citation})",
    };
}

public sealed record ObligationFact(StateInfo State, int Article, ObligationEventKind Event, PartialDate When, PartialDate Deadline, string? GrantedBy, string? Reference) : Fact(Reference)
{
    public override FactKind Kind => Event switch
    {
        ObligationEventKind.ExtensionGranted => FactKind.ExtensionGranted,
        ObligationEventKind.ExtensionRequested => FactKind.ExtensionRequested,
        ObligationEventKind.Completed => FactKind.Completed,
        _ => FactKind.ObligationDeclared,
    };
    public override IReadOnlyList<string> Iso3s => [State.Iso3];
    public override DateOnly Date => When.Earliest;
    public override string Describe() => $"{State.Name}, {ArticleObligationAssessor.NameFor(Article)}: " +
        new ObligationEvent(State.Iso3, Article, Event, When, Deadline, GrantedBy, null, false, new Provenance("", PartialDate.Unknown)).Describe();
}

public sealed record Article9Fact(StateInfo State, Article9Category Category, DateOnly AsOf, string? Reference) : Fact(Reference)
{
    public override FactKind Kind => FactKind.Article9;
    public override IReadOnlyList<string> Iso3s => [State.Iso3];
    public override DateOnly Date => AsOf;
    public override string Describe() => $"{State.Name}, national implementation measures (Art. 9): {Article9Observation.Label(Category)} as of {Dates.Format(AsOf)}";
}

public sealed record FocalPointFact(StateInfo State, DateOnly DesignatedOn, string? Reference) : Fact(Reference)
{
    public override FactKind Kind => FactKind.FocalPoint;
    public override IReadOnlyList<string> Iso3s => [State.Iso3];
    public override DateOnly Date => DesignatedOn;
    public override string Describe() => $"{State.Name}: victim assistance focal point designated on {Dates.Format(DesignatedOn)}";
}

/// <summary>"Reporting data complete up to D": every Article 7 report received by D is in the store.</summary>
public sealed record CoverageFact(DateOnly CompleteUntil, string? Reference) : Fact(Reference)
{
    public override FactKind Kind => FactKind.Coverage;
    public override IReadOnlyList<string> Iso3s => [];
    public override DateOnly Date => CompleteUntil;
    public override string Describe() => $"Article 7 reporting data declared complete up to {Dates.Format(CompleteUntil)}";
}

/// <summary>A milestone done: from that day it leaves the overdue lists (and stays overdue in answers for earlier days).</summary>
public sealed record MilestoneCompletedFact(Milestone Milestone, DateOnly CompletedOn, string? Reference) : Fact(Reference)
{
    public override FactKind Kind => FactKind.MilestoneCompleted;
    public override IReadOnlyList<string> Iso3s => [];
    public override DateOnly Date => CompletedOn;
    public override string Describe() => $"{Milestone.Plan} {Milestone.ActionId} ({Milestone.Title}) completed on {Dates.Format(CompletedOn)}";
}

/// <summary>A milestone of a coordinator's own plan, with its target (a day, a month or a year, or a meeting).</summary>
public sealed record MilestoneAddedFact(Milestone Milestone, DateOnly AddedOn, string? Reference) : Fact(Reference)
{
    public override FactKind Kind => FactKind.MilestoneAdded;
    public override IReadOnlyList<string> Iso3s => [];
    public override DateOnly Date => AddedOn;
    public override string Describe() => $"milestone {Milestone.Plan} {Milestone.ActionId} added: {Milestone.Title}, target {Milestone.Target}" +
                                         (Milestone.Responsible is { } who ? $", responsible: {who}" : "");
}

public sealed record FactError(string Field, string Message);
