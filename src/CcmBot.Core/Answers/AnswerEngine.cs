using static CcmBot.Core.Text.TextCase;
using System.Text;
using CcmBot.Core.Text;
using CcmBot.Core.Treaties;

namespace CcmBot.Core.Answers;

/// <summary>
/// Answers a coordinator's question from a <see cref="TreatyData"/> snapshot for a given day.
/// Pure: the data and "today" come in, the answer comes out.
/// </summary>
public sealed class AnswerEngine(IQuestionParser parser)
{
    public AnswerEngine() : this(new RuleBasedQuestionParser()) { }

    // The Convention dates from 2008; a century either side covers every real question and keeps date arithmetic in range.
    const int FirstAnswerableYear = 1900, LastAnswerableYear = 2199;

    static bool OutsideAnswerableYears(DateOnly? date) => date is { Year: < FirstAnswerableYear or > LastAnswerableYear };

    static readonly System.Text.RegularExpressions.Regex AsOfMarker = new(@"\bas (?:of|at)\s+(?<date>[^?!.,;]{1,40})",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100));

    static Answer Message(string text) => new(text, new MessageModel(text));

    /// <param name="OutreachStates">When the answer reads the log only for these States; null when it reads all of it.</param>
    public sealed record AnswerDependencies(bool Personal, bool ReadsOutreachLog, IReadOnlyList<string>? OutreachStates);

    /// <summary>
    /// What an answer depends on besides the question, the data and the day: the asker ("my
    /// follow-ups") and the outreach log (outreach questions, a State's profile). Answers that depend
    /// on neither can be shared between people and kept while outreach is being logged.
    /// </summary>
    public AnswerDependencies DependsOn(string text, TreatyData data, DateOnly today) => DependsOn(Read(text, data, today));

    /// <inheritdoc cref="DependsOn(string, TreatyData, DateOnly)"/>
    public static AnswerDependencies DependsOn(Question question)
    {
        var reads = question.Intent is Intent.StateProfile or Intent.OutreachContacts or Intent.FollowUps or Intent.NotContacted or Intent.OutreachReport or Intent.ComingUp;
        // A profile reads only the contacts with its State.
        var states = question.Intent == Intent.StateProfile && question.States.Count > 0 ? question.States.Take(MaxProfiles).Select(s => s.Iso3).ToList() : null;
        return new AnswerDependencies(question.Mine, reads, states);
    }

    /// <summary>"Since the last Review Conference" is read as the meeting it is today ("since the 3RC").</summary>
    /// <remarks>A question read once may be answered again on the same data and day (after outreach is logged) without being read again.</remarks>
    public Question Read(string text, TreatyData data, DateOnly today) => parser.Parse(MeetingReferences.Resolve(text, data.Meetings, today), today, data.Resolver);

    public Answer Answer(string text, TreatyData data, DateOnly today) => Answer(text, data, today, Outreach.OutreachLog.Empty);

    public Answer Answer(string text, TreatyData data, DateOnly today, Outreach.OutreachLog outreach) => Answer(Read(text, data, today), text, data, today, outreach);

    /// <param name="question">The text as <see cref="Read"/> read it, on the same data and day.</param>
    public Answer Answer(Question question, string text, TreatyData data, DateOnly today, Outreach.OutreachLog outreach)
    {
        // "by 30 June 2017" is the date asked about, except where a window is the question ("deadlines before 2027").
        var windowIsTheDate = question.Intent is Intent.MembershipCount or Intent.MembershipList or Intent.Signatories or Intent.Article9
            or Intent.OverdueReports or Intent.ReportingRate or Intent.ReportingHistory or Intent.StateProfile or Intent.Coordinators;
        // Victims and their focal points have no deadlines to list: "who hadn't named a focal point by mid-2017?" is asked as of then.
        if (question is { Intent: Intent.ArticleObligations, Article: 5 }) windowIsTheDate = true;
        // "Signatories that signed before 2009": when they signed, asked about today.
        if (question is { Intent: Intent.Signatories, Signed: true }) windowIsTheDate = false;
        // "Reporting rates 2015-2020" picks report years; it is asked today, so the 2020 report counts once it is due.
        if (question is { Intent: Intent.ReportingRate, Window: { From: { } first, To: { } last } } && last.Year > first.Year) windowIsTheDate = false;
        // A period still running ("this week", "this year") is asked about as of today: its last day has not come, and the data cannot know it.
        var asOf = question.AsOf ?? (windowIsTheDate && question.Window is { To: { } end } window ? end > today && (window.From ?? DateOnly.MinValue) <= today ? today : end : (DateOnly?)null) ?? today;
        // "as of 31 Juen 2017" must not quietly become an answer for today.
        if (question.AsOf is null && question.Window is null && question.MeetingRelation is null && question.AsOfMeeting is null
            && AsOfMarker.Match(text) is { Success: true } unread)
            return Message($"I could not read the date in \"as of {unread.Groups["date"].Value.Trim()}\". Write it like 30 June 2017, 30/06/2017 or 2017-06-30.");
        if (OutsideAnswerableYears(question.AsOf) || OutsideAnswerableYears(question.Window?.From) || OutsideAnswerableYears(question.Window?.To))
            return Message($"I can answer for dates from {FirstAnswerableYear} to {LastAnswerableYear}; \"{question.AsOfText ?? question.Window?.Text}\" is outside them. Try \"as of 30 June 2017\".");
        if (question.Intent != Intent.Help && question.UncertainStates.Count > 0 && question.States.Count == 0) return ChooseState(question);
        if (question.Intent is Intent.OutreachContacts or Intent.FollowUps or Intent.NotContacted or Intent.OutreachReport && outreach.HiddenBecause is { } reason)
            return Message(reason);
        if (question is { MeetingRelation: { } relation, MeetingId: { } meetingId, Window: null, Intent: not Intent.Milestones } && data.Meeting(meetingId) is { Start.IsKnown: true } meeting)
            question = question with
            {
                Window = relation switch
                {
                    "since" when question.MeetingUntil is { } untilId && data.Meeting(untilId) is { Start.IsKnown: true } until =>
                        new DateWindow(meeting.Start.Earliest, until.Start.Earliest.AddDays(-1), $"since {meetingId}, before {untilId}"),
                    "since" => new DateWindow(meeting.Start.Earliest, null, $"since {meetingId}"),
                    "before" => new DateWindow(null, meeting.Start.Earliest.AddDays(-1), $"before {meetingId}"),
                    _ => new DateWindow(meeting.Start.Earliest, meeting.End.IsKnown ? meeting.End.Latest : meeting.Start.Latest, $"at {meetingId}"),
                },
            };
        // "What falls due before the 14MSP?" with no date for it: the next 12 months, and the answer says why.
        if (question is { Intent: Intent.ComingUp, MeetingRelation: "before", MeetingId: { } undatedMeeting, Window: null } && data.Meeting(undatedMeeting) is not { Start.IsKnown: true })
        {
            var year = new DateWindow(asOf, asOf.AddMonths(12).AddDays(-1), "in the next 12 months");
            var ahead = Answer(question with { MeetingId = null, MeetingRelation = null, Window = year }, text, data, today, outreach);
            var instead = $"CcmBot has no date for the {undatedMeeting}, so this is what falls due in the next 12 months instead.";
            return ahead.Model is ListAnswerModel list && list with { Summary = $"{instead} {list.Summary}" } is var led ? new Answer(ListAnswers.Render(led), led) : ReadAs(ahead, instead);
        }
        // "How many States Parties were there at the 1RC?": the meeting's last day is the date asked about.
        if (question.AsOf is null && windowIsTheDate && question.MeetingRelation is not null && question.Window?.To is { } meetingDay) asOf = meetingDay;
        if (question is { AsOf: null, AsOfMeeting: { } undated } && data.Meeting(undated) is not { Start.IsKnown: true })
            return Message($"CcmBot has no date for the {undated}, so it cannot answer as of that meeting. Ask with a date instead, e.g. \"as of 30 June 2017\".");
        if (question is { AsOf: null, AsOfMeeting: { } dating } && data.Meeting(dating) is { Start.IsKnown: true } dated)
        {
            asOf = question.AsOfMeetingEve ? dated.Start.Earliest.AddDays(-1) : dated.Start.Earliest;
            question = question with { AsOf = asOf, AsOfText = $"{(question.AsOfMeetingEve ? "the eve of" : "the opening of")} {dated.Id}" };
        }
        // "Which African States are overdue?": the same answer over the States of that region, and it says so.
        var region = question.Region is { } named && AnswersPerRegion.Contains(question.Intent) ? named : null;
        var answer = AnswerFor(question, region is null ? data : data.InRegion(region), asOf, today, outreach);
        answer = region is null ? answer : InRegion(answer, region);
        if (question.AsksRegionShare && region is not null && answer.Model is MembershipCountModel inRegion
            && AnswerFor(question with { Region = null }, data, asOf, today, outreach).Model is MembershipCountModel { StatesParties: > 0 } whole)
        {
            var share = $"{region}: {inRegion.StatesParties} of the {whole.StatesParties} States Parties ({100.0 * inRegion.StatesParties / whole.StatesParties:0}%) as of {Dates.Format(asOf)}.";
            answer = new Answer($"{share}\n{answer.Text}", inRegion with { Caveats = [share, .. inRegion.Caveats] });
        }
        // Only where the answer is about the obligations that quantity belongs to: "how many items are in the NIM plan?" is a count.
        if (question.AsksQuantity && question.Intent is Intent.ArticleObligations or Intent.StateProfile) answer = NoQuantities(answer, question.Article, QuotedFigures(data, question, asOf));
        if (question.AsksWhenJoined && answer.Model is StateProfileModel joined) answer = MembershipDatesFirst(answer, joined);
        else if (!question.AsksQuantity && answer.Model is StateProfileModel focused)
            answer = question.Focus switch
            {
                ProfileFocus.Deadlines => DeadlinesFirst(answer, focused),
                ProfileFocus.NationalMeasures => NationalMeasuresFirst(answer, focused),
                ProfileFocus.VictimAssistance => VictimAssistanceFirst(answer, focused, data),
                _ => answer,
            };
        if (question.DraftAsked is { } kind && answer.Model is StateProfileModel drafting) answer = DraftDeclined(answer, drafting, kind);
        if (question.UniversalizationAsked) answer = ReadAs(answer, UniversalizationLine(data, question.Region, asOf));
        if (question.PeriodLeftOut is { } leftOut) answer = ReadAs(answer, $"One period is answered at a time: {leftOut} was left out; ask again for it.");
        return question is { RegionAsked: { } asked, Region: { } nearest } ? ReadAs(answer, $"\"{asked}\" is read as CcmBot's region {nearest}; its regions are Africa, Americas, Asia, Europe, Middle East and Pacific.") : answer;
    }

    /// <summary>How far the Convention has reached (in a region): States Parties as a share of the States counted, and those not yet in.</summary>
    static string UniversalizationLine(TreatyData data, string? region, DateOnly asOf)
    {
        var statuses = data.States.Where(s => region is null || s.Region == region).Select(s => Membership.At(s, asOf)).ToList();
        var parties = statuses.Count(m => m.IsStateParty);
        var notParty = statuses.Count(m => m.Status == MembershipStatus.NotParty);
        var where = region is { } r ? $" {ListAnswers.InRegion(r)}" : "";
        var share = statuses.Count == 0 ? "" : $"{parties} of the {statuses.Count} States{where} ({100.0 * parties / statuses.Count:0}%) {(parties == 1 ? "was a State Party" : "were States Parties")}; ";
        return $"Universalization: {share}{(notParty == 1 ? "1 State" : $"{notParty} States")}{where} had neither signed nor joined; " +
               "\"which States are not party?\" names them, \"which signatories have we not contacted?\" and \"outreach report for universalization\" show the outreach.";
    }

    /// <summary>"Draft a letter to Togo": said plainly that CcmBot writes none, then what the State owes, and how to log the letter once sent.</summary>
    static Answer DraftDeclined(Answer answer, StateProfileModel profile, string kind)
    {
        var line = $"CcmBot does not write {kind}s; what the data say about {profile.State.Name}, to put in one, follows. Once it is sent: \"log {kind} to {profile.State.Name} today about …, follow up in 4 weeks\".";
        return new Answer($"{line}\n{answer.Text}", profile with { DirectAnswer = profile.DirectAnswer is { } first ? $"{line}\n{first}" : line });
    }

    /// <summary>
    /// The data record who had an obligation and when it was met, not how much: said first, then what they do record. Where a
    /// source's note on the State's record quotes figures ("115,210 cluster munitions … destroyed"), those are given, as quoted.
    /// </summary>
    static Answer NoQuantities(Answer answer, int? article, IReadOnlyList<string> quoted)
    {
        var what = article switch
        {
            3 => "counts of cluster munitions or submunitions held, destroyed or retained",
            4 => "measures of areas cleared or contaminated",
            5 => "counts of victims",
            _ => "counts (munitions destroyed, areas cleared, victims)",
        };
        var note = quoted.Count > 0
            ? $"CcmBot keeps no {what} of its own; the notes on its sources quote: {string.Join("; ", quoted)}. States report such figures in their Article 7 reports."
            : $"CcmBot's data hold no {what}, so that figure cannot be given here (States report them in their Article 7 reports; the Cluster Munition Monitor compiles them).";
        return answer.Model switch
        {
            ListAnswerModel list when list with { Summary = $"{note} What the data record: {list.Summary}" } is var said => new Answer(ListAnswers.Render(said), said),
            StateProfileModel profile => new Answer($"{note}\n{answer.Text}", profile with { Notes = [note, .. profile.Notes] }),
            _ => answer,
        };
    }

    static readonly System.Text.RegularExpressions.Regex Figure = Text.Patterns.Get(
        @"\d[\d,.]*\s*(?:million\s+)?(?:cluster munitions?|submunitions?|sub-munitions?|bomblets?|bombs?|items?|rounds?|projectiles?|rockets?|shells?|tonnes|tons|square met(?:er|re)s?|m2|m²|km2|km²|sq\.?\s?km|hectares?|victims?|casualties|survivors?)\b");

    /// <summary>The notes on the named States' records, up to the day asked, that quote a figure, each with its State, day and source.</summary>
    static IReadOnlyList<string> QuotedFigures(TreatyData data, Question question, DateOnly asOf) =>
        question.States
            .SelectMany(state => data.EventsFor(state.Iso3)
                .Where(e => (question.Article is null || e.Article == question.Article) && e.Notes is { } notes && Figure.IsMatch(notes))
                .Where(e => !e.Date.IsKnown || e.Date.Earliest <= asOf)
                .Select(e => $"{state.Name}, {e.Describe()}: \"{e.Notes!.Trim().TrimEnd('.')}\" ({e.Provenance})"))
            .Distinct()
            .Take(6)
            .ToList();

    /// <summary>"When did Chile join?": the day of signature, deposit and entry into force in one line, before the profile.</summary>
    static Answer MembershipDatesFirst(Answer answer, StateProfileModel profile)
    {
        var (state, asOf) = (profile.State, profile.AsOf);
        var signed = state.SignatureDate is { } s && s <= asOf ? $"signed the Convention on {Dates.Format(s)}" : null;
        string line;
        if (state.InstrumentDate is { } deposit && deposit <= asOf)
        {
            var eif = TreatyCalendar.EntryIntoForce(deposit).Date;
            line = $"{state.Name} {(signed is null ? "" : signed + " and ")}deposited its instrument of {state.Instrument.ToString().ToLowerInvariant()} on {Dates.Format(deposit)}; " +
                   $"the Convention {(eif <= asOf ? "entered" : "enters")} into force for it on {Dates.Format(eif)} (Art. 17).";
            if (state.WithdrawalNotified is { } notice && notice <= asOf)
                line += $" It notified its withdrawal on {Dates.Format(notice)}" + (state.WithdrawalEffective is { } effective ? $", effective {Dates.Format(effective)} (Art. 20)." : ".");
        }
        else
            line = signed is not null
                ? $"{state.Name} {signed} and had not ratified it by {Dates.Format(asOf)}, {ReportingAnswers.Years(state.SignatureDate!.Value, asOf)} after signing."
                : $"{state.Name} had neither signed nor joined the Convention by {Dates.Format(asOf)}; it may accede at any time (Art. 16(2)).";
        return new Answer($"{line}\n{answer.Text}", profile with { DirectAnswer = line });
    }

    /// <summary>"What's the deadline for Lebanon?": what falls due next, what is overdue and what passed with no record either way, in one line before the profile.</summary>
    static Answer DeadlinesFirst(Answer answer, StateProfileModel profile)
    {
        var (state, asOf) = (profile.State, profile.AsOf);
        string line;
        if (!profile.Membership.IsStateParty)
            return NotBoundFirst(answer, profile);
        else
        {
            static string Dated(string obligation, DateOnly due) => $"{obligation}, due {Dates.Format(due)}";
            var open = profile.Obligations.Where(o => o.Deadline is not null && o.Status is ObligationStatus.NotYetDue or ObligationStatus.Overdue or ObligationStatus.Unknown).ToList();
            var next = open.Where(o => o.Deadline >= asOf).Select(o => (o.Obligation, Due: o.Deadline!.Value)).ToList();
            if (StateAssessment.NextAnnualReport(state, asOf) is var (year, due) && next.All(n => n.Obligation != Deliverable.AnnualReport(year).Name))
                next.Add((Deliverable.AnnualReport(year).Name, due));
            // "How long has Cabo Verde been overdue?": the days for what is overdue, and when a source last saw the rest still missing.
            List<string> Passed(ObligationStatus status) =>
                open.Where(o => o.Deadline < asOf && o.Status == status).OrderBy(o => o.Deadline)
                    .Select(o => Dated(o.Obligation, o.Deadline!.Value) + (o.DaysOverdue(asOf) is { } days ? ", " + Dates.DaysOverdue(days, grouped: true) : "")
                                 + (o.LastRecordedMissing is { } seen ? $" (last recorded as not submitted {seen.Display()}{OverdueThen(o.Deadline!.Value, seen)})" : "")).ToList();
            // Missing when a source last looked: overdue by at least the days from the deadline to the earliest day that record can mean.
            static string OverdueThen(DateOnly due, PartialDate seen) =>
                seen.IsKnown && seen.Earliest > due ? $", {seen.Earliest.DayNumber - due.DayNumber:N0} days or more after the deadline" : "";
            var (overdue, unknown) = (Passed(ObligationStatus.Overdue), Passed(ObligationStatus.Unknown));
            line = $"{state.Name}'s deadlines as of {Dates.Format(asOf)}. Next: " +
                   (next.Count == 0 ? "none in CcmBot's data" : string.Join("; ", next.OrderBy(n => n.Due).Select(n => Dated(n.Obligation, n.Due)))) +
                   $". Overdue: {(overdue.Count == 0 ? "none recorded" : string.Join("; ", overdue))}." +
                   (unknown.Count == 0 ? "" : $" Passed with no record either way: {string.Join("; ", unknown)}.");
        }
        return new Answer($"{line}\n{answer.Text}", profile with { DirectAnswer = line });
    }

    /// <summary>A State not party asked about what it owes: nothing, and why, first.</summary>
    static Answer NotBoundFirst(Answer answer, StateProfileModel profile)
    {
        var line = $"{profile.State.Name} is not a State Party on {Dates.Format(profile.AsOf)} ({StatusText.Label(profile.Membership.Status)}), so it owes no reports, deadlines or national measures under the Convention.";
        return new Answer($"{line}\n{answer.Text}", profile with { DirectAnswer = line });
    }

    /// <summary>"Does Ghana have implementing legislation?": its Art. 9 status and the LAP Action 47 item, first.</summary>
    static Answer NationalMeasuresFirst(Answer answer, StateProfileModel profile)
    {
        var (state, asOf) = (profile.State, profile.AsOf);
        if (!profile.Membership.IsStateParty) return NotBoundFirst(answer, profile);
        var measures = profile.Facts.FirstOrDefault(f => f.Label == "National measures (Art. 9)")?.Value ?? "no observation in CcmBot's data (unknown)";
        var line = $"{state.Name}, national implementation measures (Art. 9) as of {Dates.Format(asOf)}: {measures}.";
        if (profile.Obligations.FirstOrDefault(o => o.Rule == Rules.NationalMeasures) is { } lap47)
            line += $" {Capital(lap47.Obligation)}: {StatusText.Label(lap47.Status)}, {lap47.Explanation}.";
        return new Answer($"{line}\n{answer.Text}", profile with { DirectAnswer = line });
    }

    /// <summary>"What is Iraq's Art. 5 situation?": whether it reported victims, and its DAP Action 4.1 items, first.</summary>
    static Answer VictimAssistanceFirst(Answer answer, StateProfileModel profile, TreatyData data)
    {
        var (state, asOf) = (profile.State, profile.AsOf);
        if (!profile.Membership.IsStateParty) return NotBoundFirst(answer, profile);
        string line;
        if (StateAssessment.VictimAssistanceSnapshot(data, state, asOf) is not { } va)
        {
            // The latest snapshot by date, not by its text.
            var recordedTo = data.ArticleSnapshots.Where(s => s.Article == "5" && s.AsOf.IsKnown).MaxBy(s => s.AsOf.Latest)?.AsOf.Display() ?? "";
            line = $"{state.Name}, victim assistance (Art. 5) as of {Dates.Format(asOf)}: CcmBot's data record no cluster munition victims reported by {state.Name}, so no Art. 5 obligation is recorded for it" +
                   (recordedTo.Length > 0 ? $" (its Art. 5 records list the States Parties that had reported victims, as of {recordedTo})." : ".");
        }
        else
        {
            line = $"{state.Name}, victim assistance (Art. 5) as of {Dates.Format(asOf)}: reported cluster munition victims ({SourceNames.Friendly(va.Provenance.Source)}, as of {va.AsOf.Display()}), so Art. 5 applies.";
            foreach (var item in profile.Obligations.Where(o => o.Rule == Rules.VictimAssistanceFocalPoint || o.Rule == Rules.VictimAssistanceActionPlan))
                line += $" {Capital(item.Obligation)}: {StatusText.Label(item.Status)}, {item.Explanation}.";
        }
        return new Answer($"{line}\n{answer.Text}", profile with { DirectAnswer = line });
    }

    /// <summary>A note on how the question was read, added where the answer keeps its notes.</summary>
    static Answer ReadAs(Answer answer, string note) => answer.Model switch
    {
        ListAnswerModel list when list with { Notes = [.. list.Notes, note] } is var noted => new Answer(ListAnswers.Render(noted), noted),
        MembershipCountModel count => new Answer(answer.Text.Replace("\nSource:", $"\nNote: {note}\nSource:"), count with { Caveats = [.. count.Caveats, note] }),
        _ => answer,
    };

    /// <summary>Signatories, lists of States Parties and the outreach log filter by region themselves; milestones and meetings have none.</summary>
    static readonly HashSet<Intent> AnswersPerRegion =
        [Intent.MembershipCount, Intent.MembershipChanges, Intent.EnteringIntoForce, Intent.OverdueReports, Intent.ReportingRate, Intent.ArticleObligations, Intent.Article9, Intent.NotContacted,
         Intent.ComingUp];

    static Answer InRegion(Answer answer, string region) => answer.Model switch
    {
        ListAnswerModel list when list with { Title = $"{list.Title} — {region}", Summary = $"{region} only. {list.Summary}" } is var regional =>
            new Answer(ListAnswers.Render(regional), regional),
        MembershipCountModel count => new Answer($"{region} only. {answer.Text}", count with { Region = region }),
        _ => answer,
    };

    Answer AnswerFor(Question question, TreatyData data, DateOnly asOf, DateOnly today, Outreach.OutreachLog outreach)
    {
        return question.Intent switch
        {
            Intent.Help => question.HelpTopic is { } topic ? Help(topic) : Help(),
            Intent.MembershipCount => MembershipCount(data, asOf, today, question.ByRegion, question.UnMembers, question.RegionsNamed),
            Intent.MembershipList => MembershipAnswers.StatesParties(data, question, asOf),
            Intent.MembershipChanges => MembershipAnswers.Changes(data, question, asOf),
            Intent.EnteringIntoForce => MembershipAnswers.EnteringIntoForce(data, question, asOf),
            Intent.Signatories when question.SignatureOpening => MembershipAnswers.SignatureOpening(data, asOf),
            Intent.Signatories when question.NotParty => MembershipAnswers.NotParty(data, question, asOf),
            Intent.Signatories => MembershipAnswers.Signatories(data, question, asOf),
            Intent.OverdueReports => ReportingAnswers.Overdue(data, question, asOf),
            Intent.ReportingRate => ReportingAnswers.Rate(data, question, asOf),
            Intent.ReportingHistory when question.States.Count > 0 => ReportingAnswers.Histories(data, question.States, asOf, question.Year),
            Intent.ArticleObligations => ObligationAnswers.Answer(data, question, asOf),
            Intent.Article9 => Article9Answers.Answer(data, question, asOf),
            Intent.Milestones => MilestoneAnswers.Answer(data, question, asOf),
            Intent.Meetings => MeetingAnswers.Answer(data, question, asOf),
            Intent.ComingUp => ComingUpAnswers.Answer(data, question, asOf, outreach),
            Intent.Coordinators => CoordinatorAnswers.Answer(data, question, asOf),
            Intent.Rules => RulesAnswer(question.Article, asOf, question.NextOnly ? data : null, question.AsksIfSignatoriesReport),
            Intent.Thanks => Message("You're welcome. Ask me anything else about the Convention, or \"help\" for what I can answer."),
            Intent.Finances => Finances(),
            Intent.Groupings => Groupings(question.GroupingAsked ?? "that grouping"),
            Intent.Cooperation => Cooperation(),
            Intent.Glossary => GlossaryAnswer(question.GlossaryEntry!, asOf, question.GlossaryOther, question.ContactDetailsAsked),
            Intent.RegionOverview => RegionAnswers.Overview(data, question.RegionsNamed.Count > 0 ? question.RegionsNamed : question.AllRegions ? RegionAnswers.AllRegions(data) : [null], asOf),
            Intent.DataCoverage => CoverageAnswers.Answer(data, today),
            Intent.Acknowledged => Message("All right. Ask me anything else about the Convention, or \"help\" for what I can answer."),
            Intent.StateProfile when question.States.Count == 0 => UnknownState(question, data),
            // "When is Lebanon's clearance deadline?", "Lebanon's extension": that obligation, not the whole profile.
            Intent.StateProfile when question.States.Count >= 1 && question.Article is 3 or 4 => StateArticleAnswers.ForStates(data, question.States, question.Article.Value, asOf),
            Intent.StateProfile when question.States.Count == 1 && question.Article is null && question.View.HasFlag(ObligationView.Extensions)
                                     && StateArticleAnswers.Extension(data, question.States[0], asOf) is { } extension => extension,
            Intent.StateProfile => question.States.Count > 1 ? StateProfiles(data, question.States, asOf, today, outreach) : StateProfile(data, question.States[0], asOf, today, outreach),
            Intent.OutreachContacts => Outreach.OutreachAnswers.Contacts(data, outreach, question, question.AsOf ?? today),
            Intent.FollowUps => Outreach.OutreachAnswers.FollowUps(data, outreach, question, question.AsOf ?? today),
            Intent.NotContacted => Outreach.OutreachAnswers.NotContacted(data, outreach, question, question.AsOf ?? today),
            Intent.OutreachReport => OutreachReport(data, outreach, question, today),
            // "Kosovo", "Taiwan": a name alone that is no State CcmBot knows is answered as one not found, with the nearest names.
            _ when LooksLikeAName(question.Text) => UnknownState(question with { UnresolvedName = question.Text.Trim().TrimEnd('?', '.', '!').Trim() }, data),
            _ => NotUnderstood(question),
        };
    }

    static Answer OutreachReport(TreatyData data, Outreach.OutreachLog outreach, Question question, DateOnly today)
    {
        var links = outreach.ExportLinks?.Invoke(question.Window);
        return Outreach.OutreachAnswers.ReportAnswer(data, Outreach.OutreachAnswers.Report(data, outreach, question.Window, today, question.Region, question.ContactKind, question.ContactArea)
            with { ContactedAtLeast = question.ContactedAtLeast }, links?.Csv, links?.Xlsx);
    }

    public static IReadOnlyList<HelpTopic> HelpTopics { get; } =
    [
        new("Reporting (Art. 7)", "Who is overdue with initial or annual reports, reporting rates, a State's reporting history.",
            ["who still owes an initial report?", "who missed the 2016 annual report?", "which signatories are overdue as of 30 June 2017?", "reporting rate for 2016", "who submitted the 2016 annual report?"]),
        new("Membership", "States Parties, signatories and States not party on any date, by region; who joined or left; who enters into force soon; a region at a glance.",
            ["how many States Parties were there on 30 June 2017?", "which signatories have not ratified?", "which States are not party?", "who joined between 2018 and 2020?", "how many States Parties by region?", "tell me about Africa", "compare Africa and Europe", "where does your data come from?"]),
        new("Articles 3, 4 and 5", "Who has stockpile, clearance or victim assistance obligations; deadlines in a window; extensions; completions.",
            ["Article 4 deadlines before 2027", "which States have stockpile destruction deadlines before 2027?", "Art. 4 extensions granted", "who has Article 5 obligations?"]),
        new("Article 9", "National implementation measures: by State, by status, who has no information.",
            ["which States Parties have no information on national legislation?", "Article 9 status as of 30 June 2017"]),
        new("Action plans", "Milestones due or overdue in the Dubrovnik and Lausanne Action Plans and the NIM concept notes.",
            ["what is overdue in the NIM plan?", "what milestones are due next month?", "NIM milestones before 10MSP", "DAP milestones as of 30 June 2017"]),
        new("Meetings", "When and where, the next one.", ["when is the next meeting?", "when was 7MSP?"]),
        new("Coordinators", "Who held a thematic mandate or the presidency on a day, with the term and its source.",
            ["who coordinated victim assistance as of 30 June 2017?", "who are the coordinators?", "who was president of 7MSP?"]),
        new("Rules and terms", "The treaty and action-plan rules CcmBot applies, and what the words of the work mean (ISU, DAP, LAP, démarche, EIF, extension request...).",
            ["what does Article 7 require?", "what is the ISU?", "what does LAP stand for?", "what is a démarche?"]),
        new("Coming up", "Everything that falls due in a period: Article 3 and 4 deadlines, milestones, Article 7 reports, meetings (the next 90 days unless you name a period).",
            ["what needs my attention?", "what's due in the next 3 months?", "anything coming up before the end of 2027?"]),
        new("Outreach log", "Record démarches, letters, meetings and follow-ups (in one line, with the form, or told in a sentence: \"we met the Togolese ambassador yesterday about its report\"); ask what was done; report and export by area and period.",
            ["log outreach", "what démarches have we made to Togo?", "follow-ups due this week", "my open follow-ups", "who have we not contacted about overdue reports?", "outreach report for 1 July 2016 to 30 June 2017"]),
        new("Reminders", "Digests of what is overdue or coming, sent to this conversation on a schedule; one-off notes; show, stop, pause and resume them.",
            ["remind me every Monday at 9:00 about overdue reports", "remind me tomorrow to call Togo", "show my reminders", "send my digest now", "move my digest to Fridays at 10", "pause my reminders until January"]),
        new("Reporting at a glance", "The questions in the Teams command menu; any list answer can be taken away as CSV and Excel files.",
            ["who still owes an initial report?", "Article 4 deadlines before 2027", "what is overdue in the NIM plan?", "export the overdue list to Excel"]),
        new("Keeping the data true", "Record reports received, ratifications, accessions, withdrawals, extensions, completions, Article 9 status and how far reporting data is complete; every change is kept with who, when and source, and can be reverted.",
            ["Togo submitted its initial report on 3 May 2018", "record data", "history of Togo", "what changed this week?", "revert change 12"]),
        new("Access", "Your id and role: readers ask, coordinators log outreach, ISU administrators correct data and manage roles.", ["my role"]),
        new("A State's profile", "Everything above for one State on one card, with rules and sources; name up to five States to see them together.",
            ["tell me about Lao PDR", "Madagascar as of 30 June 2017", "what do we know about the DRC?", "compare Togo and Benin"]),
        new("Any date", "Add \"as of\", \"on\" or \"at\" and a date to any question: 30 June 2017, 30/06/2017, 2017-06-30, June 2017, end of 2016.",
            ["who still owes an initial report as of 30 June 2017?"]),
    ];

    /// <summary>"Help with reminders", "how do I log a démarche?": that topic, with all its examples.</summary>
    public static Answer Help(string topicTitle)
    {
        if (HelpTopics.FirstOrDefault(t => t.Title == topicTitle) is not { } topic) return Help();
        var intro = $"{topic.Title}: {topic.Description}";
        var text = new StringBuilder(intro).AppendLine().AppendLine("Try:");
        foreach (var example in topic.Examples) text.AppendLine($"- \"{example}\"");
        text.Append("Type \"help\" for everything I can answer.");
        return new Answer(text.ToString(), new HelpModel(intro, [topic]));
    }

    public static Answer Help()
    {
        const string intro = "I answer questions about the Convention on Cluster Munitions from CcmBot's reference data, for today or any past date, citing the treaty rule and the source behind each fact.";
        var text = new StringBuilder(intro).AppendLine().AppendLine();
        foreach (var topic in HelpTopics)
            text.AppendLine($"- {topic.Title}: {topic.Description} Try: \"{topic.Examples[0]}\"");
        return new Answer(text.ToString().TrimEnd(), new HelpModel(intro, HelpTopics));
    }

    /// <summary>The treaty and action-plan rules CcmBot applies, for one article or all; each answer cites the one it used.</summary>
    /// <param name="nextFor">With the data, "when is the next annual report deadline?": the next 30 April and how many owe it, said first.</param>
    /// <param name="forSignatories">"Can a signatory be overdue?": no, and why, said first.</param>
    static Answer RulesAnswer(int? article, DateOnly asOf, TreatyData? nextFor = null, bool forSignatories = false)
    {
        var citation = article is { } n ? $"Art. {n}" : null;
        var rules = Rules.All.Where(r => citation is null || r.Citation == citation || r.Citation.StartsWith(citation + "(", StringComparison.Ordinal)
                                         || r.Description.Contains($"({citation}", StringComparison.Ordinal)).ToList();
        if (rules.Count == 0)
            return Message($"CcmBot applies no rule of {citation}; the rules it applies: {string.Join("; ", Rules.All.Select(r => r.Citation))}. Ask \"what are the rules\" for all of them.");
        var summary = citation is null ? $"The {rules.Count} rules CcmBot applies to deadlines and obligations:" : $"What CcmBot applies for {citation}:";
        if (article == 17)
        {
            var thirtieth = TreatyCalendar.ThirtiethInstrumentDeposited;
            summary = $"The Convention entered into force on {Dates.Format(TreatyCalendar.EntryIntoForce(thirtieth).Date)}: the first day of the sixth month after " +
                      $"the month in which the thirtieth instrument was deposited ({Dates.Format(thirtieth)}) (Art. 17(1)). For a State that joins later, the same rule counts from its own deposit (Art. 17(2)).";
        }
        if (article == 7 && forSignatories)
            summary = "No: the Art. 7 reports are owed by States Parties. A signatory is not bound until it ratifies; its initial report then falls due " +
                      "180 days after the Convention enters into force for it (the first day of the sixth month after its deposit, Art. 17), and its annual reports follow. " +
                      "\"Which signatories are overdue?\" is answered as the States Parties overdue, with the signatories still to ratify beside them. " + summary;
        if (article == 7 && nextFor is not null)
        {
            // The reports covering year Y fall due on 30 April of Y + 1: the first such day after the date asked about.
            var year = asOf < new DateOnly(asOf.Year, 4, 30) ? asOf.Year - 1 : asOf.Year;
            var due = TreatyCalendar.AnnualReportDue(year).Date;
            var owing = nextFor.States.Count(s => s.EntryIntoForce is { } eif && TreatyCalendar.FirstAnnualReportYear(eif) <= year && Membership.At(s, asOf).IsStateParty);
            summary = $"The next annual reports fall due on {Dates.Format(due)}, covering {year}, {due.DayNumber - asOf.DayNumber} days from {Dates.Format(asOf)}; " +
                      $"by CcmBot's rule {owing} States Parties owe them (Art. 7(2)). " + summary;
        }
        return ListAnswers.Create("Rules", asOf, summary, [new ListGroup("Rules", rules.Select(r => new ListRow(r.Citation, null, null, null, r.Description, null)).ToList())],
            [], ["Rules marked \"CcmBot's reading\" fill a gap the text leaves; answers that rest on them say so."],
            ["Convention on Cluster Munitions (Dublin, 30 May 2008); Dubrovnik Action Plan (1RC, 2015); Lausanne Action Plan (2RC, 2021)"]);
    }

    static Answer GlossaryAnswer(GlossaryEntry entry, DateOnly asOf, GlossaryEntry? other = null, bool contactDetailsAsked = false)
    {
        var entries = other is null ? new[] { entry } : [entry, other];
        var meanings = string.Join("\n", entries.Select(e => $"{e.Term}: {e.Meaning}"));
        // Its sources name no address, e-mail or telephone, so none is made up; what the body is still helps to find it.
        if (contactDetailsAsked) meanings = $"CcmBot's data hold no contact details (address, e-mail or telephone) for the {ShortName(entry.Term)}; none of its sources gives them.\n" + meanings;
        return ListAnswers.Create("Glossary", asOf, meanings, [], [], [], entries.Select(e => e.Source),
            entries.Where(e => e.Ask is not null).Select(e => new SuggestedQuestion(Text.TextCase.Capital(e.Ask!), e.Ask!)));
    }

    /// <summary>"ISU — Implementation Support Unit" is called the ISU in a sentence.</summary>
    static string ShortName(string term) => term.Split(" — ")[0];

    static Answer Cooperation()
    {
        var message = "CcmBot's data hold no records under Article 6 (international cooperation and assistance): no requests for assistance, offers, " +
                      "partnerships or funding. What CcmBot can say for cooperation work: who coordinates it, and the Article 3, 4 and 5 obligations that " +
                      "assistance serves.";
        List<SuggestedQuestion> suggestions = [new("Who coordinates cooperation?", "who coordinates cooperation and assistance?"),
            new("Who has clearance obligations?", "who has clearance obligations?"), new("Who has victims?", "which States Parties have reported victims?")];
        return OutsideTheData(message, suggestions);
    }

    /// <summary>Something the data do not hold (money, Art. 6 records, groupings): the message, then the questions they can answer.</summary>
    static Answer OutsideTheData(string message, List<SuggestedQuestion> suggestions) =>
        new(message + Environment.NewLine + string.Join(Environment.NewLine, suggestions.Select(s => $"- {s.Text}")), new NotUnderstoodModel(message, suggestions));

    /// <summary>"The EU", "the P5", but "NATO", "ASEAN", "CARICOM": acronyms read as words take no article.</summary>
    static string WithArticle(string grouping) =>
        Patterns.Get(@"^(?i:nato|asean|caricom|oecd|osce|nam)$").IsMatch(grouping) ? grouping.ToUpperInvariant() : "the " + grouping;

    /// <summary>"Which P5 members are party?": CcmBot places States by region only; said so, with how to ask by region or by name.</summary>
    static Answer Groupings(string grouping)
    {
        var message = $"CcmBot's data place States by region (Africa, Americas, Asia, Europe, Middle East, Pacific), not by political grouping, so they cannot say which States belong to {WithArticle(grouping)}. " +
                      "Name the States instead (\"compare France and United Kingdom\", up to five at once) or ask by region.";
        List<SuggestedQuestion> suggestions = [new("Not party in Europe", "which States in Europe are not party?"), new("Signatories", "which signatories have not ratified?"),
            new("Compare regions", "compare all regions")];
        return OutsideTheData(message, suggestions);
    }

    static Answer Finances()
    {
        var message = "CcmBot's data hold no financial records: no assessed contributions, payments or arrears for the meetings and the ISU (Art. 14), " +
                      "no budgets and no funding figures. The ISU's financial reports are the place for those. What CcmBot can say about what States owe: " +
                      "overdue transparency reports and treaty deadlines.";
        List<SuggestedQuestion> suggestions = [new("Who is overdue with reports?", "who is overdue with reports?"), new("Article 4 deadlines in the next year", "Article 4 deadlines in the next 12 months"),
            new("Who has clearance obligations?", "who has clearance obligations?")];
        return OutsideTheData(message, suggestions);
    }

    /// <summary>One to three capitalised words and nothing else, none of them a word of the help ("Outreach", "Reminders").</summary>
    static bool LooksLikeAName(string text) =>
        NameAlone.IsMatch(text.Trim()) && !Text.TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(HelpWords.Contains);

    static readonly System.Text.RegularExpressions.Regex NameAlone = new(@"^\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2}\s*[?.!]?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, Text.Patterns.Timeout);

    static readonly HashSet<string> HelpWords = HelpTopics
        .SelectMany(t => t.Examples.Append(t.Title).Append(t.Description))
        .SelectMany(e => Text.TextNormalizer.Normalize(e).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToHashSet(StringComparer.Ordinal);

    static Answer NotUnderstood(Question question)
    {
        var words = Text.TextNormalizer.Normalize(question.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var language = OtherLanguage(words);
        // An example under two help topics is offered once; to a question in another language, the first of each topic.
        var suggestions = (language is null
                ? HelpTopics.SelectMany(t => t.Examples).Distinct(StringComparer.OrdinalIgnoreCase)
                    .Select(e => (Example: e, Score: Text.TextNormalizer.Normalize(e).Split(' ').Count(words.Contains)))
                    .OrderByDescending(x => x.Score).ThenBy(x => x.Example.Length).Select(x => x.Example)
                : HelpTopics.Select(t => t.Examples[0]))
            .Take(4).Select(e => new SuggestedQuestion(e, e)).ToList();
        var message = language is not null
            ? $"Sorry, I read questions in English only, and that looks like {language}. In English, for example:"
            : "Sorry, I did not understand that. The closest questions I can answer:";
        var text = message + Environment.NewLine + string.Join(Environment.NewLine, suggestions.Select(s => $"- {s.Text}")) +
                   Environment.NewLine + "Type \"help\" for everything I can answer.";
        return new Answer(text, new NotUnderstoodModel(message, suggestions));
    }

    /// <summary>Words common in French or Spanish questions and rare in English ones: the Convention's other working languages.</summary>
    static readonly (string Language, HashSet<string> Words)[] OtherLanguages =
    [
        ("French", ["quels", "quelles", "quel", "quelle", "les", "des", "sont", "est", "qui", "ont", "retard", "etats", "pays", "rapport", "rapports", "combien", "pas", "avec", "pour", "une", "aux", "etat", "parties", "nous", "vous", "liste", "ou", "quand", "depuis", "encore"]),
        ("Spanish", ["que", "cuales", "cual", "estan", "estados", "los", "las", "atrasados", "informes", "informe", "cuantos", "cuantas", "han", "para", "con", "una", "del", "partes", "quien", "quienes", "cuando", "desde", "todavia", "pais", "paises", "es", "son"]),
    ];

    static string? OtherLanguage(IReadOnlySet<string> words)
    {
        var best = OtherLanguages.Select(l => (l.Language, Hits: words.Count(l.Words.Contains))).MaxBy(l => l.Hits);
        return best.Hits >= 2 && best.Hits * 2 >= words.Count ? best.Language : null;
    }

    static Answer UnknownState(Question question, TreatyData data)
    {
        var name = question.UnresolvedName ?? question.Text;
        var suggestions = data.Resolver.Closest(name, 3)
            .Select(s => new SuggestedQuestion(s.Name, $"tell me about {s.Name}" + (question.AsOfText is { } d ? $" as of {d}" : ""))).ToList();
        var message = $"I could not find a State called \"{name}\" among the {data.States.Count} States CcmBot knows (every State that signed or joined the Convention and every other UN Member State).";
        var text = message + (suggestions.Count > 0 ? " Did you mean " + string.Join(", ", suggestions.Select(s => s.Label)) + "?" : "");
        return new Answer(text, new NotUnderstoodModel(message, suggestions));
    }

    static Answer ChooseState(Question question)
    {
        var typed = question.UncertainStates[0].MatchedText;
        var choices = question.UncertainStates.Select(m => m.State).DistinctBy(s => s.Iso3)
            .Select(s => new SuggestedQuestion(s.Name, $"tell me about {s.Name}" + (question.AsOfText is { } d ? $" as of {d}" : ""))).ToList();
        var message = $"Which State do you mean by \"{typed}\"?";
        var text = message + " " + string.Join(" or ", choices.Select(c => c.Label)) + "?";
        return new Answer(text, new ChooseStateModel(message, question.Text, choices));
    }

    /// <param name="regionsNamed">With two or more, the regions to count (those named in the question); otherwise every region.</param>
    public static Answer MembershipCount(TreatyData data, DateOnly asOf, DateOnly today, bool byRegion = false, bool unMembers = false, IReadOnlyList<string>? regionsNamed = null)
    {
        var at = data.States.Select(s => (State: s, Membership: Membership.At(s, asOf))).ToList();
        var parties = at.Where(x => x.Membership.IsStateParty).ToList();
        var inForce = parties.Count(x => x.Membership.IsInForce);
        var pending = parties.Where(x => !x.Membership.IsInForce).Select(x => x.State).ToList();
        var signatories = at.Count(x => x.Membership.Status == MembershipStatus.Signatory);
        var withdrawn = at.Count(x => x.Membership.Status == MembershipStatus.Withdrawn);
        // "How many have ratified?" is answered by the count with the instruments behind it: most ratified, others acceded.
        var instruments = parties.GroupBy(x => x.State.Instrument).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => new InstrumentCount(g.Key == InstrumentKind.None ? "instrument not recorded" : g.Key.ToString().ToLowerInvariant(), g.Count())).ToList();
        var regions = at.GroupBy(x => x.State.Region).OrderBy(g => g.Key)
            .Select(g => new RegionCount(g.Key, g.Count(x => x.Membership.IsStateParty), g.Count(x => x.Membership.IsInForce), g.Count(x => x.Membership.Status == MembershipStatus.Signatory)))
            .Where(r => r.StatesParties + r.Signatories > 0 && (regionsNamed is not { Count: > 1 } || regionsNamed.Contains(r.Region))).ToList();
        var figures = data.Figures.Where(f => f.Topic == "membership" && f.AsOf.IsKnown && f.AsOf.Earliest <= asOf && asOf <= f.AsOf.Latest)
            .OrderBy(f => f.Metric == "states_parties" ? 0 : f.Metric == "signatories" ? 2 : 1).ToList();
        var caveats = MembershipCaveats(data, asOf, today);
        var sources = new List<string> { MembershipSource(data) };

        var text = new StringBuilder();
        text.Append($"As of {Dates.Format(asOf)}: {parties.Count} States Parties (instrument deposited");
        if (instruments.Count > 0) text.Append(": " + string.Join(", ", instruments.Select(i => $"{i.Count} by {i.Kind}")));
        text.Append(')');
        text.Append(pending.Count == 0
            ? $", all {inForce} with the Convention in force."
            : $", of which {inForce} with the Convention in force and {pending.Count} not yet in force ({string.Join(", ", pending.Select(p => $"{p.Name}, in force from {Dates.Format(p.EntryIntoForce!.Value)}"))}).");
        text.Append(signatories == 1 ? " 1 signatory had not ratified." : $" {signatories} signatories had not ratified.");
        if (withdrawn > 0) text.Append($" {withdrawn} State had withdrawn.");
        text.AppendLine();
        // "What share of UN members are party?": States Parties that are UN members, against every UN Member State in the data.
        var members = at.Where(x => x.State.UnMember == true).ToList();
        if (unMembers && members.Count > 0)
        {
            var memberParties = members.Count(x => x.Membership.IsStateParty);
            var others = parties.Where(x => x.State.UnMember == false).Select(x => x.State.Name).ToList();
            text.AppendLine($"Of the {members.Count} UN Member States, {memberParties} {(memberParties == 1 ? "was a State Party" : "were States Parties")} ({100.0 * memberParties / members.Count:0}%)" +
                            (others.Count > 0 ? $"; {(others.Count == 1 ? "1 other State Party is not a UN member" : $"the other {others.Count} States Parties are not UN members")} ({ListAnswers.Names(others)})" : "") + ".");
            sources.Add("UN membership: UN Member States list (un.org/en/about-us/member-states)");
        }
        if (byRegion)
        {
            foreach (var r in regions)
                text.AppendLine($"- {r.Region}: {r.StatesParties} {(r.StatesParties == 1 ? "State Party" : "States Parties")} ({r.InForce} in force), {r.Signatories} {(r.Signatories == 1 ? "signatory" : "signatories")}");
            // "Which region has the most States Parties?": said, not left to be worked out from the list.
            if (regions.Count > 1 && regions.MaxBy(r => r.StatesParties) is { } most && regions.MinBy(r => r.StatesParties) is { } fewest && most.StatesParties > fewest.StatesParties)
                text.AppendLine($"Most States Parties: {Tied(regions, most.StatesParties)} ({most.StatesParties}); fewest: {Tied(regions, fewest.StatesParties)} ({fewest.StatesParties}).");
        }
        foreach (var figure in figures)
        {
            var ours = figure.Metric switch
            {
                "states_parties" => parties.Count,
                "signatories" => signatories,
                "states_parties_with_reporting_obligations" => inForce,
                _ => (int?)null,
            };
            if (ours is null) continue;
            var label = figure.Metric.Replace('_', ' ');
            var agreement = ours == (int)figure.Value ? "the same" : $"CcmBot's membership data give {ours}";
            text.AppendLine($"{SourceNames.Friendly(figure.Provenance.Source)} reports {figure.Value:0} {label} ({figure.AsOf.Display()}): {agreement}.");
        }
        text.AppendLine($"Rule: {Rules.EntryIntoForce}.");
        foreach (var caveat in caveats) text.AppendLine($"Note: {caveat}");
        text.Append(sources.Count == 1 ? $"Source: {sources[0]}." : $"Sources: {string.Join("; ", sources)}.");
        return new Answer(text.ToString(), new MembershipCountModel(asOf, parties.Count, inForce, pending.Count, signatories, withdrawn, pending,
            regions, figures, Rules.EntryIntoForce, caveats, sources, ByInstrument: instruments));
    }

    /// <summary>How many States one question shows side by side; more would bury each in the others.</summary>
    public const int MaxProfiles = 5;

    /// <summary>"compare Togo and Benin", "status of Chad, Iraq and Lao PDR": each profile in turn, under one line naming them.</summary>
    static string Tied(IEnumerable<RegionCount> regions, int count) => ListAnswers.Names(regions.Where(r => r.StatesParties == count).Select(r => r.Region));

    static Answer StateProfiles(TreatyData data, IReadOnlyList<StateInfo> states, DateOnly asOf, DateOnly today, Outreach.OutreachLog? outreach)
    {
        var shown = states.Take(MaxProfiles).ToList();
        var profiles = shown.Select(s => StateProfile(data, s, asOf, today, outreach)).ToList();
        var models = profiles.Select(p => (StateProfileModel)p.Model).ToList();
        var lead = $"{shown.Count} States as of {Dates.Format(asOf)}: " + ListAnswers.Names(models.Select(m => $"{m.State.Name}: {StatusText.Label(m.Membership.Status)}")) + "." +
                   (states.Count > MaxProfiles ? $" Shown: the first {MaxProfiles} of the {states.Count} named; ask again for the others." : "");
        var text = lead + "\n\n" + string.Join("\n\n", profiles.Select(p => p.Text));
        return new Answer(text, new StateProfilesModel(asOf, models));
    }

    public static Answer StateProfile(TreatyData data, StateInfo state, DateOnly asOf, DateOnly today, Outreach.OutreachLog? outreach = null)
    {
        var membership = Membership.At(state, asOf);
        var facts = new List<ProfileLine>
        {
            new("Status", $"{StatusText.Label(membership.Status)}: {membership.Explanation}"),
            new("Region", state.Region),
        };
        if (state.UnMember is { } member) facts.Add(new("UN Member State", member ? "yes" : "no (not a member of the United Nations)"));
        // Only what had happened by the date asked about: an answer for a past date reads as it would have then.
        if (state.SignatureDate is { } signed && signed <= asOf) facts.Add(new("Signed", Dates.Format(signed)));
        if (state.InstrumentDate is { } deposit && deposit <= asOf)
        {
            facts.Add(new(Capital(state.Instrument.ToString()), $"deposited {Dates.Format(deposit)}"));
            var eif = TreatyCalendar.EntryIntoForce(deposit);
            facts.Add(new("Entry into force", Dates.Format(eif.Date), null, eif.Rule.ToString()));
        }
        if (membership.Status == MembershipStatus.NotParty)
            facts.Add(new("Membership", "had neither signed nor joined by then; a State that has not signed may accede at any time (Art. 16(2))"));
        if (state.WithdrawalNotified is { } notice && notice <= asOf)
        {
            facts.Add(new("Withdrawal notified", Dates.Format(notice)));
            if (state.WithdrawalEffective is { } effective) facts.Add(new("Withdrawal effective", Dates.Format(effective), null, Rules.Withdrawal.ToString()));
        }

        // A State not party owes nothing under the Convention: no list of "not applicable" lines.
        var notParty = membership.Status == MembershipStatus.NotParty;
        var obligations = notParty ? [] : new List<ObligationAssessment> { StateAssessment.InitialReport(data, state, asOf) };
        var annual = notParty ? [] : StateAssessment.AnnualReports(data, state, asOf);
        // Reports the data cannot place are left out, except the latest and any a source saw still missing after its day.
        obligations.AddRange(annual.Where(a => a.Status != ObligationStatus.Unknown || a == annual.LastOrDefault() || a.LastRecordedMissing is not null));
        foreach (var article in notParty ? [] : new[] { 3, 4 })
        {
            var assessment = StateAssessment.Article(data, state, article, asOf);
            if (assessment.Status != ObligationStatus.NotApplicable || data.EventsFor(state.Iso3).Any(e => e.Article == article)) obligations.Add(assessment);
        }
        if (!notParty) obligations.AddRange(StateAssessment.VictimAssistance(data, state, asOf));
        if (!notParty && StateAssessment.NationalMeasures(data, state, asOf) is { } lap47) obligations.Add(lap47);

        var notes = new List<string>();
        var unknownAnnual = annual.Count(a => a.Status == ObligationStatus.Unknown);
        if (unknownAnnual > 1)
            notes.Add($"{unknownAnnual} of {annual.Count} annual reports due by then have no record either way in CcmBot's data (shown: the latest, and any a source saw still missing after its day).");
        if (StateAssessment.VictimAssistanceSnapshot(data, state, asOf) is { } va)
            notes.Add($"Art. 5: reported cluster munition victims ({SourceNames.Friendly(va.Provenance.Source)}, as of {va.AsOf.Display()}).");
        if (StateAssessment.Article9At(data, state, asOf) is { } art9)
            facts.Add(new("National measures (Art. 9)", $"{Article9Observation.Label(art9.Category)} ({art9.Basis.Replace('_', ' ')}, as of {art9.AsOf.Display()}; {SourceNames.Friendly(art9.Provenance.Source)})", null, Rules.Article9.ToString()));
        else if (membership.IsStateParty)
            facts.Add(new("National measures (Art. 9)", "no observation in CcmBot's data on or before that date (unknown)", ObligationStatus.Unknown, Rules.Article9.ToString()));
        foreach (var snapshot in data.ArticleSnapshots.Where(s => s.Iso3 == state.Iso3 && s.Article is "3" or "4" && s.AsOf.IsKnown && s.AsOf.Latest <= asOf))
            notes.Add(StateArticleAnswers.SnapshotNote(snapshot));
        notes.AddRange(data.ConflictsFor(state.Iso3).Select(StateArticleAnswers.ConflictNote));
        notes.AddRange(MembershipCaveats(data, asOf, today));
        var (contactCount, latestContacts) = (outreach ?? Outreach.OutreachLog.Empty).LatestWith(state.Iso3, asOf, 3);
        if (contactCount > 0)
            facts.Add(new("Outreach", $"{contactCount} contact{(contactCount == 1 ? "" : "s")} in the log; latest: " +
                string.Join("; ", latestContacts.Select(c => $"#{c.Id} {Outreach.OutreachText.Label(c.Kind)} on {Dates.Format(c.Date)}" + (c.Outcome is { } o ? $", {Outreach.OutreachText.Label(o)}" : "") + (c.Status == Outreach.ContactStatus.Open && c.FollowUp is { } f ? $", follow up {Dates.Format(f)}" : "")))));

        var sources = new List<string> { $"{state.Name} membership: {state.Provenance}" };
        sources.AddRange(obligations.SelectMany(o => o.Sources).Select(s => s.ToString()).Distinct());

        var text = new StringBuilder();
        text.AppendLine($"{state.Name} as of {Dates.Format(asOf)}: {StatusText.Label(membership.Status)}.");
        // "What's overdue for Togo?": the standing first, the detail below.
        var standing = membership.IsStateParty && obligations.Count > 0 ? Standing(obligations) : null;
        if (standing is not null) text.AppendLine(standing);
        foreach (var fact in facts.Skip(1)) text.AppendLine($"- {fact.Label}: {fact.Value}" + (fact.Rule is { } r ? $" [{r}]" : ""));
        foreach (var o in obligations) text.AppendLine($"- {Capital(o.Obligation)}: {StatusText.Label(o.Status)}, {o.Explanation} [{o.Rule.Citation}]");
        foreach (var note in notes) text.AppendLine($"Note: {note}");
        text.Append("Sources: " + string.Join("; ", sources.Take(6)) + (sources.Count > 6 ? $"; and {sources.Count - 6} more on the card" : "") + ".");
        return new Answer(text.ToString(), new StateProfileModel(state, asOf, membership, facts, obligations, notes, sources) { Standing = standing });
    }

    static string Standing(IReadOnlyList<ObligationAssessment> obligations)
    {
        var overdue = obligations.Where(o => o.Status == ObligationStatus.Overdue).Select(o => o.Obligation).ToList();
        var unknown = obligations.Where(o => o.Status == ObligationStatus.Unknown).Select(o => o.Obligation).ToList();
        return $"Overdue: {(overdue.Count == 0 ? "nothing recorded" : ListAnswers.Names(overdue))}" + (unknown.Count == 0 ? "." : $"; not known either way: {ListAnswers.Names(unknown)}.");
    }

    static IReadOnlyList<string> MembershipCaveats(TreatyData data, DateOnly asOf, DateOnly today)
    {
        var dataAsOf = MembershipDataAsOf(data);
        var caveats = new List<string>();
        if (asOf > dataAsOf)
            caveats.Add($"CcmBot's membership data run to {Dates.Format(dataAsOf)}; an instrument deposited after that is not in them.");
        if (asOf > today)
            caveats.Add($"{Dates.Format(asOf)} is in the future; the answer assumes nothing changes before then.");
        return caveats;
    }

    static DateOnly MembershipDataAsOf(TreatyData data) =>
        data.States.Select(s => s.Provenance.AsOf).Where(a => a.IsKnown).Select(a => a.Latest).DefaultIfEmpty(DateOnly.MinValue).Max();

    static string MembershipSource(TreatyData data) => MembershipAnswers.MembershipSource(data);
}
