using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Answers;

public enum Intent
{
    Help,
    MembershipCount,
    MembershipList,
    MembershipChanges,
    EnteringIntoForce,
    Signatories,
    OverdueReports,
    ReportingRate,
    ReportingHistory,
    ArticleObligations,
    Article9,
    Milestones,
    Meetings,
    StateProfile,
    OutreachContacts,
    FollowUps,
    NotContacted,
    OutreachReport,
    ComingUp,
    Coordinators,
    Rules,
    Thanks,
    /// <summary>"ok", "got it": an acknowledgement, answered as one.</summary>
    Acknowledged,
    /// <summary>"Who is in arrears?", "what is the ISU budget?": money, which CcmBot's data do not hold; said so, with what they do hold.</summary>
    Finances,
    /// <summary>"Which P5 members are party?", "EU States not party": political groupings, which CcmBot's data do not hold (regions only); said so.</summary>
    Groupings,
    /// <summary>"Article 6", "cooperation and assistance requests": Art. 6 records, which CcmBot's data do not hold; said so, with what they do hold.</summary>
    Cooperation,
    /// <summary>"What is the ISU?", "what does LAP stand for?": the meaning of a word of the Convention's work.</summary>
    Glossary,
    /// <summary>"Tell me about Africa", "compare Africa and Europe": a region at a glance, side by side when several are named.</summary>
    RegionOverview,
    /// <summary>"Where does your data come from?", "how up to date is the data?": each dataset, its size, last date and sources.</summary>
    DataCoverage,
    NotUnderstood,
}

public enum ReportScope { Both, Initial, Annual }

/// <summary>The part of a State's profile a question is about, said first.</summary>
public enum ProfileFocus { None, Deadlines, VictimAssistance, NationalMeasures }

/// <summary>
/// What an Article 3/4 question asks for: open holders by default; <see cref="Ever"/> is every State that had the obligation, completed
/// or not; <see cref="Pending"/> narrows extensions to requests with no recorded outcome; <see cref="TimeTaken"/>: "how long did
/// stockpile destruction take?", the completions measured from entry into force.
/// </summary>
[Flags]
public enum ObligationView { Holders = 0, Deadlines = 1, Extensions = 2, Completed = 4, Overdue = 8, Pending = 16, Ever = 32, TimeTaken = 64 }

