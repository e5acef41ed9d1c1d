namespace CcmBot.Core.Outreach;

public enum ContactKind { Letter, Demarche, BilateralMeeting, Call, Email, Workshop, SideEvent }

public enum ContactOutcome { NoResponse, Acknowledged, Committed, Submitted, Declined, Other }

public enum ContactStatus { Open, Done }

public enum ThematicArea
{
    GeneralStatus, Universalization, VictimAssistance, Clearance, StockpileDestruction, Cooperation, Transparency, NationalImplementation,
}

/// <summary>Who made a contact or a change: the chat identity, and the mandate they act for.</summary>
public sealed record Person(string Id, string Name);

/// <summary>One outreach contact: a letter, a démarche, a meeting... to one or more States.</summary>
public sealed record Contact(
    int Id,
    IReadOnlyList<string> States,
    DateOnly Date,
    ContactKind Kind,
    ThematicArea Area,
    string? Chases,
    Person Author,
    string? Mandate,
    string? Counterpart,
    string? Summary,
    ContactOutcome? Outcome,
    string? OutcomeNote,
    DateOnly? FollowUp,
    ContactStatus Status,
    bool Deleted,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>One line of a contact's audit trail.</summary>
public sealed record ContactChange(int ContactId, DateTimeOffset At, Person By, string Action, string? Field, string? OldValue, string? NewValue);

public static class OutreachText
{
    public static string Label(ContactKind kind) => kind switch
    {
        ContactKind.Demarche => "démarche",
        ContactKind.BilateralMeeting => "bilateral meeting",
        ContactKind.Workshop => "workshop or seminar",
        ContactKind.SideEvent => "side event",
        ContactKind.Email => "email",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>"A letter to Togo", "a meeting with Togo": what was sent goes to a State; what was held is with it.</summary>
    public static string Preposition(ContactKind kind) => kind is ContactKind.Letter or ContactKind.Email or ContactKind.Demarche ? "to" : "with";

    public static string Label(ThematicArea area) => area switch
    {
        ThematicArea.GeneralStatus => "general status and operation",
        ThematicArea.Universalization => "universalization",
        ThematicArea.VictimAssistance => "victim assistance",
        ThematicArea.Clearance => "clearance and risk reduction education",
        ThematicArea.StockpileDestruction => "stockpile destruction and retention",
        ThematicArea.Cooperation => "cooperation and assistance",
        ThematicArea.Transparency => "transparency reporting",
        _ => "national implementation measures",
    };

    public static string Label(ContactOutcome outcome) => outcome switch
    {
        ContactOutcome.NoResponse => "no response",
        ContactOutcome.Committed => "committed",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
