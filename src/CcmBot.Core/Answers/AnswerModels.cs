using CcmBot.Core.Treaties;

namespace CcmBot.Core.Answers;

/// <summary>
/// An answer: plain text first (Slack, notifications, the command line), plus a typed model
/// from which the host builds a card for channels that show cards.
/// </summary>
public sealed record Answer(string Text, AnswerModel Model);

public abstract record AnswerModel;

/// <summary>A question the user can click to ask.</summary>
public sealed record SuggestedQuestion(string Label, string Text);

public sealed record HelpTopic(string Title, string Description, IReadOnlyList<string> Examples);

public sealed record HelpModel(string Intro, IReadOnlyList<HelpTopic> Topics) : AnswerModel;

/// <summary>A plain message (confirmations, refusals); any card comes with it separately.</summary>
public sealed record MessageModel(string Text) : AnswerModel;

public sealed record NotUnderstoodModel(string Message, IReadOnlyList<SuggestedQuestion> Suggestions) : AnswerModel;

public sealed record ChooseStateModel(string Message, string OriginalQuestion, IReadOnlyList<SuggestedQuestion> Choices) : AnswerModel;

public sealed record RegionCount(string Region, int StatesParties, int InForce, int Signatories);

/// <summary>States Parties by the kind of instrument they deposited ("ratification", "accession", …).</summary>
public sealed record InstrumentCount(string Kind, int Count);

public sealed record MembershipCountModel(
    DateOnly AsOf,
    int StatesParties,
    int InForce,
    int NotYetInForce,
    int Signatories,
    int Withdrawn,
    IReadOnlyList<StateInfo> NotYetInForceStates,
    IReadOnlyList<RegionCount> ByRegion,
    IReadOnlyList<ReportedFigure> ReportedFigures,
    TreatyRule Rule,
    IReadOnlyList<string> Caveats,
    IReadOnlyList<string> Sources,
    string? Region = null,
    IReadOnlyList<InstrumentCount>? ByInstrument = null) : AnswerModel;

public sealed record ProfileLine(string Label, string Value, ObligationStatus? Status = null, string? Rule = null);

public sealed record StateProfileModel(
    StateInfo State,
    DateOnly AsOf,
    MembershipAt Membership,
    IReadOnlyList<ProfileLine> Facts,
    IReadOnlyList<ObligationAssessment> Obligations,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Sources) : AnswerModel
{
    /// <summary>For a State Party, what is overdue and what the data cannot tell, in one line; null otherwise.</summary>
    public string? Standing { get; init; }
    /// <summary>The line that answers what was asked ("when did Chile join?"), shown before everything else.</summary>
    public string? DirectAnswer { get; init; }
}

/// <summary>Several States asked about at once ("compare Togo and Benin"): each one's profile, in the order named.</summary>
public sealed record StateProfilesModel(DateOnly AsOf, IReadOnlyList<StateProfileModel> Profiles) : AnswerModel;

/// <summary>One row of a list answer: a State (or a milestone, a meeting) and what is known about it.</summary>
public sealed record ListRow(string Label, string? Status, string? Deadline, int? DaysOverdue, string Detail, string? Source, string? Iso3 = null);

public sealed record ListGroup(string Title, IReadOnlyList<ListRow> Rows);

/// <summary>
/// Most answers are lists: a summary line (the count and the names), groups of rows, the rules
/// applied, notes (what is unknown, where sources disagree) and the sources. Text and card are both
/// rendered from this.
/// </summary>
public sealed record ListAnswerModel(
    string Title,
    DateOnly AsOf,
    string Summary,
    IReadOnlyList<ListGroup> Groups,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Sources,
    IReadOnlyList<SuggestedQuestion> FollowUps,
    string? Interpretation = null) : AnswerModel;