/// <summary>A question as the parser understood it: what is asked, about whom, for which date.</summary>
public sealed record Question(
    Intent Intent,
    string Text,
    DateOnly? AsOf,
    string? AsOfText,
    DateWindow? Window,
    IReadOnlyList<StateInfo> States,
    IReadOnlyList<StateMatch> UncertainStates,
    string? UnresolvedName = null)
{
    public ReportScope Reports { get; init; } = ReportScope.Both;
    public int? Year { get; init; }
    public int? Article { get; init; }
    public ObligationView View { get; init; }
    public string? Plan { get; init; }
    public string? Area { get; init; }
    public string? MeetingId { get; init; }
    /// <summary>How a period is tied to <see cref="MeetingId"/>: "since", "before" or "at" ("who joined since the 2RC").</summary>
    public string? MeetingRelation { get; init; }
    /// <summary>A second meeting that closes the period ("since the 1RC and before 7MSP").</summary>
    public string? MeetingUntil { get; init; }
    /// <summary>"Overdue reports on the eve of the 7MSP", "who had stockpiles when the 2RC opened?": a meeting that is only the date asked about.</summary>
    public string? AsOfMeeting { get; init; }
    /// <summary>With <see cref="AsOfMeeting"/>: the day before it opened ("before", "ahead of", "on the eve of"), else its first day.</summary>
    public bool AsOfMeetingEve { get; init; }
    public bool NextOnly { get; init; }
    public bool OverdueOnly { get; init; }
    /// <summary>"Which contacts have no follow-up?": open contacts with no follow-up day set.</summary>
    public bool WithoutFollowUp { get; init; }
    /// <summary>"Which NIM milestones are completed?": only what is recorded as done.</summary>
    public bool CompletedOnly { get; init; }
    /// <summary>"Who submitted the 2016 report?": the States recorded as having reported, not those overdue.</summary>
    public bool Submitted { get; init; }
    /// <summary>"Who submitted the 2016 report late?": of those recorded as submitted, the ones dated after the deadline.</summary>
    public bool SubmittedLate { get; init; }
    /// <summary>With <see cref="SubmittedLate"/>: "who submitted on time?" — the same reckoning, listing those by the deadline.</summary>
    public bool SubmittedOnTime { get; init; }
    /// <summary>"Who reports late most often?": States ranked by how many of their reports are recorded late or missing after the deadline.</summary>
    public bool LateMostOften { get; init; }
    /// <summary>"What share of UN members are party?": the count set against the UN Member States.</summary>
    public bool UnMembers { get; init; }
    /// <summary>"Which States are not party?", "who has never signed?": the States that neither signed nor joined.</summary>
    public bool NotParty { get; init; }
    /// <summary>"Who hasn't joined?": signatories have not joined either, so they are listed beside the States not party.</summary>
    public bool WithSignatories { get; init; }
    public bool ByRegion { get; init; }
    /// <summary>"Compare reporting in Africa and Europe": the regions a by-region answer keeps (all of them when empty).</summary>
    public IReadOnlyList<string> RegionsNamed { get; init; } = [];
    /// <summary>"Compare all regions": every region of the data side by side (a region overview with no region named is the whole Convention).</summary>
    public bool AllRegions { get; init; }
    /// <summary>"How many joined each year?": counts per calendar year.</summary>
    public bool ByYear { get; init; }
    /// <summary>"Which plans do we have?", "milestones by plan": one row per action plan, its milestones counted by state.</summary>
    public bool ByPlan { get; init; }
    /// <summary>"Draft a letter to Togo": the kind of text asked for, which CcmBot does not write; the State's deadlines come instead.</summary>
    public string? DraftAsked { get; init; }
    /// <summary>"What's the status of universalization?": membership by region, with where to look for who has not joined and the outreach on it.</summary>
    public bool UniversalizationAsked { get; init; }
    public string? Region { get; init; }
    /// <summary>The words a region was asked by when they are not one of CcmBot's regions ("Latin America" for the Americas); said in the answer.</summary>
    public string? RegionAsked { get; init; }
    public Article9Category? Article9Category { get; init; }
    /// <summary>"Who has no national legislation?": every status short of adopted legislation or existing law deemed sufficient.</summary>
    public bool Article9Lacking { get; init; }
    public bool Left { get; init; }
    /// <summary>"Which States acceded?": only instruments of that kind, all of them (not the latest few).</summary>
    public Treaties.InstrumentKind? Instrument { get; init; }
    /// <summary>"How many submunitions were destroyed?", "how many square kilometres has Lao PDR cleared?": a quantity the data do not hold.</summary>
    public bool AsksQuantity { get; init; }
    /// <summary>"Export the overdue list to Excel", "download signatories as CSV": the list answered, as files too.</summary>
    public bool ExportAsked { get; init; }
    /// <summary>"When did Chile join?", "what year did Iraq ratify?": the membership dates are the answer, said first.</summary>
    public bool AsksWhenJoined { get; init; }
    /// <summary>"Who ratified fastest after signing?" (true), "who took longest to ratify?" (false): signatures to ratification, ranked.</summary>
    public bool? RatifiedFastest { get; init; }
    /// <summary>"Which States have both stockpile and clearance obligations?": the articles (3, 4, 5) a State must hold together.</summary>
    public IReadOnlyList<int> ArticlesTogether { get; init; } = [];
    /// <summary>"When did we last contact Togo?", "latest letter to Chad": the most recent contact first.</summary>
    public bool LastOnly { get; init; }
    /// <summary>The glossary entry asked about ("what is the ISU?").</summary>
    public Treaties.GlossaryEntry? GlossaryEntry { get; init; }
    /// <summary>"Can a signatory be overdue?", "do signatories have to report?": whether the Art. 7 duty reaches a signatory, said before the rule.</summary>
    public bool AsksIfSignatoriesReport { get; init; }
    /// <summary>"Who responded?": contacts with an answer recorded, whatever it was.</summary>
    public bool AnsweredOnly { get; init; }
    /// <summary>"How do I contact the ISU?": the glossary entry, after saying that CcmBot holds no contact details.</summary>
    public bool ContactDetailsAsked { get; init; }
    /// <summary>"What's the difference between a signatory and a State Party?": the second term, answered beside the first.</summary>
    public Treaties.GlossaryEntry? GlossaryOther { get; init; }
    /// <summary>What a question about one State is mainly about, answered in the profile's first line: "what's the deadline for Lebanon?",
    /// "does Ghana have implementing legislation?", "what is Iraq's Art 5 situation?".</summary>
    public ProfileFocus Focus { get; init; }
    /// <summary>"Which States have never reported?", "who has not submitted any annual report since 2020?": no report on record over a span.</summary>
    public bool NoReportOver { get; init; }
    /// <summary>"Who retains cluster munitions for training?": the Art. 3(6) retention records, not the open Art. 3 obligations.</summary>
    public bool Retention { get; init; }
    /// <summary>"Which States are overdue by more than a year?": only reports at least this many days past their deadline.</summary>
    public int? MinDaysOverdue { get; init; }
    /// <summary>"Who is the most overdue?", "oldest overdue report": the longest overdue first.</summary>
    public bool LongestOverdueFirst { get; init; }
    /// <summary>"How many MSPs have there been?": a count of meetings held, by kind.</summary>
    public bool CountsMeetings { get; init; }
    /// <summary>"What percentage of States Parties are in Africa?": the region's count set against all States Parties.</summary>
    public bool AsksRegionShare { get; init; }
    /// <summary>"Submitted their initial report but never an annual report": only States whose initial report is on record.</summary>
    public bool InitialSubmittedOnly { get; init; }
    /// <summary>"When did the Convention open for signature?", "how many States signed in Oslo?": the opening and who signed there.</summary>
    public bool SignatureOpening { get; init; }
    /// <summary>"How many reports did we receive this year?": the reports recorded as received in the period, whatever year they cover.</summary>
    public bool ReceivedInPeriod { get; init; }
    /// <summary>"Who has no victim assistance focal point?": one Art. 5 item asked about, each State placed by its status.</summary>
    public Treaties.DeliverableKind? VictimAssistanceItem { get; init; }
    /// <summary>"Who joined in 2016 or 2018?": the period asked about that one answer cannot hold, said in the answer.</summary>
    public string? PeriodLeftOut { get; init; }
    /// <summary>"Which signatories ratified after 2015?": only States that had signed (accessions left out).</summary>
    public bool FromSignatories { get; init; }
    /// <summary>"Who ratified first?": with no period asked, the earliest instruments deposited rather than the latest.</summary>
    public bool Earliest { get; init; }
    /// <summary>"Who signed in 2008?": the signatures made in the period, whatever came after.</summary>
    public bool Signed { get; init; }
    /// <summary>An action of a plan asked about ("DAP action 4.1"): it and its sub-actions.</summary>
    public string? ActionId { get; init; }
    public Outreach.ContactKind? ContactKind { get; init; }
    /// <summary>"Who did we write to?": letters and emails, the two kinds of contact that are written.</summary>
    public bool WrittenOnly { get; init; }
    /// <summary>"Démarches to signatories", "contacts with States not party": contacts with a State of that standing on the day asked about.</summary>
    public Outreach.StandingGroup? ContactedStanding { get; init; }
    /// <summary>"Which States have we contacted more than once?" (2), "at least three times" (3): the report opens with those States.</summary>
    public int? ContactedAtLeast { get; init; }
    /// <summary>"All follow-ups", "every open follow-up": whenever they fall, not only the coming week.</summary>
    public bool AnyDay { get; init; }
    /// <summary>"P5", "EU": a political grouping named, as written.</summary>
    public string? GroupingAsked { get; init; }
    /// <summary>"Help with reminders", "how do I log a démarche?": the title of the help topic asked about.</summary>
    public string? HelpTopic { get; init; }
    public Outreach.ThematicArea? ContactArea { get; init; }
    /// <summary>"Letters with no response", "who committed to submit?": contacts by their recorded outcome (no response includes none recorded yet).</summary>
    public Outreach.ContactOutcome? ContactOutcome { get; init; }
    /// <summary>"my follow-ups": only what the person asking recorded.</summary>
    public bool Mine { get; init; }
    /// <summary>"What did Maria log?", "contacts recorded by coord1": the name asked for, matched against who recorded each contact.</summary>
    public string? Author { get; init; }
    public bool OpenOnly { get; init; }
    /// <summary>
    /// "What did I log today?", "contacts recorded this week": the period asked about is also the day a contact was entered
    /// in the log, not only the day it took place (a meeting yesterday logged today was logged today).
    /// </summary>
    public bool EnteredInWindow { get; init; }
    public int? Months { get; init; }
    /// <summary>How the question was read when it was careless ("signatories" meaning States Parties); said in the answer.</summary>
    public string? Interpretation { get; init; }
}

/// <summary>
/// Turns what a coordinator typed into a <see cref="Question"/>. Deterministic rules today; a
/// language model could sit behind the same interface without the answer engine changing.
/// </summary>
public interface IQuestionParser
{
    Question Parse(string text, DateOnly today, StateResolver states);
}
